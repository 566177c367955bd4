#include "insight/InsightReports.h"

#include "reports/HealthBand.h"

#include <algorithm>
#include <cmath>

namespace sal::core {

namespace {
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
// A share (0–1) as the percent column type expects.
QVariant percentOf(double share)
{
    return 100.0 * share;
}
} // namespace

QList<ReportTable> InsightReports::model(const AcceptanceModel &m, int coefficients)
{
    ReportTable summary(QStringLiteral("model"), tr("Acceptance model in use"),
        { { QStringLiteral("trained_at"), tr("Trained at"), ColumnType::Text },
            { QStringLiteral("decisions"), tr("Decisions"), ColumnType::Integer },
            { QStringLiteral("accepted"), tr("Accepted"), ColumnType::Integer },
            { QStringLiteral("features"), tr("Features"), ColumnType::Integer },
            { QStringLiteral("reason_models"), tr("Reason models"), ColumnType::Integer },
            { QStringLiteral("intercept"), tr("Intercept"), ColumnType::Decimal } });
    summary.addRow({ iso(m.trainedAtUtc), qint64(m.decisions), qint64(m.accepted), qint64(m.weights.size()),
        qint64(m.reasons.size()), m.intercept });
    QList<std::pair<QString, double>> weights;
    for (qsizetype i = 0; i < m.weights.size(); ++i)
        weights << std::pair { i < m.numeric.size() ? m.numeric.at(i).key : m.tokens.at(i - m.numeric.size()),
            m.weights.at(i) };
    std::stable_sort(weights.begin(), weights.end(),
        [](const auto &a, const auto &b) { return std::abs(a.second) > std::abs(b.second); });
    ReportTable coef(QStringLiteral("coefficients"),
        tr("Strongest coefficients (log-odds per standard unit or per token)"),
        { { QStringLiteral("feature"), tr("Feature"), ColumnType::Text },
            { QStringLiteral("coefficient"), tr("Coefficient"), ColumnType::Decimal } });
    for (qsizetype i = 0; i < weights.size() && i < coefficients; ++i)
        coef.addRow({ weights.at(i).first, weights.at(i).second });
    return { summary, coef };
}

QList<ReportTable> InsightReports::quality(const HoldoutReport &r)
{
    ReportTable q(QStringLiteral("quality"),
        tr("Hold-out quality (trained on the older %1 decisions, tested on the newer %2 from %3, %4 of them "
           "accepted)")
            .arg(r.trainCount)
            .arg(r.testCount)
            .arg(iso(r.splitAtUtc))
            .arg(r.testAccepted),
        { { QStringLiteral("metric"), tr("Metric"), ColumnType::Text },
            { QStringLiteral("model"), tr("Model"), ColumnType::Decimal },
            { QStringLiteral("baseline"), tr("Baseline"), ColumnType::Decimal },
            { QStringLiteral("baseline_is"), tr("Baseline is"), ColumnType::Text } });
    q.addRow({ QStringLiteral("auc"), r.auc, r.baselineAuc, tr("the lead score alone") });
    q.addRow({ QStringLiteral("brier"), r.brier, r.baseRateBrier, tr("the base rate for every lead") });
    q.addNote(tr("AUC: higher is better (0.5 is chance). Brier: lower is better."));
    ReportTable cal(QStringLiteral("calibration"), tr("Calibration by predicted likelihood (deciles)"),
        { { QStringLiteral("from"), tr("From"), ColumnType::Decimal },
            { QStringLiteral("to"), tr("To"), ColumnType::Decimal },
            { QStringLiteral("decisions"), tr("Decisions"), ColumnType::Integer },
            { QStringLiteral("mean_predicted"), tr("Mean predicted"), ColumnType::Decimal },
            { QStringLiteral("observed_acceptance"), tr("Observed acceptance"), ColumnType::Decimal } });
    for (const CalibrationBin &b : r.calibration)
        cal.addRow({ b.low, b.high, qint64(b.count), b.count ? QVariant(b.meanPredicted) : QVariant(),
            b.count ? QVariant(b.observedRate) : QVariant() });
    return { q, cal };
}

QList<ReportTable> InsightReports::scoringFeedback(const ScoringFeedbackReport &r)
{
    ReportTable summary(QStringLiteral("summary"),
        tr("Decisions from %1 to %2").arg(iso(r.fromUtc), iso(r.toUtc)),
        { { QStringLiteral("accepted"), tr("Accepted"), ColumnType::Integer },
            { QStringLiteral("rejected"), tr("Rejected"), ColumnType::Integer },
            { QStringLiteral("acceptance_rate"), tr("Acceptance %"), ColumnType::Percent },
            { QStringLiteral("sal_to_sql_rate"), tr("SAL→SQL %"), ColumnType::Percent } });
    summary.addRow({ qint64(r.accepted), qint64(r.rejected), r.teamAcceptanceRate, r.teamSalToSqlRate });
    ReportTable proposals(QStringLiteral("proposals"), tr("Proposals with their effect on the period"),
        { { QStringLiteral("reason"), tr("Reason"), ColumnType::Text },
            { QStringLiteral("condition"), tr("Condition"), ColumnType::Text },
            { QStringLiteral("reason_share"), tr("Reason %"), ColumnType::Percent },
            { QStringLiteral("condition_share"), tr("Of those %"), ColumnType::Percent },
            { QStringLiteral("rejected_removed"), tr("Rejected removed"), ColumnType::Integer },
            { QStringLiteral("accepted_removed"), tr("Accepted removed"), ColumnType::Integer },
            { QStringLiteral("proposal"), tr("Proposal"), ColumnType::Text } });
    for (const ScoringProposal &p : r.proposals)
        proposals.addRow({ p.reasonCode, p.condition, percentOf(p.reasonShare), percentOf(p.conditionShare),
            qint64(p.rejectedRemoved), qint64(p.acceptedRemoved), p.text });
    ReportTable reasons(QStringLiteral("reasons"), tr("Rejections by reason"),
        { { QStringLiteral("reason"), tr("Reason"), ColumnType::Text },
            { QStringLiteral("rejections"), tr("Rejections"), ColumnType::Integer },
            { QStringLiteral("share"), tr("Share %"), ColumnType::Percent } });
    for (const ReasonShare &s : r.reasons)
        reasons.addRow({ s.code, qint64(s.rejections), percentOf(s.share) });
    ReportTable channels(QStringLiteral("channels"), tr("Sources and campaigns outside the health band"),
        { { QStringLiteral("dimension"), tr("Kind"), ColumnType::Text },
            { QStringLiteral("name"), tr("Name"), ColumnType::Text },
            { QStringLiteral("accepted"), tr("Accepted"), ColumnType::Integer },
            { QStringLiteral("rejected"), tr("Rejected"), ColumnType::Integer },
            { QStringLiteral("acceptance_rate"), tr("Acceptance %"), ColumnType::Percent },
            { QStringLiteral("health"), tr("Health"), ColumnType::Text } });
    for (const ChannelHealth &c : r.channels)
        channels.addRow({ c.dimension, c.name, qint64(c.accepted), qint64(c.rejected), c.acceptanceRate,
            healthBandLabel(c.state) });
    ReportTable coaching(QStringLiteral("coaching"),
        tr("Reps who accept more than the team but convert less to SQL (coaching, not lead quality)"),
        { { QStringLiteral("rep"), tr("Rep"), ColumnType::Text },
            { QStringLiteral("accepted"), tr("Accepted"), ColumnType::Integer },
            { QStringLiteral("rejected"), tr("Rejected"), ColumnType::Integer },
            { QStringLiteral("acceptance_rate"), tr("Acceptance %"), ColumnType::Percent },
            { QStringLiteral("sql"), tr("SQL"), ColumnType::Integer },
            { QStringLiteral("sal_to_sql_rate"), tr("SAL→SQL %"), ColumnType::Percent } });
    for (const CoachingSignal &c : r.coaching)
        coaching.addRow({ c.repEmail, qint64(c.accepted), qint64(c.rejected), c.acceptanceRate,
            qint64(c.convertedToSql), c.salToSqlRate });
    return { summary, proposals, reasons, channels, coaching };
}

} // namespace sal::core
