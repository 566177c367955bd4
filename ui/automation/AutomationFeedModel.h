#pragma once

#include "lifecycle/StageEvent.h"
#include "store/LocalStore.h"

#include <QAbstractTableModel>

namespace sal::ui {

// What the automation did to the leads the user sees, newest first: for a rep the warnings on
// their leads and the leads re-routed to them; for a manager also every escalation and re-route in
// the team. Built from the local cache (the team store's events arrive with each pull), so it shows
// the same offline.
class AutomationFeedModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutomationFeedModel)

public:
    enum Column { Time, Lead, Company, What, Detail, ColumnCount };

    struct Entry
    {
        QDateTime atUtc;
        QString leadId;
        QString company;
        core::EventKind kind = core::EventKind::Escalated;
        QString actor;
        QString reason;
    };

    explicit AutomationFeedModel(QObject *parent = nullptr);

    // The kinds of event the feed shows (for LocalStore::recentEvents).
    static QList<core::EventKind> kinds();
    // The newest events of those kinds; `user` and `manager` decide which concern them.
    void setEvents(const QList<core::LocalStore::LeadEvent> &events, const QString &user, bool manager);
    const Entry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static constexpr int kMaxEntries = 500;

private:
    QString whatText(const Entry &e) const;
    QString detailText(const Entry &e) const;
    QList<Entry> m_entries;
};

} // namespace sal::ui
