#include "store/PushBatch.h"

#include "disposition/DispositionCodec.h"
#include "lifecycle/LeadLifecycle.h"
#include "store/LeadCodec.h"
#include "store/SqlDatabase.h"
#include "store/StoreRows.h"
#include "sync/DecisionMaker.h"

#include <QSet>
#include <algorithm>
#include <tuple>

namespace sal::core {

namespace {
using Column = JsonRecordSet::Column;
constexpr auto kInt = JsonRecordSet::Type::Integer;

QString iso(const QDateTime &t)
{
    return LeadCodec::isoUtc(t);
}

// The answer to an operation seen before, from what was stored when it was first received.
OperationResult seenAnswer(const QString &operationId, const QString &status, const QString &conflict,
    const QString &message, int serverVersion, const QString &owner, const QString &receivedAt)
{
    OperationResult answer;
    answer.operationId = operationId;
    const ApplyStatus first = applyStatusFromString(status).value_or(ApplyStatus::Applied);
    answer.status = first == ApplyStatus::Applied ? ApplyStatus::Duplicate : first;
    answer.conflict = conflictKindFromString(conflict).value_or(ConflictKind::None);
    answer.message = message;
    answer.serverVersion = serverVersion;
    answer.currentOwner = owner;
    answer.appliedAtUtc = LeadCodec::parseUtc(receivedAt);
    return answer;
}
} // namespace

QString PushBatch::key(const QString &leadId, const QString &actor)
{
    return leadId + QLatin1Char('\n') + actor;
}

PushBatch::PushBatch(SqlDatabase &db, const DecisionMaker &maker, TakenAway takenAway)
    : m_db(db)
    , m_maker(maker)
    , m_takenAway(std::move(takenAway))
    , m_decisions(db.isPostgres(),
          { Column { "operation_id" }, Column { "lead_id" }, Column { "rep_email" }, Column { "kind" },
              Column { "reason_code" }, Column { "reason_text" }, Column { "next_step" },
              Column { "next_step_due" }, Column { "note" }, Column { "missing_items" },
              Column { "decided_at" }, Column { "synced_at" }, Column { "snapshot" } })
    , m_attemptsOut(db.isPostgres(),
          { Column { "operation_id" }, Column { "lead_id" }, Column { "rep_email" }, Column { "channel" },
              Column { "outcome" }, Column { "at" }, Column { "synced_at" } })
    , m_events(db.isPostgres(),
          { Column { "n", kInt }, Column { "lead_id" }, Column { "kind" }, Column { "from_stage" },
              Column { "to_stage" }, Column { "at" }, Column { "actor" }, Column { "reason" },
              Column { "operation_id" }, Column { "recorded_at" } })
    , m_changes(db.isPostgres(),
          { Column { "n", kInt }, Column { "lead_id" }, Column { "owner_email" }, Column { "team_id" },
              Column { "at" } })
    , m_operations(db.isPostgres(),
          { Column { "id" }, Column { "lead_id" }, Column { "kind" }, Column { "actor" },
              Column { "base_version", kInt }, Column { "decided_at" }, Column { "received_at" },
              Column { "status" }, Column { "conflict" }, Column { "message" },
              Column { "server_version", kInt }, Column { "owner_at_apply" }, Column { "payload" },
              Column { "snapshot" } })
{ }

Result<QList<OperationResult>> PushBatch::apply(
    const QList<Operation> &operations, const QDateTime &receivedAtUtc)
{
    m_receivedAt = receivedAtUtc;
    m_receivedIso = iso(receivedAtUtc);
    if (auto r = loadSeen(operations); !r)
        return r.problems();
    if (auto r = loadLeads(operations); !r)
        return r.problems();
    QList<OperationResult> results;
    results.reserve(operations.size());
    for (const Operation &op : operations) {
        Result<OperationResult> r = judge(op);
        if (!r)
            return r.problems();
        results << *r;
    }
    if (auto r = write(); !r)
        return r.problems();
    return results;
}

// ---- reads: one statement each for the whole batch ---------------------------------------------

Result<bool> PushBatch::loadSeen(const QList<Operation> &operations)
{
    JsonRecordSet ids(m_db.isPostgres(), { Column { "id" } });
    for (const Operation &op : operations)
        ids.row().text(op.id);
    return m_db.each(QStringLiteral("SELECT id, status, conflict, message, server_version, owner_at_apply, "
                                    "received_at FROM operations WHERE id IN (SELECT r.id FROM %1)")
                         .arg(ids.from()),
        { ids.bound() }, [&](const QSqlQuery &q) {
            const QString id = q.value(0).toString();
            m_seen.insert(id,
                seenAnswer(id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toInt(), q.value(5).toString(), q.value(6).toString()));
        });
}

JsonRecordSet PushBatch::leadIds() const
{
    JsonRecordSet ids(m_db.isPostgres(), { Column { "id" } });
    for (const QString &id : m_leadIds)
        ids.row().text(id);
    return ids;
}

Result<bool> PushBatch::loadLeads(const QList<Operation> &operations)
{
    QSet<QString> distinct;
    for (const Operation &op : operations) {
        if (!distinct.contains(op.leadId)) {
            distinct.insert(op.leadId);
            m_leadIds << op.leadId;
        }
    }
    const JsonRecordSet ids = leadIds();
    if (auto r
        = m_db.each(QStringLiteral("SELECT id, stage, owner_email, team_id, version FROM leads WHERE id IN "
                                   "(SELECT r.id FROM %1)")
                        .arg(ids.from()),
            { ids.bound() },
            [&](const QSqlQuery &q) {
                LeadRow row;
                row.stage = stageFromString(q.value(1).toString()).value_or(Stage::Mql);
                row.owner = q.value(2).toString();
                row.teamId = q.value(3).toString();
                row.version = q.value(4).toInt();
                m_leads.insert(q.value(0).toString(), row);
            });
        !r)
        return r;
    QList<Operation> unseen;
    for (const Operation &op : operations) {
        if (!m_leads.contains(op.leadId) && !m_seen.contains(op.id))
            unseen << op;
    }
    if (unseen.isEmpty() || !m_takenAway)
        return true;
    Result<QHash<QString, QString>> owners = m_takenAway(unseen);
    if (!owners)
        return owners.problems();
    m_takenAwayOwners = *owners;
    return true;
}

Result<bool> PushBatch::loadAttempts()
{
    if (m_attempts)
        return true;
    QHash<QString, QList<AttemptRow>> byLead;
    const JsonRecordSet ids = leadIds();
    if (auto r
        = m_db.each(QStringLiteral(
                        "SELECT lead_id, channel, outcome, at, rep_email, operation_id FROM contact_attempts "
                        "WHERE lead_id IN (SELECT r.id FROM %1) ORDER BY at, operation_id")
                        .arg(ids.from()),
            { ids.bound() },
            [&](const QSqlQuery &q) {
                const QString leadId = q.value(0).toString();
                byLead[leadId] << AttemptRow { q.value(3).toString(), q.value(5).toString(),
                    StoreRows::attempt(q, leadId, 1) };
            });
        !r)
        return r;
    m_attempts = std::move(byLead);
    return true;
}

void PushBatch::keepLatest(QHash<QString, Decider> &latest, const QString &leadId, const Decider &d)
{
    // The latest by sync time, then operation id: who the rep should talk to.
    auto it = latest.find(leadId);
    if (it == latest.end())
        latest.insert(leadId, d);
    else if (std::tie(d.syncedAt, d.operationId) > std::tie(it->syncedAt, it->operationId))
        *it = d;
}

Result<bool> PushBatch::loadDeciders()
{
    if (m_deciders)
        return true;
    QHash<QString, Decider> latest;
    const JsonRecordSet ids = leadIds();
    if (auto r = m_db.each(QStringLiteral("SELECT lead_id, rep_email, synced_at, operation_id FROM decisions "
                                          "WHERE lead_id IN (SELECT r.id FROM %1)")
                               .arg(ids.from()),
            { ids.bound() },
            [&](const QSqlQuery &q) {
                keepLatest(latest, q.value(0).toString(),
                    Decider { q.value(2).toString(), q.value(3).toString(), q.value(1).toString() });
            });
        !r)
        return r;
    m_deciders = std::move(latest);
    return true;
}

// ---- the guards, in operation order ------------------------------------------------------------

Result<OperationResult> PushBatch::judge(const Operation &op)
{
    // Seen before: answer what happened then ("team store committed but the answer was lost").
    if (auto seen = m_seen.constFind(op.id); seen != m_seen.cend())
        return *seen;
    m_decidedAt = op.decidedAtUtc;
    m_decidedIso = iso(op.decidedAtUtc);

    OperationResult result;
    result.operationId = op.id;
    result.appliedAtUtc = m_receivedAt.toUTC();
    auto visible = m_leads.find(op.leadId);
    std::optional<LeadRow> taken;
    if (visible == m_leads.end()) {
        // Invisible to this person: taken away from them (the new owner is known), or never theirs.
        if (auto owner = m_takenAwayOwners.constFind(key(op.leadId, op.actor));
            owner != m_takenAwayOwners.cend())
            taken = LeadRow { Stage::Mql, *owner, {}, 0 };
        else {
            result.status = ApplyStatus::Conflict;
            result.conflict = ConflictKind::LeadChanged;
            result.message = tr("Lead %1 no longer exists in the team store.").arg(op.leadId);
            return record(op, result, {});
        }
    }
    LeadRow &row = taken ? *taken : *visible;
    result.serverVersion = row.version;
    result.currentOwner = row.owner;
    const EventKind kind = eventKindFor(op.kind);

    // Guards, in the order a rep can act on: whose it is, whether it is still open, whether it changed.
    if (row.owner != op.actor) {
        result.status = ApplyStatus::Conflict;
        result.conflict = ConflictKind::Rerouted;
        result.message = tr("The lead was re-routed to %1 before this was synced.").arg(row.owner);
        return record(op, result, row.owner);
    }
    if (!LeadLifecycle::allows(row.stage, kind)) {
        result.status = ApplyStatus::Conflict;
        result.conflict = ConflictKind::AlreadyDecided;
        // Say who decided, so the rep knows whom to talk to.
        if (auto r = loadDeciders(); !r)
            return r.problems();
        QHash<QString, Decider> candidates;
        if (auto stored = m_deciders->constFind(op.leadId); stored != m_deciders->cend())
            keepLatest(candidates, op.leadId, *stored);
        if (auto inBatch = m_batchDeciders.constFind(op.leadId); inBatch != m_batchDeciders.cend())
            keepLatest(candidates, op.leadId, *inBatch);
        const QString by = candidates.value(op.leadId).repEmail;
        result.message = by.isEmpty()
            ? tr("The lead is already %1.").arg(stageDisplayName(row.stage))
            : tr("The lead is already %1: decided by %2.").arg(stageDisplayName(row.stage), by);
        return record(op, result, row.owner);
    }
    if (op.isDecision() && row.version != op.baseVersion) {
        result.status = ApplyStatus::Conflict;
        result.conflict = ConflictKind::LeadChanged;
        result.message = tr("The lead changed (version %1, you saw %2): look at it again.")
                             .arg(row.version)
                             .arg(op.baseVersion);
        return record(op, result, row.owner);
    }
    if (auto r = loadAttempts(); !r)
        return r.problems();
    QList<ContactAttempt> known;
    for (const AttemptRow &a : m_attempts->value(op.leadId))
        known << a.attempt;
    if (const Problems invalid = m_maker.revalidate(op, known); !invalid.isEmpty()) {
        result.status = ApplyStatus::Conflict;
        result.conflict = ConflictKind::Invalid;
        result.message = joinProblems(invalid);
        return record(op, result, row.owner);
    }

    const int versionBefore = row.version;
    Result<bool> applied = op.isDecision() ? applyDecision(op, row) : applyAttempt(op, row);
    if (!applied)
        return applied.problems();
    result.status = ApplyStatus::Applied;
    result.serverVersion = op.isDecision() ? versionBefore + 1 : versionBefore;
    return record(op, result, row.owner);
}

// ---- what an applied operation writes, collected for write() -----------------------------------

Result<bool> PushBatch::applyDecision(const Operation &op, LeadRow &row)
{
    const Disposition d = DispositionCodec::dispositionFromJson(op.payload);
    const QString reason = d.kind == DispositionKind::Reject ? d.reasonCode
        : d.kind == DispositionKind::NeedsInfo               ? d.missingItems.join(QLatin1Char(','))
                                               : (d.nextStep ? nextStepKindToString(*d.nextStep) : QString());
    Result<StageEvent> event = LeadLifecycle::apply(
        op.leadId, row.stage, eventKindFor(op.kind), op.decidedAtUtc, op.actor, reason);
    if (!event)
        return event.problems();
    // Later operations of the batch judge the lead as this one leaves it.
    row.stage = event->to;
    ++row.version;
    ++m_versionBumps[op.leadId];
    m_decisions.row()
        .text(op.id)
        .text(op.leadId)
        .text(op.actor)
        .text(dispositionKindToString(d.kind))
        .textOrNull(d.reasonCode)
        .textOrNull(d.reasonText)
        .textOrNull(d.nextStep ? nextStepKindToString(*d.nextStep) : QString())
        .textOrNull(iso(d.nextStepDueUtc))
        .textOrNull(d.note)
        .textOrNull(d.missingItems.join(QLatin1Char(',')))
        .text(m_decidedIso)
        .text(m_receivedIso)
        .text(StoreRows::json(op.snapshot));
    // Not written yet, so not in what loadDeciders() reads: kept for a later conflict's message.
    keepLatest(m_batchDeciders, op.leadId, Decider { m_receivedIso, op.id, op.actor });
    addEvent(*event, op.id);
    addChange(op.leadId, row.owner, row.teamId);
    return true;
}

Result<bool> PushBatch::applyAttempt(const Operation &op, const LeadRow &row)
{
    const ContactAttempt a = DispositionCodec::attemptFromJson(op.payload);
    Result<StageEvent> event = LeadLifecycle::apply(op.leadId, row.stage, EventKind::ContactAttempt,
        op.decidedAtUtc, op.actor, contactChannelToString(a.channel));
    if (!event)
        return event.problems();
    const QString &at = m_decidedIso;
    m_attemptsOut.row()
        .text(op.id)
        .text(op.leadId)
        .text(op.actor)
        .text(contactChannelToString(a.channel))
        .text(a.outcome)
        .text(m_decidedIso)
        .text(m_receivedIso);
    // Later decisions on the lead are validated with this attempt, in the stored order.
    QList<AttemptRow> &list = (*m_attempts)[op.leadId];
    const AttemptRow added { at, op.id,
        ContactAttempt { op.leadId, a.channel, a.outcome, LeadCodec::parseUtc(at), op.actor } };
    const auto after
        = std::upper_bound(list.begin(), list.end(), added, [](const AttemptRow &x, const AttemptRow &y) {
              return std::tie(x.at, x.operationId) < std::tie(y.at, y.operationId);
          });
    list.insert(after, added);
    addEvent(*event, op.id);
    // A touch does not change the version: it must not make the rep's pending decision conflict.
    addChange(op.leadId, row.owner, row.teamId);
    return true;
}

OperationResult PushBatch::record(const Operation &op, const OperationResult &result, const QString &owner)
{
    m_operations.row()
        .text(op.id)
        .text(op.leadId)
        .text(operationKindToString(op.kind))
        .text(op.actor)
        .integer(op.baseVersion)
        .text(m_decidedIso)
        .text(m_receivedIso)
        .text(applyStatusToString(result.status))
        .text(conflictKindToString(result.conflict))
        .text(result.message)
        .integer(result.serverVersion)
        .text(owner)
        .text(StoreRows::json(op.payload))
        .text(StoreRows::json(op.snapshot));
    // A second copy later in this batch is answered as a re-send would be.
    m_seen.insert(op.id,
        seenAnswer(op.id, applyStatusToString(result.status), conflictKindToString(result.conflict),
            result.message, result.serverVersion, owner, m_receivedIso));
    return result;
}

void PushBatch::addEvent(const StageEvent &event, const QString &operationId)
{
    m_events.row()
        .integer(m_events.size()) // ids follow the operations' order
        .text(event.leadId)
        .text(eventKindToString(event.kind))
        .text(stageToString(event.from))
        .text(stageToString(event.to))
        .text(event.at == m_decidedAt ? m_decidedIso : iso(event.at))
        .text(event.actor)
        // A missing reason is stored as "" (the column is NOT NULL).
        .text(event.reason.isNull() ? QString(QLatin1String("")) : event.reason)
        .text(operationId)
        .text(m_receivedIso);
}

void PushBatch::addChange(const QString &leadId, const QString &owner, const QString &teamId)
{
    m_changes.row()
        .integer(m_changes.size()) // sequence numbers follow the operations' order
        .text(leadId)
        .textOrNull(owner)
        .textOrNull(teamId)
        .text(m_receivedIso);
}

// ---- writes: one statement per table --------------------------------------------------------------

Result<bool> PushBatch::write()
{
    JsonRecordSet leads(m_db.isPostgres(), { Column { "id" }, Column { "stage" }, Column { "bump", kInt } });
    for (auto it = m_versionBumps.cbegin(); it != m_versionBumps.cend(); ++it)
        leads.row().text(it.key()).text(stageToString(m_leads.value(it.key()).stage)).integer(it.value());
    if (auto r = leads.run(m_db,
            QStringLiteral("UPDATE leads SET stage = r.stage, version = leads.version + r.bump "
                           "FROM %1 WHERE leads.id = r.id"));
        !r)
        return r;
    if (auto r = m_decisions.run(m_db,
            QStringLiteral(
                "INSERT INTO decisions (operation_id, lead_id, rep_email, kind, reason_code, "
                "reason_text, next_step, next_step_due, note, missing_items, decided_at, synced_at, "
                "snapshot) SELECT operation_id, lead_id, rep_email, kind, reason_code, reason_text, "
                "next_step, next_step_due, note, missing_items, decided_at, synced_at, snapshot "
                "FROM %1"));
        !r)
        return r;
    if (auto r = m_attemptsOut.run(m_db,
            QStringLiteral("INSERT INTO contact_attempts (operation_id, lead_id, rep_email, channel, "
                           "outcome, at, synced_at) SELECT operation_id, lead_id, rep_email, channel, "
                           "outcome, at, synced_at FROM %1"));
        !r)
        return r;
    if (auto r = m_events.run(m_db,
            QStringLiteral("INSERT INTO events (lead_id, kind, from_stage, to_stage, at, actor, reason, "
                           "operation_id, recorded_at) SELECT lead_id, kind, from_stage, to_stage, at, "
                           "actor, reason, operation_id, recorded_at FROM %1 ORDER BY n"));
        !r)
        return r;
    if (auto r = m_changes.run(m_db,
            QStringLiteral("INSERT INTO changes (lead_id, owner_email, previous_owner, team_id, at) "
                           "SELECT lead_id, owner_email, NULL, team_id, at FROM %1 ORDER BY n"));
        !r)
        return r;
    return m_operations.run(m_db,
        QStringLiteral(
            "INSERT INTO operations (id, lead_id, kind, actor, base_version, decided_at, received_at, "
            "status, conflict, message, server_version, owner_at_apply, payload, snapshot) "
            "SELECT id, lead_id, kind, actor, base_version, decided_at, received_at, status, "
            "conflict, message, server_version, owner_at_apply, payload, snapshot FROM %1"));
}

} // namespace sal::core
