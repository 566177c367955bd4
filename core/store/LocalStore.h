#pragma once

#include "lifecycle/StageEvent.h"
#include "store/CachedLead.h"
#include "store/Conflict.h"
#include "store/LeadSummary.h"
#include "store/SqlDatabase.h"
#include "sync/ChangeBatch.h"
#include "sync/DecisionMaker.h"

#include <QElapsedTimer>
#include <functional>
#include <memory>

namespace sal::core {

// One user's SQLite file: the cached queue with its context, the outbox of decisions not yet
// confirmed by the team store, the pull checkpoint and the conflicts. A decision is one
// transaction here; once it commits it is safe, online or not. The cache and queue are in
// LocalStore.cpp, the outbox and conflicts in LocalStoreOutbox.cpp.
class LocalStore
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::LocalStore)

public:
    static Result<std::unique_ptr<LocalStore>> open(const QString &path);
    // <AppDataLocation>/<email>.sqlite
    static QString defaultPath(const QString &userEmail);

    SqlDatabase &database() { return m_db; }

    // ---- the cache
    Result<bool> applyPull(const ChangeBatch &batch, const QDateTime &nowUtc);
    // The batches of one pull round share transactions instead of committing one by one (a commit
    // is an fsync): applyPull() writes into the round's open transaction and commits it once it has
    // been open kPullCommitMs, so a decision recorded meanwhile waits at most about that long. Each
    // commit holds exactly the rows its checkpoint covers, so a crash loses nothing. endPullRound()
    // commits the rest; a failed applyPull() rolls its transaction back and ends the round.
    static constexpr int kPullCommitMs = 250;
    void beginPullRound() { m_pullRound = true; }
    Result<bool> endPullRound();
    Result<qint64> checkpoint();
    Result<QList<CachedLead>> openQueue(); // owned MQLs without a decision of this device
    // The same leads as the queue shows them: plain columns, no context decoded (what a window
    // with 100,000 leads can afford). The full lead is read with lead() when the rep opens it.
    Result<QList<LeadSummary>> openQueueSummaries();
    // The statement behind openQueueSummaries(), for the benchmark's sqlite3 reference.
    static QString openQueueSummarySql();
    // Each open lead in full, one at a time and none kept: what scoring the whole queue needs.
    Result<bool> eachOpenLead(const std::function<void(const CachedLead &)> &visit);
    // The same, limited to these leads: what a view re-reads after a sync round touched them.
    Result<QList<CachedLead>> openQueue(const QStringList &leadIds);
    Result<QList<CachedLead>> acceptedLeads(); // stage SAL: follow-ups
    Result<QList<CachedLead>> leads(); // everything cached
    Result<std::optional<CachedLead>> lead(const QString &leadId);
    Result<QList<CachedLead>> leads(const QStringList &leadIds); // these, in full, whatever their stage
    Result<QList<StageEvent>> events(const QString &leadId);
    Result<LeadState> leadState(const QString &leadId, const QString &actor); // for DecisionMaker
    static LeadState stateOf(const CachedLead &lead); // the same, for a lead already read

    // ---- decisions
    // Records a validated decision or attempt: the operation, its stage event (and attempt row)
    // in one transaction.
    Result<bool> record(const ValidatedOperation &validated);
    Result<QList<Operation>> pendingOperations(int limit);
    Result<int> pendingCount();
    // This device's most recent operations, newest first, with where each stands.
    struct OutboxEntry
    {
        Operation operation;
        QString state; // "pending", "synced", "conflict", "discarded", "reapplied"
        QDateTime syncedAtUtc;
    };
    Result<QList<OutboxEntry>> recentOperations(int limit);
    // The newest cached events of `kinds` over all cached leads, with the lead's company and owner:
    // what the automation did (warnings, escalations, re-routes), in one query.
    struct LeadEvent
    {
        StageEvent event;
        QString company;
        QString owner;
    };
    Result<QList<LeadEvent>> recentEvents(const QList<EventKind> &kinds, int limit);
    // Marks each result: applied and duplicate are synced, a conflict becomes a Conflict record.
    Result<bool> applyResults(const QList<OperationResult> &results, const QDateTime &syncedAtUtc);
    Result<bool> noteFailedTry(const QString &error);
    // Takes back an operation that has not been sent yet (undo). Refused once it left the device:
    // then the team store's answer decides, and the rep sees it.
    Result<bool> retract(const QString &operationId);

    // ---- conflicts
    Result<QList<Conflict>> conflicts(bool openOnly = true);
    Result<int> openConflictCount();
    // The rep gives up the decision: the lead shows as the team store has it.
    Result<bool> discardConflict(const QString &operationId, const QDateTime &nowUtc);
    // The rep keeps the decision: a new operation on the current version replaces the old one.
    Result<bool> markReapplied(const QString &operationId, const QDateTime &nowUtc);

    // Small facts about the workspace this file belongs to (team store, team calendar).
    Result<QString> meta(const QString &key);
    Result<bool> setMeta(const QString &key, const QString &value);

    // Folds the WAL back into the database file so it cannot grow without bound.
    Result<bool> checkpointWal();

private:
    LocalStore() = default;
    Result<bool> replaceLead(const LeadSnapshot &snapshot, const QDateTime &nowUtc);
    Result<bool> writePull(const ChangeBatch &batch, const QDateTime &nowUtc); // inside a transaction
    Result<QList<CachedLead>> readLeads(const QString &where, const QVariantList &binds);
    // Leads matching `where` (binds first) among `leadIds`, read in slices of bound ids.
    Result<QList<CachedLead>> readLeadsIn(const QStringList &leadIds, const QString &where);
    Result<bool> eachLead(
        const QString &where, const QVariantList &binds, const std::function<void(CachedLead &&)> &visit);
    Result<QList<ContactAttempt>> attempts(const QString &leadId);

    SqlDatabase m_db;
    bool m_pullRound = false; // between beginPullRound() and endPullRound()
    std::optional<QElapsedTimer> m_pullTransaction; // the round's open transaction, since when
};

} // namespace sal::core
