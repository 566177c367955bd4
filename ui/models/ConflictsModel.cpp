#include "models/ConflictsModel.h"

#include <QLocale>

namespace sal::ui {

using namespace sal::core;

ConflictsModel::ConflictsModel(const ReasonTaxonomy *reasons, QObject *parent)
    : QAbstractListModel(parent)
    , m_reasons(reasons)
{
}

void ConflictsModel::setConflicts(QList<Conflict> conflicts)
{
    beginResetModel();
    m_conflicts = std::move(conflicts);
    endResetModel();
}

const Conflict *ConflictsModel::conflictAt(int row) const
{
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts.at(row) : nullptr;
}

int ConflictsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

QString ConflictsModel::describe(const Conflict &c) const
{
    QString what;
    switch (c.operation.kind) {
    case OperationKind::Accept:
        what = tr("Your acceptance");
        break;
    case OperationKind::Reject: {
        const QString code = c.operation.payload.value(QStringLiteral("reason")).toString();
        const std::optional<RejectionReason> reason = m_reasons ? m_reasons->reason(code) : std::nullopt;
        what = tr("Your rejection (%1)").arg(reason ? reason->label : code);
        break;
    }
    case OperationKind::NeedsInfo:
        what = tr("Your request for more info");
        break;
    case OperationKind::ContactAttempt:
        what = tr("Your contact attempt");
        break;
    }
    QString why;
    switch (c.kind) {
    case ConflictKind::Rerouted:
        why = tr("was not applied: the lead was re-routed.");
        break;
    case ConflictKind::AlreadyDecided:
        why = tr("was not applied: the lead was already decided.");
        break;
    case ConflictKind::LeadChanged:
        why = tr("was not applied: the lead changed since you looked at it.");
        break;
    case ConflictKind::Invalid:
        why = tr("was refused by the team's rules.");
        break;
    case ConflictKind::None:
        break;
    }
    QString text = tr("%1 on lead %2, decided %3, %4\n%5")
                       .arg(what, c.operation.leadId,
                            QLocale().toString(c.operation.decidedAtUtc.toLocalTime(), QLocale::ShortFormat), why, c.message);
    if (!c.changes.isEmpty())
        text += QLatin1Char('\n') + tr("Since you decided: %1").arg(c.changes.join(QStringLiteral("; ")));
    return text;
}

QVariant ConflictsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conflict &c = m_conflicts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return describe(c);
    case OperationIdRole:
        return c.operation.id;
    case LeadIdRole:
        return c.operation.leadId;
    default:
        return {};
    }
}

} // namespace sal::ui
