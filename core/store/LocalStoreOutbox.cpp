#include "store/LocalStore.h"

// The outbox half of LocalStore: recording decisions, what the sync engine sends and the answers it
// brings back, undo, and the conflicts the rep resolves. The cache and queue half is LocalStore.cpp.

#include "disposition/DispositionCodec.h"
#include "store/LeadCodec.h"
#include "store/StoreRows.h"

namespace sal::core {

namespace {
// Rows this device wrote get sequence numbers far above the team store's so both can coexist.
constexpr qint64 kLocalSeqBase = 1'000'000'000;

Operation operationFromRow(const QSqlQuery &q)
{
    // Column order of kOperationColumns.
    Operation op;
    op.id = q.value(0).toString();
    op.leadId = q.value(1).toString();
    op.kind = operationKindFromString(q.value(2).toString()).value_or(OperationKind::ContactAttempt);
    op.actor = q.value(3).toString();
    op.baseVersion = q.value(4).toInt();
    op.decidedAtUtc = LeadCodec::parseUtc(q.value(5).toString());
    op.payload = StoreRows::object(q.value(6).toString());
    op.snapshot = StoreRows::object(q.value(7).toString());
    return op;
}

const QString kOperationColumns = QStringLiteral(
    "o.operation_id, o.lead_id, o.kind, o.actor, o.base_version, o.decided_at, o.payload, o.snapshot");
} // namespace

// ---- decisions --------------------------------------------------------------------------------

Result<bool> LocalStore::record(const ValidatedOperation &validated)
{
    const Operation &op = validated.operation();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().problems();
    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral("INSERT INTO outbox (operation_id, lead_id, kind, actor, base_version, "
                       "decided_at, payload, snapshot) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"),
        { op.id, op.leadId, operationKindToString(op.kind), op.actor, op.baseVersion,
            LeadCodec::isoUtc(op.decidedAtUtc), StoreRows::json(op.payload), StoreRows::json(op.snapshot) });
    if (!inserted)
        return inserted.problems();
    inserted.value().next();
    const qint64 seq = kLocalSeqBase + inserted.value().value(0).toLongLong();
    inserted.value().finish();

    // Only the stage is needed: reading the whole cached lead would decode its context for nothing.
    Result<QVariant> stage
        = m_db.scalar(QStringLiteral("SELECT stage FROM leads WHERE id = ?"), { op.leadId });
    if (!stage)
        return stage.problems();
    const Stage from = stageFromString(stage->toString()).value_or(Stage::Mql);
    const EventKind kind = eventKindFor(op.kind);
    const StageEvent event { op.leadId, kind, from, validated.targetStage(), op.decidedAtUtc, op.actor,
        op.payload.value(QStringLiteral("reason")).toString() };
    if (auto r = m_db.run(
            QStringLiteral("INSERT INTO events (lead_id, seq, kind, from_stage, to_stage, at, actor, reason, "
                           "operation_id) VALUES (?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?)"),
            { event.leadId, seq, eventKindToString(event.kind), stageToString(event.from),
                stageToString(event.to), LeadCodec::isoUtc(event.at), event.actor, event.reason, op.id });
        !r)
        return r.problems();
    if (op.kind == OperationKind::ContactAttempt) {
        const ContactAttempt a = DispositionCodec::attemptFromJson(op.payload);
        if (auto r = m_db.run(
                QStringLiteral("INSERT INTO contact_attempts (lead_id, seq, channel, outcome, at, actor, "
                               "operation_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                { op.leadId, seq, contactChannelToString(a.channel), a.outcome,
                    LeadCodec::isoUtc(op.decidedAtUtc), op.actor, op.id });
            !r)
            return r.problems();
    }
    return tx.commit();
}

Result<QList<Operation>> LocalStore::pendingOperations(int limit)
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT ") + kOperationColumns
            + QStringLiteral(" FROM outbox o WHERE o.state = 'pending' ORDER BY o.seq LIMIT ?"),
        { limit });
    if (!q)
        return q.problems();
    QList<Operation> list;
    while (q.value().next())
        list << operationFromRow(q.value());
    return list;
}

Result<QList<LocalStore::OutboxEntry>> LocalStore::recentOperations(int limit)
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT ") + kOperationColumns
            + QStringLiteral(", o.state, o.synced_at FROM outbox o ORDER BY o.seq DESC LIMIT ?"),
        { limit });
    if (!q)
        return q.problems();
    QList<OutboxEntry> list;
    while (q.value().next())
        list << OutboxEntry { operationFromRow(q.value()), q.value().value(8).toString(),
            LeadCodec::parseUtc(q.value().value(9).toString()) };
    return list;
}

Result<int> LocalStore::pendingCount()
{
    Result<QVariant> v = m_db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'"));
    if (!v)
        return v.problems();
    return v->toInt();
}

Result<bool> LocalStore::applyResults(const QList<OperationResult> &results, const QDateTime &syncedAtUtc)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().problems();
    for (const OperationResult &r : results) {
        const bool conflict = r.status == ApplyStatus::Conflict;
        const QJsonObject answer { { QStringLiteral("status"), applyStatusToString(r.status) },
            { QStringLiteral("conflict"), conflictKindToString(r.conflict) },
            { QStringLiteral("server_version"), r.serverVersion },
            { QStringLiteral("owner"), r.currentOwner },
            { QStringLiteral("received_at"), LeadCodec::isoUtc(r.appliedAtUtc) } };
        if (auto u = m_db.run(
                QStringLiteral("UPDATE outbox SET state = ?, synced_at = ?, result = ?, tries = tries + 1 "
                               "WHERE operation_id = ? AND state = 'pending'"),
                { conflict ? QStringLiteral("conflict") : QStringLiteral("synced"),
                    LeadCodec::isoUtc(syncedAtUtc), StoreRows::json(answer), r.operationId });
            !u)
            return u.problems();
        if (conflict) {
            if (auto c = m_db.run(
                    QStringLiteral("INSERT OR IGNORE INTO conflicts (operation_id, lead_id, kind, message, "
                                   "detected_at) SELECT operation_id, lead_id, ?, ?, ? FROM outbox "
                                   "WHERE operation_id = ?"),
                    { conflictKindToString(r.conflict), r.message, LeadCodec::isoUtc(syncedAtUtc),
                        r.operationId });
                !c)
                return c.problems();
        }
    }
    if (auto m = m_db.run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('last_push', ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            { LeadCodec::isoUtc(syncedAtUtc) });
        !m)
        return m.problems();
    return tx.commit();
}

Result<bool> LocalStore::noteFailedTry(const QString &error)
{
    if (auto r = m_db.run(
            QStringLiteral("UPDATE outbox SET tries = tries + 1, last_error = ? WHERE state = 'pending'"),
            { error });
        !r)
        return r.problems();
    return true;
}

Result<bool> LocalStore::retract(const QString &operationId)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().problems();
    Result<int> removed = m_db.run(
        QStringLiteral("DELETE FROM outbox WHERE operation_id = ? AND state = 'pending'"), { operationId });
    if (!removed)
        return removed.problems();
    if (*removed == 0)
        return Problem::forField(
            QStringLiteral("undo"), tr("This decision was already sent to the team store."));
    for (const char *table : { "events", "contact_attempts" }) {
        if (auto r
            = m_db.run(QStringLiteral("DELETE FROM %1 WHERE operation_id = ?").arg(QLatin1String(table)),
                { operationId });
            !r)
            return r.problems();
    }
    return tx.commit();
}

// ---- conflicts --------------------------------------------------------------------------------

Result<QList<Conflict>> LocalStore::conflicts(bool openOnly)
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT ") + kOperationColumns
        + QStringLiteral(", c.kind, c.message, c.detected_at, c.resolution FROM conflicts c "
                         "JOIN outbox o ON o.operation_id = c.operation_id ")
        + (openOnly ? QStringLiteral("WHERE c.resolution = 'open' ") : QString())
        + QStringLiteral("ORDER BY c.detected_at, o.seq"));
    if (!q)
        return q.problems();
    QList<Conflict> list;
    while (q.value().next()) {
        Conflict c;
        c.operation = operationFromRow(q.value());
        c.kind = conflictKindFromString(q.value().value(8).toString()).value_or(ConflictKind::None);
        c.message = q.value().value(9).toString();
        c.detectedAtUtc = LeadCodec::parseUtc(q.value().value(10).toString());
        c.resolution = q.value().value(11).toString();
        list << c;
    }
    return list;
}

Result<int> LocalStore::openConflictCount()
{
    Result<QVariant> v
        = m_db.scalar(QStringLiteral("SELECT count(*) FROM conflicts WHERE resolution = 'open'"));
    if (!v)
        return v.problems();
    return v->toInt();
}

namespace {
Result<bool> resolve(
    SqlDatabase &db, const QString &operationId, const QString &resolution, const QDateTime &nowUtc)
{
    Transaction tx(db);
    if (!tx.started())
        return tx.started().problems();
    Result<int> changed = db.run(QStringLiteral("UPDATE conflicts SET resolution = ?, resolved_at = ? "
                                                "WHERE operation_id = ? AND resolution = 'open'"),
        { resolution, LeadCodec::isoUtc(nowUtc), operationId });
    if (!changed)
        return changed.problems();
    if (*changed == 0)
        return Problem::forField(QStringLiteral("conflict"),
            LocalStore::tr("No open conflict for operation %1.").arg(operationId));
    if (auto r = db.run(QStringLiteral("UPDATE outbox SET state = ? WHERE operation_id = ?"),
            { resolution, operationId });
        !r)
        return r.problems();
    // The refused decision's local event no longer describes the lead.
    if (auto r = db.run(QStringLiteral("DELETE FROM events WHERE operation_id = ?"), { operationId }); !r)
        return r.problems();
    return tx.commit();
}
} // namespace

Result<bool> LocalStore::discardConflict(const QString &operationId, const QDateTime &nowUtc)
{
    return resolve(m_db, operationId, QStringLiteral("discarded"), nowUtc);
}

Result<bool> LocalStore::markReapplied(const QString &operationId, const QDateTime &nowUtc)
{
    return resolve(m_db, operationId, QStringLiteral("reapplied"), nowUtc);
}

} // namespace sal::core
