#include "models/DecisionLogModel.h"

#include <QLocale>

namespace sal::ui {

using namespace sal::core;

DecisionLogModel::DecisionLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DecisionLogModel::setEntries(QList<LocalStore::OutboxEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int DecisionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DecisionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString shortTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString decisionText(const Operation &op)
{
    switch (op.kind) {
    case OperationKind::Accept:
        return DecisionLogModel::tr("Accepted (%1)").arg(op.payload.value(QStringLiteral("next_step")).toString());
    case OperationKind::Reject:
        return DecisionLogModel::tr("Rejected (%1)").arg(op.payload.value(QStringLiteral("reason")).toString());
    case OperationKind::NeedsInfo:
        return DecisionLogModel::tr("Needs info");
    case OperationKind::ContactAttempt:
        return DecisionLogModel::tr("Attempt (%1)").arg(op.payload.value(QStringLiteral("channel")).toString());
    }
    return {};
}

QString stateText(const LocalStore::OutboxEntry &e)
{
    if (e.state == QLatin1String("pending"))
        return DecisionLogModel::tr("⏳ waiting to sync");
    if (e.state == QLatin1String("synced"))
        return DecisionLogModel::tr("✔ synced %1").arg(shortTime(e.syncedAtUtc));
    if (e.state == QLatin1String("conflict"))
        return DecisionLogModel::tr("⚠ conflict");
    if (e.state == QLatin1String("discarded"))
        return DecisionLogModel::tr("discarded");
    return DecisionLogModel::tr("re-applied");
}
} // namespace

QVariant DecisionLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const LocalStore::OutboxEntry &e = m_entries.at(index.row());
    switch (index.column()) {
    case DecidedAt:
        return shortTime(e.operation.decidedAtUtc);
    case Lead:
        return e.operation.leadId;
    case Decision:
        return decisionText(e.operation);
    case SyncState:
        return stateText(e);
    default:
        return {};
    }
}

QVariant DecisionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DecidedAt:
        return tr("Decided");
    case Lead:
        return tr("Lead");
    case Decision:
        return tr("Decision");
    case SyncState:
        return tr("Sync");
    default:
        return {};
    }
}

} // namespace sal::ui
