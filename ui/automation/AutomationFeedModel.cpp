#include "automation/AutomationFeedModel.h"

#include "automation/DurationText.h"
#include "lead/LeadDisplayText.h"

#include <QLocale>
#include <QRegularExpression>
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

// Event reasons are written for machines ("sla_reroute: a -> b after 9000 business seconds"); the
// feed says the ones the ladder writes in words and shows the others (enrichment notes) as they are.
QString AutomationFeedModel::detailText(const Entry &e) const
{
    const QString code = e.reason.section(QLatin1Char(':'), 0, 0).trimmed();
    if (code == QLatin1String("at_risk"))
        return tr("Most of the response window is used up");
    if (code == QLatin1String("sla_breach"))
        return tr("The response deadline passed; the manager was told");
    if (code == QLatin1String("follow_up_at_risk"))
        return tr("The first-outreach deadline is close");
    if (code == QLatin1String("follow_up_overdue"))
        return tr("No outreach by the first-outreach deadline; the manager was told");
    if (code == QLatin1String("sla_reroute")) {
        static const QRegularExpression held(
            QStringLiteral("^(\\S+) -> (\\S+) after (\\d+) business seconds$"));
        const QRegularExpressionMatch m = held.match(e.reason.section(QLatin1Char(':'), 1).trimmed());
        if (m.hasMatch())
            return tr("From %1 to %2 after %3 of business time")
                .arg(m.captured(1), m.captured(2), DurationText::of(m.captured(3).toLongLong()));
        return tr("Waited past the re-route threshold");
    }
    return e.reason;
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
            return detailText(*e);
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
