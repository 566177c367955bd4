#include "insight/ScoringFeedback.h"

#include "insight/DecisionHistory.h"
#include "lifecycle/EventKind.h"
#include "store/LeadCodec.h"

#include <QHash>
#include <algorithm>
#include <functional>

namespace sal::core {

namespace {
double percent(int part, int whole)
{
    return whole > 0 ? 100.0 * part / whole : 0.0;
}

QString pct(double value)
{
    return QString::number(value, 'f', 0) + QStringLiteral(" %");
}

// One condition a proposal would add to the MQL definition, and the reason it answers.
struct Criterion
{
    QString reason;
    QString condition;
    std::function<bool(const Lead &)> removes;
    QString change; // "raising the ICP minimum to 50 employees"
};
} // namespace

ScoringFeedback::ScoringFeedback(SqlDatabase &teamStore, IcpDefinition icp, ReportPolicy bands)
    : m_db(teamStore)
    , m_icp(std::move(icp))
    , m_bands(bands)
{ }

HealthBand ScoringFeedback::stateOf(double rate) const
{
    return healthBandOf(rate, m_bands);
}

Result<ScoringFeedbackReport> ScoringFeedback::compute(const QDateTime &nowUtc, int days)
{
    ScoringFeedbackReport report;
    report.toUtc = nowUtc.toUTC();
    report.fromUtc = report.toUtc.addDays(-days);
    const QString since = LeadCodec::isoUtc(report.fromUtc);
    if (auto r = readReasons(report, since); !r)
        return r.problems();
    for (const QString &column : { QStringLiteral("source"), QStringLiteral("campaign") }) {
        if (auto r = readChannels(report, since, column); !r)
            return r.problems();
    }
    if (auto r = readCoaching(report, since); !r)
        return r.problems();
    Result<QList<DecidedLead>> decided = DecisionHistory(m_db).decided(report.fromUtc);
    if (!decided)
        return decided.problems();
    report.proposals = proposals(*decided, report.reasons);
    return report;
}

Result<bool> ScoringFeedback::readReasons(ScoringFeedbackReport &report, const QString &since)
{
    Result<QSqlQuery> q
        = m_db.exec(QStringLiteral("SELECT kind, COALESCE(reason_code, ''), COUNT(*) FROM decisions "
                                   "WHERE kind IN ('accept', 'reject') AND decided_at >= ? "
                                   "GROUP BY kind, COALESCE(reason_code, '') ORDER BY COUNT(*) DESC, 2"),
            { since });
    if (!q)
        return q.problems();
    while (q.value().next()) {
        const int n = q.value().value(2).toInt();
        if (q.value().value(0).toString() == QLatin1String("accept")) {
            report.accepted += n;
        } else {
            report.rejected += n;
            report.reasons << ReasonShare { q.value().value(1).toString(), n, 0 };
        }
    }
    for (ReasonShare &r : report.reasons)
        r.share = report.rejected > 0 ? double(r.rejections) / report.rejected : 0;
    report.teamAcceptanceRate = percent(report.accepted, report.accepted + report.rejected);
    return true;
}

Result<bool> ScoringFeedback::readChannels(
    ScoringFeedbackReport &report, const QString &since, const QString &column)
{
    // `column` is one of two fixed names chosen above, never user data.
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral(
            "SELECT l.%1, SUM(CASE WHEN d.kind = 'accept' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN d.kind = 'reject' THEN 1 ELSE 0 END) "
            "FROM decisions d JOIN leads l ON l.id = d.lead_id "
            "WHERE d.kind IN ('accept', 'reject') AND d.decided_at >= ? AND l.%1 IS NOT NULL AND l.%1 <> '' "
            "GROUP BY l.%1 ORDER BY l.%1")
            .arg(column),
        { since });
    if (!q)
        return q.problems();
    while (q.value().next()) {
        ChannelHealth c;
        c.dimension = column;
        c.name = q.value().value(0).toString();
        c.accepted = q.value().value(1).toInt();
        c.rejected = q.value().value(2).toInt();
        if (c.accepted + c.rejected < kMinDecisionsPerChannel)
            continue;
        c.acceptanceRate = percent(c.accepted, c.accepted + c.rejected);
        c.state = stateOf(c.acceptanceRate);
        if (c.state != HealthBand::Healthy)
            report.channels << c;
    }
    return true;
}

Result<bool> ScoringFeedback::readCoaching(ScoringFeedbackReport &report, const QString &since)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral(
            "SELECT d.rep_email, SUM(CASE WHEN d.kind = 'accept' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN d.kind = 'reject' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN d.kind = 'accept' AND EXISTS (SELECT 1 FROM events e "
            "WHERE e.lead_id = d.lead_id AND e.kind = ? AND e.at >= d.decided_at) THEN 1 ELSE 0 END) "
            "FROM decisions d WHERE d.kind IN ('accept', 'reject') AND d.decided_at >= ? "
            "GROUP BY d.rep_email ORDER BY d.rep_email"),
        { eventKindToString(EventKind::ConvertedToSql), since });
    if (!q)
        return q.problems();
    QList<CoachingSignal> reps;
    int accepted = 0;
    int converted = 0;
    while (q.value().next()) {
        CoachingSignal c { q.value().value(0).toString(), q.value().value(1).toInt(),
            q.value().value(2).toInt(), 0, q.value().value(3).toInt(), 0 };
        c.acceptanceRate = percent(c.accepted, c.accepted + c.rejected);
        c.salToSqlRate = percent(c.convertedToSql, c.accepted);
        accepted += c.accepted;
        converted += c.convertedToSql;
        reps << c;
    }
    report.teamSalToSqlRate = percent(converted, accepted);
    // High acceptance: above the team's; low SAL→SQL: under three quarters of the team's.
    for (const CoachingSignal &c : std::as_const(reps)) {
        if (c.accepted >= kMinAcceptsPerRep && c.acceptanceRate > report.teamAcceptanceRate
            && c.salToSqlRate < 0.75 * report.teamSalToSqlRate)
            report.coaching << c;
    }
    return true;
}

QList<ScoringProposal> ScoringFeedback::proposals(
    const QList<DecidedLead> &decided, const QList<ReasonShare> &reasons) const
{
    QList<Criterion> criteria;
    // Company size: the smallest round minimum that covers most company_too_small rejections.
    QList<int> small;
    for (const DecidedLead &d : decided) {
        if (!d.accepted && d.reasonCode == QLatin1String("company_too_small") && d.lead.account.employees)
            small << *d.lead.account.employees;
    }
    for (int minimum : { 20, 50, 100, 200 }) {
        int under = 0;
        for (int e : std::as_const(small))
            under += e < minimum;
        if (!small.isEmpty() && under >= 0.8 * double(small.size())) {
            criteria << Criterion { QStringLiteral("company_too_small"), tr("< %1 employees").arg(minimum),
                [minimum](const Lead &l) { return l.account.employees && *l.account.employees < minimum; },
                // The ICP may say so already: then the scoring lets such companies through.
                m_icp.minEmployees && minimum <= *m_icp.minEmployees
                    ? tr("keeping companies under the ICP minimum of %1 employees out of the MQLs")
                          .arg(*m_icp.minEmployees)
                    : tr("raising the ICP minimum to %1 employees").arg(minimum) };
            break;
        }
    }
    // Persona: the seniority most of a persona reason's rejections share.
    for (const QString &reason : { QStringLiteral("wrong_persona"), QStringLiteral("no_authority") }) {
        QHash<QString, int> bySeniority;
        for (const DecidedLead &d : decided) {
            if (!d.accepted && d.reasonCode == reason)
                ++bySeniority[seniorityToString(d.lead.contact.seniority)];
        }
        QString top;
        for (auto it = bySeniority.cbegin(); it != bySeniority.cend(); ++it) {
            if (top.isEmpty() || it.value() > bySeniority.value(top)
                || (it.value() == bySeniority.value(top) && it.key() < top))
                top = it.key();
        }
        if (!top.isEmpty())
            criteria << Criterion { reason, tr("seniority %1").arg(top),
                [top](const Lead &l) { return seniorityToString(l.contact.seniority) == top; },
                tr("scoring no %1-level contact as an MQL").arg(top) };
    }
    const IcpDefinition icp = m_icp;
    criteria << Criterion { QStringLiteral("outside_icp"), tr("industry outside the ICP"),
        [icp](const Lead &l) { return icp.industryFit(l.account) == CheckOutcome::Fail; },
        tr("requiring an ICP industry") };

    QList<ScoringProposal> out;
    for (const Criterion &c : std::as_const(criteria)) {
        ScoringProposal p;
        p.reasonCode = c.reason;
        for (const ReasonShare &r : reasons) {
            if (r.code == c.reason) {
                p.reasonRejections = r.rejections;
                p.reasonShare = r.share;
            }
        }
        int reasonMatching = 0;
        int reasonTotal = 0;
        for (const DecidedLead &d : decided) {
            const bool meets = c.removes(d.lead);
            if (d.accepted) {
                p.acceptedRemoved += meets;
                continue;
            }
            p.rejectedRemoved += meets;
            if (d.reasonCode == c.reason) {
                ++reasonTotal;
                reasonMatching += meets;
            }
        }
        if (reasonTotal == 0)
            continue;
        // Two reasons can point at the same change (wrong_persona and no_authority: individual
        // contributors); it is proposed once, for the reason given more often.
        const bool sameChange = std::any_of(out.cbegin(), out.cend(), [&](const ScoringProposal &other) {
            return other.condition == c.condition && other.reasonShare >= p.reasonShare;
        });
        if (sameChange)
            continue;
        out.erase(std::remove_if(out.begin(), out.end(),
                      [&](const ScoringProposal &other) { return other.condition == c.condition; }),
            out.end());
        if (p.reasonRejections == 0)
            p.reasonRejections = reasonTotal;
        p.condition = c.condition;
        p.conditionShare = double(reasonMatching) / reasonTotal;
        // Only a condition most of the reason's rejections share is a proposal worth making.
        if (p.conditionShare < 0.5)
            continue;
        p.text
            = tr("%1 of rejections are %2; %3 of those have %4; %5 would have removed %6 rejected MQLs and "
                 "%7 accepted ones")
                  .arg(pct(100 * p.reasonShare), p.reasonCode, pct(100 * p.conditionShare), p.condition,
                      c.change)
                  .arg(p.rejectedRemoved)
                  .arg(p.acceptedRemoved);
        out << p;
    }
    std::stable_sort(out.begin(), out.end(), [](const ScoringProposal &a, const ScoringProposal &b) {
        return a.rejectedRemoved - a.acceptedRemoved > b.rejectedRemoved - b.acceptedRemoved;
    });
    return out;
}

} // namespace sal::core
