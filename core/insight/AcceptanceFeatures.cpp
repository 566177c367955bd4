#include "insight/AcceptanceFeatures.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace sal::core {

namespace {
LeadFeature token(const QString &name, const QString &value, const QString &label)
{
    return LeadFeature { name + QLatin1Char('=') + value, 1, true, label };
}

QString readable(QString machineName)
{
    return machineName.replace(QLatin1Char('_'), QLatin1Char(' '));
}
} // namespace

AcceptanceFeatures::AcceptanceFeatures(IcpDefinition icp, ChecklistThresholds thresholds)
    : m_icp(icp)
    , m_checklist(std::move(icp), thresholds)
{ }

QString AcceptanceFeatures::employeesBucket(const std::optional<int> &employees)
{
    if (!employees)
        return QStringLiteral("unknown");
    if (*employees < 50)
        return QStringLiteral("<50");
    if (*employees < 200)
        return QStringLiteral("50-199");
    if (*employees < 2000)
        return QStringLiteral("200-1999");
    return QStringLiteral("2000+");
}

LeadFeatures AcceptanceFeatures::of(const Lead &lead, const QDateTime &atUtc) const
{
    LeadFeatures f;
    f << LeadFeature { QStringLiteral("fit_points"), double(lead.score.fitPoints()), false,
        tr("fit score %1").arg(lead.score.fitPoints()) };
    f << LeadFeature { QStringLiteral("engagement_points"), double(lead.score.engagementPoints()), false,
        tr("engagement score %1").arg(lead.score.engagementPoints()) };

    // Signals seen by the decision's moment only: what came later cannot have informed it.
    QHash<QString, qint64> newestDays; // kind -> days since its newest signal
    qint64 latest = kMaxRecencyDays;
    for (const EngagementSignal &s : lead.engagement) {
        if (!s.at.isValid() || s.at > atUtc)
            continue;
        const qint64 days = std::min<qint64>(kMaxRecencyDays, s.at.daysTo(atUtc));
        latest = std::min(latest, days);
        if (!newestDays.contains(s.kind) || days < newestDays.value(s.kind))
            newestDays.insert(s.kind, days);
    }
    f << LeadFeature { QStringLiteral("days_since_signal"), double(latest), false,
        latest >= kMaxRecencyDays ? tr("no signal in %1 days").arg(kMaxRecencyDays)
            : latest == 1         ? tr("latest signal 1 day ago")
                                  : tr("latest signal %1 days ago").arg(latest) };
    QStringList kinds = newestDays.keys();
    kinds.sort();
    for (const QString &kind : std::as_const(kinds)) {
        const int days = int(newestDays.value(kind));
        f << token(QStringLiteral("signal"), kind,
            days == 0       ? tr("%1 today").arg(readable(kind))
                : days == 1 ? tr("%1 1 day ago").arg(readable(kind))
                            : tr("%1 %2 days ago").arg(readable(kind)).arg(days));
    }

    const Account &a = lead.account;
    f << token(QStringLiteral("employees"), employeesBucket(a.employees),
        !a.employees            ? tr("headcount unknown")
            : *a.employees == 1 ? tr("1 employee")
                                : tr("%1 employees").arg(QLocale().toString(*a.employees)));
    const CheckOutcome industry = m_icp.industryFit(a);
    f << token(QStringLiteral("icp_industry"), checkOutcomeToString(industry),
        industry == CheckOutcome::Pass       ? tr("ICP industry match (%1)").arg(a.industry)
            : industry == CheckOutcome::Fail ? tr("industry outside the ICP (%1)").arg(a.industry)
                                             : tr("industry unknown"));
    f << token(QStringLiteral("region"), a.region.isEmpty() ? QStringLiteral("unknown") : a.region,
        a.region.isEmpty() ? tr("region unknown") : tr("region %1").arg(a.region));
    f << token(QStringLiteral("source"), lead.source.isEmpty() ? QStringLiteral("unknown") : lead.source,
        tr("source: %1").arg(lead.source.isEmpty() ? tr("unknown") : readable(lead.source)));
    if (!lead.campaign.isEmpty())
        f << token(QStringLiteral("campaign"), lead.campaign, tr("campaign: %1").arg(lead.campaign));
    const QString seniority = seniorityToString(lead.contact.seniority);
    f << token(QStringLiteral("seniority"), seniority,
        lead.contact.title.isEmpty() ? tr("seniority: %1").arg(seniority)
                                     : tr("%1 (%2)").arg(lead.contact.title, readable(seniority)));

    // "Several contacts engaged" needs the whole account at the decision's moment, which history
    // does not keep; it is left out so training and prediction read the same things.
    for (const ChecklistItem &item : m_checklist.evaluate(lead, 1, atUtc)) {
        if (item.id == QLatin1String("several_contacts"))
            continue;
        const QString outcome = checkOutcomeToString(item.outcome);
        f << token(QStringLiteral("check:") + item.id, outcome,
            item.outcome == CheckOutcome::Pass       ? tr("%1: yes").arg(item.label)
                : item.outcome == CheckOutcome::Fail ? tr("%1: no").arg(item.label)
                                                     : tr("%1: unknown").arg(item.label));
    }
    return f;
}

} // namespace sal::core
