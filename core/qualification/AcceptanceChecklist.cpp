#include "qualification/AcceptanceChecklist.h"

#include <QStringList>

#include <algorithm>

namespace sal::core {

namespace {
CheckOutcome worst(std::initializer_list<CheckOutcome> outcomes)
{
    bool unknown = false;
    for (CheckOutcome o : outcomes) {
        if (o == CheckOutcome::Fail)
            return CheckOutcome::Fail;
        unknown = unknown || o == CheckOutcome::Unknown;
    }
    return unknown ? CheckOutcome::Unknown : CheckOutcome::Pass;
}

ChecklistItem makeItem(const QString &id, const QString &label, bool required)
{
    ChecklistItem item;
    item.id = id;
    item.label = label;
    item.required = required;
    return item;
}

QString orUnknown(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("?") : value;
}
} // namespace

AcceptanceChecklist::AcceptanceChecklist(IcpDefinition icp, ChecklistThresholds thresholds)
    : m_icp(std::move(icp))
    , m_thresholds(std::move(thresholds))
{
}

QList<ChecklistItem> AcceptanceChecklist::evaluate(const Lead &lead, int engagedContactsAtAccount,
                                                   const QDateTime &nowUtc) const
{
    return {
        realPerson(lead.contact),
        icpCompany(lead.account),
        buyingInfluence(lead.contact),
        notExcluded(lead),
        severalContacts(engagedContactsAtAccount),
        recentEngagement(lead, nowUtc),
        midFunnelContent(lead),
        growthSignals(lead.account, nowUtc),
        intentData(lead),
    };
}

bool AcceptanceChecklist::requiredItemsHold(const QList<ChecklistItem> &items)
{
    return std::none_of(items.cbegin(), items.cend(),
                        [](const ChecklistItem &i) { return i.required && i.outcome == CheckOutcome::Fail; });
}

ChecklistItem AcceptanceChecklist::realPerson(const Contact &contact) const
{
    ChecklistItem item = makeItem(QStringLiteral("real_person"), tr("Real person (verified email or LinkedIn)"), true);
    if (contact.emailVerified && !contact.email.isEmpty()) {
        item.outcome = CheckOutcome::Pass;
        item.evidence = tr("Email %1 is verified.").arg(contact.email);
    } else if (!contact.linkedInUrl.isEmpty()) {
        item.outcome = CheckOutcome::Pass;
        item.evidence = tr("LinkedIn profile %1.").arg(contact.linkedInUrl);
    } else if (!contact.email.isEmpty()) {
        item.outcome = CheckOutcome::Unknown;
        item.evidence = tr("Email %1 is not verified and there is no LinkedIn profile.").arg(contact.email);
    } else {
        item.outcome = CheckOutcome::Fail;
        item.evidence = tr("Neither an email address nor a LinkedIn profile.");
    }
    return item;
}

ChecklistItem AcceptanceChecklist::icpCompany(const Account &account) const
{
    ChecklistItem item = makeItem(QStringLiteral("icp_company"), tr("Company inside the ICP (industry, size, region)"), true);
    item.outcome = worst({ m_icp.industryFit(account), m_icp.sizeFit(account), m_icp.regionFit(account) });
    item.evidence = tr("Industry %1, %2 employees, region %3 / %4.")
                        .arg(orUnknown(account.industry),
                             account.employees ? QString::number(*account.employees) : QStringLiteral("?"),
                             orUnknown(account.region), orUnknown(account.country));
    return item;
}

ChecklistItem AcceptanceChecklist::buyingInfluence(const Contact &contact) const
{
    ChecklistItem item = makeItem(QStringLiteral("buying_influence"), tr("Title with buying influence"), true);
    item.outcome = m_icp.buyingInfluence(contact);
    item.evidence = tr("Title \"%1\", seniority %2.").arg(orUnknown(contact.title), seniorityToString(contact.seniority));
    return item;
}

ChecklistItem AcceptanceChecklist::notExcluded(const Lead &lead) const
{
    ChecklistItem item = makeItem(QStringLiteral("not_excluded"),
                         tr("Not an existing customer, competitor or known-disqualified contact"), true);
    QStringList hits;
    if (lead.account.existingCustomer)
        hits << tr("%1 is an existing customer").arg(lead.account.name);
    if (lead.account.competitor)
        hits << tr("%1 is a competitor").arg(lead.account.name);
    if (lead.contact.knownDisqualified)
        hits << tr("%1 was disqualified before").arg(lead.contact.fullName());
    item.outcome = hits.isEmpty() ? CheckOutcome::Pass : CheckOutcome::Fail;
    item.evidence = hits.isEmpty() ? tr("No customer, competitor or disqualification flag.")
                                   : hits.join(QStringLiteral("; ")) + QLatin1Char('.');
    return item;
}

ChecklistItem AcceptanceChecklist::severalContacts(int engagedContacts) const
{
    ChecklistItem item = makeItem(QStringLiteral("several_contacts"), tr("Several contacts engaged at the account"), false);
    item.outcome = engagedContacts >= m_thresholds.minEngagedContacts ? CheckOutcome::Pass : CheckOutcome::Fail;
    item.evidence = tr("%n engaged contact(s) at the account.", nullptr, engagedContacts);
    return item;
}

ChecklistItem AcceptanceChecklist::recentEngagement(const Lead &lead, const QDateTime &nowUtc) const
{
    ChecklistItem item = makeItem(QStringLiteral("recent_engagement"),
                         tr("Engaged in the last %n days", nullptr, m_thresholds.recentEngagementDays), false);
    QDateTime latest;
    for (const EngagementSignal &s : lead.engagement)
        latest = std::max(latest, s.at);
    if (!latest.isValid()) {
        item.outcome = CheckOutcome::Fail;
        item.evidence = tr("No engagement recorded.");
        return item;
    }
    const qint64 days = latest.secsTo(nowUtc) / 86400;
    item.outcome = days <= m_thresholds.recentEngagementDays ? CheckOutcome::Pass : CheckOutcome::Fail;
    item.evidence = tr("Last engagement %n day(s) ago.", nullptr, int(std::max<qint64>(0, days)));
    return item;
}

ChecklistItem AcceptanceChecklist::midFunnelContent(const Lead &lead) const
{
    ChecklistItem item = makeItem(QStringLiteral("mofu_bofu_content"), tr("Engaged with MOFU or BOFU content"), false);
    const auto deep = std::find_if(lead.engagement.cbegin(), lead.engagement.cend(),
                                   [](const EngagementSignal &s) { return s.stage != FunnelStage::Tofu; });
    item.outcome = deep != lead.engagement.cend() ? CheckOutcome::Pass : CheckOutcome::Fail;
    item.evidence = deep != lead.engagement.cend() ? deep->label : tr("Only top-of-funnel engagement.");
    return item;
}

ChecklistItem AcceptanceChecklist::growthSignals(const Account &account, const QDateTime &nowUtc) const
{
    ChecklistItem item = makeItem(QStringLiteral("growth_signals"), tr("Growth signals (funding, hiring)"), false);
    QStringList evidence;
    if (account.fundingDate && account.fundingDate->daysTo(nowUtc.date()) <= m_thresholds.growthFundingDays)
        evidence << tr("%1 funding on %2").arg(orUnknown(account.fundingStage), account.fundingDate->toString(Qt::ISODate));
    if (account.openRoles >= m_thresholds.growthOpenRoles)
        evidence << tr("%n open roles", nullptr, account.openRoles);
    item.outcome = evidence.isEmpty() ? CheckOutcome::Fail : CheckOutcome::Pass;
    item.evidence = evidence.isEmpty() ? tr("No recent funding or hiring seen.") : evidence.join(QStringLiteral("; "));
    return item;
}

ChecklistItem AcceptanceChecklist::intentData(const Lead &lead) const
{
    ChecklistItem item = makeItem(QStringLiteral("intent_data"), tr("Third-party intent data"), false);
    const auto intent = std::find_if(lead.engagement.cbegin(), lead.engagement.cend(), [this](const EngagementSignal &s) {
        return m_thresholds.intentSignalKinds.contains(s.kind);
    });
    item.outcome = intent != lead.engagement.cend() ? CheckOutcome::Pass : CheckOutcome::Fail;
    item.evidence = intent != lead.engagement.cend() ? intent->label : tr("No intent signal.");
    return item;
}

} // namespace sal::core
