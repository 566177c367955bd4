#include "automation/AutomationFeedModel.h"

#include "lead/LeadDisplayText.h"

#include <QLocale>
#include <algorithm>

namespace sal::ui {

using namespace sal::core;

AutomationFeedModel::AutomationFeedModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QList<EventKind> AutomationFeedModel::kinds()
{
    return { EventKind::AtRiskWarned, EventKind::Escalated, EventKind::Rerouted, EventKind::Redirected,
        EventKind::Enriched, EventKind::Disputed, EventKind::DisputeUpheld, EventKind::DisputeOverturned,
        EventKind::Recycled };
}

void AutomationFeedModel::setEvents(
    const QList<LocalStore::LeadEvent> &events, const QString &user, bool manager)
{
    QList<Entry> entries;
    for (const LocalStore::LeadEvent &e : events) {
        // A rep hears about their own leads only; the manager about the whole team they pull.
        if (!manager && e.owner.compare(user, Qt::CaseInsensitive) != 0)
            continue;
        // A rep is told of their lead at risk; the escalation itself is for the manager.
        if (!manager && e.event.kind == EventKind::Escalated)
            continue;
        entries << Entry { e.event.at, e.event.leadId, e.company, e.event.kind, e.event.actor,
            e.event.reason };
        if (entries.size() >= kMaxEntries)
            break;
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const AutomationFeedModel::Entry *AutomationFeedModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int AutomationFeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AutomationFeedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AutomationFeedModel::whatText(const Entry &e) const
{
    if (e.kind == EventKind::AtRiskWarned)
        return e.reason.startsWith(QLatin1String("follow_up")) ? tr("Follow-up at risk")
                                                               : tr("At risk: decide soon");
    if (e.kind == EventKind::Escalated)
        return e.reason.startsWith(QLatin1String("follow_up")) ? tr("Follow-up overdue: escalated")
                                                               : tr("SLA breached: escalated");
    return LeadDisplayText::eventKind(e.kind);
}

QVariant AutomationFeedModel::data(const QModelIndex &index, int role) const
{
    const Entry *e = entryAt(index.row());
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (Column(index.column())) {
        case Time:
            return LeadDisplayText::localTime(e->atUtc);
        case Lead:
            return e->leadId;
        case Company:
            return e->company;
        case What:
            return whatText(*e);
        case Detail:
            return e->reason;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("%1 by %2").arg(whatText(*e), e->actor);
    if (role == Qt::UserRole)
        return e->leadId;
    return {};
}

QVariant AutomationFeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("When");
    case Lead:
        return tr("Lead");
    case Company:
        return tr("Company");
    case What:
        return tr("What happened");
    case Detail:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sal::ui
