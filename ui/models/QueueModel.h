#pragma once

#include "models/QueueRow.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sal::core {
class Clock;
}

namespace sal::ui {

// The rep's leads as a table, most urgent first. The SLA window of each lead is computed once when
// the leads are set; the countdown itself is computed when a cell is painted, from the injected
// clock, and refreshCountdown() repaints only the rows a view asks for.
class QueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueModel)

public:
    enum Column { Countdown, Tier, Name, Company, IcpFit, Score, Source, Age, Likelihood, ColumnCount };
    enum Role {
        LeadIdRole = Qt::UserRole + 1,
        SlaStateRole, // int(core::SlaState)
        RemainingSecondsRole, // qint64 business seconds
        DeadlineRole, // QDateTime UTC
        AccountRole, // account name, for grouping
        AttemptsRole, // logged contact attempts
        TierRole, // "hot", "standard", "low"
        SearchTextRole, // name, company and source, for the filter box
        LikelihoodRole, // double 0..1, invalid without an acceptance model
        OwnerRole, // the owner's email (a manager's drill-down from the team panel)
    };

    QueueModel(const core::SlaClock &sla, core::IcpDefinition icp, const core::Clock &clock,
        QObject *parent = nullptr);

    // Replaces the rows, sorted by SLA deadline (then lead id, so the order is stable).
    void setLeads(const QList<core::CachedLead> &leads);
    // Scores leads set or updated from now on (rows made by QueueLoader come scored by its own).
    void setScorer(std::shared_ptr<const core::AcceptanceScorer> scorer) { m_scorer = std::move(scorer); }
    // Replaces the rows with ones prepared elsewhere (QueueLoader), already most urgent first.
    void setRows(QList<QueueRowPtr> rows);
    // The leads `leadIds` as they are now: each is removed, then `current` (those of them still in
    // the queue) are put back at their place. Cost grows with the change, not the queue.
    void updateLeads(const QStringList &leadIds, const QList<core::CachedLead> &current);
    // Removes one lead at once (decided here); true when it was present.
    bool removeLead(const QString &leadId);
    // What the row shows of its lead; the lead pane reads the full lead from the local store.
    const core::LeadSummary *leadAt(int row) const;
    int rowOf(const QString &leadId) const;

    core::SlaStatus statusAt(int row) const; // at the clock's now
    const core::SlaWindow &windowAt(int row) const;
    // Every row's lead and SLA state now, in row order. The rows are sorted by deadline, so only
    // the few rows between "breached" and "surely on track" need the calendar: a whole queue of
    // 100,000 leads costs a comparison per row, not a calendar walk per row.
    QList<std::pair<QString, core::SlaState>> states() const;
    // How many rows are breached or have at most `businessSeconds` left (a binary search).
    int dueWithin(qint64 businessSeconds) const;

    // Announces new countdown values for rows [first, last] only.
    void refreshCountdown(int first, int last);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatRemaining(qint64 seconds); // "2:05", "-0:42"
    static QString stateSymbol(core::SlaState state); // readable without colour

private:
    void reindex();
    // Whether the deadline order decides the rows' states: no window is paused or met (true of an
    // open queue, whose windows run from the routing moment).
    bool deadlineOrderDecides() const { return m_openWindows; }

    const core::SlaClock &m_sla;
    core::IcpDefinition m_icp;
    const core::Clock &m_clock;
    std::shared_ptr<const core::AcceptanceScorer> m_scorer;
    QList<QueueRowPtr> m_rows;
    QHash<QString, int> m_rowById;
    bool m_openWindows = true; // no row's window is paused or met
    qint64 m_longestWindow = 0; // business seconds of the longest row window
    struct StatusMemo
    {
        QueueRowPtr row; // held, so its address cannot be reused by another row; rows are immutable
        QDateTime nowUtc;
        core::SlaStatus status;
    };
    mutable StatusMemo m_lastStatus; // the status statusAt() computed last
};

} // namespace sal::ui
