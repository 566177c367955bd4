#pragma once

#include "disposition/ContactAttempt.h"
#include "domain/Result.h"
#include "lifecycle/StageEvent.h"
#include "store/JsonRecordSet.h"
#include "store/LeadRow.h"
#include "sync/Operation.h"
#include "sync/OperationResult.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>
#include <optional>

namespace sal::core {

class DecisionMaker;
class SqlDatabase;

// One pushed batch applied set-based, inside the caller's write transaction: a few reads load what
// the guards need for every operation of the batch at once (answers already given, the leads,
// their attempts, who decided them), the guards run here in operation order against that state as
// the batch changes it, and one statement per table writes what was applied (leads, decisions,
// attempts, events, changes) and the answer to every operation. So a batch costs about ten round
// trips to PostgreSQL instead of eight per operation, with the same answers as applying the
// operations one by one: an operation seen before (even earlier in the same batch) is a duplicate
// with the first answer; a re-routed, already decided, changed or invalid one is a conflict.
class PushBatch
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::PushBatch)

public:
    // Who holds now the leads this connection cannot see: for each (lead, actor) whose lead was
    // taken away from the actor, the new owner, keyed by key(). A backend whose readers see every
    // lead returns nothing.
    using TakenAway = std::function<Result<QHash<QString, QString>>(const QList<Operation> &unseen)>;
    static QString key(const QString &leadId, const QString &actor);

    PushBatch(SqlDatabase &db, const DecisionMaker &maker, TakenAway takenAway);

    Result<QList<OperationResult>> apply(const QList<Operation> &operations, const QDateTime &receivedAtUtc);

private:
    struct AttemptRow
    {
        QString at; // as stored: the order of the team store's list
        QString operationId;
        ContactAttempt attempt;
    };
    struct Decider
    {
        QString syncedAt;
        QString operationId;
        QString repEmail;
    };

    Result<bool> loadSeen(const QList<Operation> &operations);
    Result<bool> loadLeads(const QList<Operation> &operations);
    Result<bool> loadAttempts(); // once, when a guard first needs them
    Result<bool> loadDeciders(); // once, when a conflict first needs to say who decided
    static void keepLatest(QHash<QString, Decider> &latest, const QString &leadId, const Decider &d);
    JsonRecordSet leadIds() const; // every lead of the batch, as a record set of ids

    Result<OperationResult> judge(const Operation &op);
    Result<bool> applyDecision(const Operation &op, LeadRow &row);
    Result<bool> applyAttempt(const Operation &op, const LeadRow &row);
    OperationResult record(const Operation &op, const OperationResult &result, const QString &owner);
    void addEvent(const StageEvent &event, const QString &operationId);
    void addChange(const QString &leadId, const QString &owner, const QString &teamId);
    Result<bool> write();

    SqlDatabase &m_db;
    const DecisionMaker &m_maker;
    TakenAway m_takenAway;
    QDateTime m_receivedAt;
    QString m_receivedIso;
    QDateTime m_decidedAt; // of the operation being judged, and its stored text
    QString m_decidedIso;

    QHash<QString, OperationResult> m_seen; // by operation id, as a re-send is answered
    QHash<QString, LeadRow> m_leads; // the batch's leads this connection sees, as the batch leaves them
    QHash<QString, QString> m_takenAwayOwners; // by key()
    QStringList m_leadIds; // every lead of the batch, once
    // Loaded before the first operation is applied (every apply passes the attempt guard first),
    // then kept up to date with the batch's own attempts.
    std::optional<QHash<QString, QList<AttemptRow>>> m_attempts;
    std::optional<QHash<QString, Decider>> m_deciders; // stored before this batch
    QHash<QString, Decider> m_batchDeciders; // applied by this batch
    QHash<QString, int> m_versionBumps; // lead → decisions applied in this batch

    // What write() stores, one row per applied (or answered) operation.
    JsonRecordSet m_decisions;
    JsonRecordSet m_attemptsOut;
    JsonRecordSet m_events;
    JsonRecordSet m_changes;
    JsonRecordSet m_operations;
};

} // namespace sal::core
