#include "insight/ScoringFeedbackModel.h"

namespace sal::ui {

using namespace sal::core;

namespace {
QString pct(double percent)
{
    return ScoringFeedbackModel::tr("%1 %").arg(QString::number(percent, 'f', 0));
}

QString stateText(HealthBand state)
{
    switch (state) {
    case HealthBand::Red:
        return ScoringFeedbackModel::tr("red: sales cannot use most of these leads");
    case HealthBand::Amber:
        return ScoringFeedbackModel::tr("amber: slipping below the healthy band");
    case HealthBand::BarTooLow:
        return ScoringFeedbackModel::tr("nearly all accepted: the MQL bar may be too low");
    case HealthBand::Healthy:
        break;
    }
    return ScoringFeedbackModel::tr("healthy");
}
} // namespace

ScoringFeedbackModel::ScoringFeedbackModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ScoringFeedbackModel::setReport(const ScoringFeedbackReport &report)
{
    beginResetModel();
    m_report = report;
    m_rows.clear();
    for (const ScoringProposal &p : report.proposals)
        m_rows << Finding { QStringLiteral("proposal"), tr("Proposal"), p.reasonCode,
            tr("−%1 rejected, −%2 accepted").arg(p.rejectedRemoved).arg(p.acceptedRemoved), p.text };
    for (const ChannelHealth &c : report.channels)
        m_rows << Finding { QStringLiteral("channel"),
            c.dimension == QLatin1String("source") ? tr("Source") : tr("Campaign"), c.name,
            tr("%1 accepted of %2").arg(pct(c.acceptanceRate)).arg(c.accepted + c.rejected),
            stateText(c.state) };
    for (const CoachingSignal &c : report.coaching)
        m_rows << Finding { QStringLiteral("coaching"), tr("Coaching"), c.repEmail,
            tr("%1 accepted, %2 to SQL").arg(pct(c.acceptanceRate), pct(c.salToSqlRate)),
            tr("Team: %1 accepted, %2 to SQL. Accepts more but converts less: a qualification habit to "
               "coach, not a lead-quality problem.")
                .arg(pct(report.teamAcceptanceRate), pct(report.teamSalToSqlRate)) };
    for (const ReasonShare &r : report.reasons)
        m_rows << Finding { QStringLiteral("reason"), tr("Reason"), r.code, pct(100 * r.share),
            tr("rejections in the period: %1").arg(r.rejections) };
    endResetModel();
}

int ScoringFeedbackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScoringFeedbackModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoringFeedbackModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_rows.at(index.row());
    if (role == KindRole)
        return f.kind;
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return f.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Kind:
        return f.kindText;
    case Subject:
        return f.subject;
    case Figure:
        return f.figure;
    case Detail:
        return f.detail;
    default:
        return {};
    }
}

QVariant ScoringFeedbackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Subject:
        return tr("About");
    case Figure:
        return tr("Measured");
    case Detail:
        return tr("Finding");
    default:
        return {};
    }
}

} // namespace sal::ui
