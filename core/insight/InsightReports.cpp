#include "insight/InsightReports.h"

#include <algorithm>
#include <cmath>

namespace sal::core {

namespace {
QString num(double v, int decimals = 3)
{
    return QString::number(v, 'f', decimals);
}
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

QList<InsightTable> InsightReports::model(const AcceptanceModel &m, int coefficients)
{
    InsightTable summary { QStringLiteral("model"), tr("Acceptance model in use"),
        { QStringLiteral("trained_at"), QStringLiteral("decisions"), QStringLiteral("accepted"),
            QStringLiteral("features"), QStringLiteral("reason_models"), QStringLiteral("intercept") },
        { tr("Trained at"), tr("Decisions"), tr("Accepted"), tr("Features"), tr("Reason models"),
            tr("Intercept") },
        { { iso(m.trainedAtUtc), QString::number(m.decisions), QString::number(m.accepted),
            QString::number(m.weights.size()), QString::number(m.reasons.size()), num(m.intercept) } } };
    QList<std::pair<QString, double>> weights;
    for (qsizetype i = 0; i < m.weights.size(); ++i)
        weights << std::pair { i < m.numeric.size() ? m.numeric.at(i).key : m.tokens.at(i - m.numeric.size()),
            m.weights.at(i) };
    std::stable_sort(weights.begin(), weights.end(),
        [](const auto &a, const auto &b) { return std::abs(a.second) > std::abs(b.second); });
    InsightTable coef { QStringLiteral("coefficients"),
        tr("Strongest coefficients (log-odds per standard unit or per token)"),
        { QStringLiteral("feature"), QStringLiteral("coefficient") }, { tr("Feature"), tr("Coefficient") },
        {} };
    for (qsizetype i = 0; i < weights.size() && i < coefficients; ++i)
        coef.rows << QStringList { weights.at(i).first, num(weights.at(i).second) };
    return { summary, coef };
}

QList<InsightTable> InsightReports::quality(const HoldoutReport &r)
{
    InsightTable q { QStringLiteral("quality"),
        tr("Hold-out quality (trained on the older %1 decisions, tested on the newer %2 from %3)")
            .arg(r.trainCount)
            .arg(r.testCount)
            .arg(iso(r.splitAtUtc)),
        { QStringLiteral("metric"), QStringLiteral("value") }, { tr("Metric"), tr("Value") }, {} };
    q.rows << QStringList { QStringLiteral("train_decisions"), QString::number(r.trainCount) }
           << QStringList { QStringLiteral("test_decisions"), QString::number(r.testCount) }
           << QStringList { QStringLiteral("test_accepted"), QString::number(r.testAccepted) }
           << QStringList { QStringLiteral("auc"), num(r.auc) }
           << QStringList { QStringLiteral("brier"), num(r.brier, 4) }
           << QStringList { QStringLiteral("baseline_auc_lead_score"), num(r.baselineAuc) }
           << QStringList { QStringLiteral("baseline_brier_base_rate"), num(r.baseRateBrier, 4) };
    InsightTable cal { QStringLiteral("calibration"), tr("Calibration by predicted likelihood (deciles)"),
        { QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("decisions"),
            QStringLiteral("mean_predicted"), QStringLiteral("observed_acceptance") },
        { tr("From"), tr("To"), tr("Decisions"), tr("Mean predicted"), tr("Observed acceptance") }, {} };
    for (const CalibrationBin &b : r.calibration)
        cal.rows << QStringList { num(b.low, 1), num(b.high, 1), QString::number(b.count),
            b.count ? num(b.meanPredicted) : QString(), b.count ? num(b.observedRate) : QString() };
    return { q, cal };
}

QList<InsightTable> InsightReports::scoringFeedback(const ScoringFeedbackReport &r)
{
    InsightTable summary { QStringLiteral("summary"),
        tr("Decisions from %1 to %2").arg(iso(r.fromUtc), iso(r.toUtc)),
        { QStringLiteral("accepted"), QStringLiteral("rejected"), QStringLiteral("acceptance_rate"),
            QStringLiteral("sal_to_sql_rate") },
        { tr("Accepted"), tr("Rejected"), tr("Acceptance %"), tr("SAL→SQL %") },
        { { QString::number(r.accepted), QString::number(r.rejected), num(r.teamAcceptanceRate, 1),
            num(r.teamSalToSqlRate, 1) } } };
    InsightTable proposals { QStringLiteral("proposals"), tr("Proposals with their effect on the period"),
        { QStringLiteral("reason"), QStringLiteral("condition"), QStringLiteral("reason_share"),
            QStringLiteral("condition_share"), QStringLiteral("rejected_removed"),
            QStringLiteral("accepted_removed"), QStringLiteral("proposal") },
        { tr("Reason"), tr("Condition"), tr("Reason %"), tr("Of those %"), tr("Rejected removed"),
            tr("Accepted removed"), tr("Proposal") },
        {} };
    for (const ScoringProposal &p : r.proposals)
        proposals.rows << QStringList { p.reasonCode, p.condition, num(100 * p.reasonShare, 1),
            num(100 * p.conditionShare, 1), QString::number(p.rejectedRemoved),
            QString::number(p.acceptedRemoved), p.text };
    InsightTable reasons { QStringLiteral("reasons"), tr("Rejections by reason"),
        { QStringLiteral("reason"), QStringLiteral("rejections"), QStringLiteral("share") },
        { tr("Reason"), tr("Rejections"), tr("Share %") }, {} };
    for (const ReasonShare &s : r.reasons)
        reasons.rows << QStringList { s.code, QString::number(s.rejections), num(100 * s.share, 1) };
    InsightTable channels { QStringLiteral("channels"), tr("Sources and campaigns outside the health band"),
        { QStringLiteral("dimension"), QStringLiteral("name"), QStringLiteral("accepted"),
            QStringLiteral("rejected"), QStringLiteral("acceptance_rate"), QStringLiteral("state") },
        { tr("Kind"), tr("Name"), tr("Accepted"), tr("Rejected"), tr("Acceptance %"), tr("State") }, {} };
    for (const ChannelHealth &c : r.channels)
        channels.rows << QStringList { c.dimension, c.name, QString::number(c.accepted),
            QString::number(c.rejected), num(c.acceptanceRate, 1), healthStateToString(c.state) };
    InsightTable coaching { QStringLiteral("coaching"),
        tr("Reps who accept more than the team but convert less to SQL (coaching, not lead quality)"),
        { QStringLiteral("rep"), QStringLiteral("accepted"), QStringLiteral("rejected"),
            QStringLiteral("acceptance_rate"), QStringLiteral("sql"), QStringLiteral("sal_to_sql_rate") },
        { tr("Rep"), tr("Accepted"), tr("Rejected"), tr("Acceptance %"), tr("SQL"), tr("SAL→SQL %") }, {} };
    for (const CoachingSignal &c : r.coaching)
        coaching.rows << QStringList { c.repEmail, QString::number(c.accepted), QString::number(c.rejected),
            num(c.acceptanceRate, 1), QString::number(c.convertedToSql), num(c.salToSqlRate, 1) };
    return { summary, proposals, reasons, channels, coaching };
}

} // namespace sal::core
