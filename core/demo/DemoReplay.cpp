#include "demo/DemoReplay.h"

#include "store/SqlTeamStore.h"

#include <algorithm>
#include <numeric>

namespace sal::core {

namespace {
// How the replay writes to a SQL team store (SQLite or PostgreSQL):
//  - the writes between two pushes share one bulk transaction (push() opens its own transaction and
//    cannot join a bulk one, so the bulk transaction is committed before each push);
//  - commits do not wait for the disk while the demo is written (synchronous = NORMAL, which in
//    WAL mode still never corrupts the file; on PostgreSQL synchronous_commit = off for this
//    session); the store's own setting is restored at the end.
//    Thousands of pushes are thousands of commits, and with an fsync each the time depended on
//    whatever else the disk was doing;
//  - the foreign-key workaround in beforePush().
class SqliteBatching
{
    Q_DISABLE_COPY_MOVE(SqliteBatching)

public:
    explicit SqliteBatching(TeamStore &store)
        : m_store(dynamic_cast<SqlTeamStore *>(&store))
    {
        if (!m_store)
            return;
        if (m_store->database().isPostgres()) {
            // The same on a server: this session's commits do not wait for the disk (a crash can
            // lose the last ones, never corrupt anything); other sessions keep their setting.
            (void)m_store->database().exec(QStringLiteral("SET synchronous_commit TO off"));
            return;
        }
        if (Result<QVariant> level = m_store->database().scalar(QStringLiteral("PRAGMA synchronous"));
            level && level->isValid())
            m_synchronous = level->toInt();
        if (m_synchronous > 1)
            (void)m_store->database().exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    ~SqliteBatching()
    {
        if (!m_store)
            return;
        if (m_open)
            m_store->rollbackBulk();
        if (m_store->database().isPostgres())
            (void)m_store->database().exec(QStringLiteral("RESET synchronous_commit"));
        else if (m_synchronous > 1)
            (void)m_store->database().exec(QStringLiteral("PRAGMA synchronous = %1").arg(m_synchronous));
    }
    Result<bool> open()
    {
        if (!m_store || m_open)
            return true;
        Result<bool> r = m_store->beginBulk();
        m_open = r.ok();
        return r;
    }
    Result<bool> close()
    {
        if (!m_open)
            return true;
        m_open = false;
        return m_store->commitBulk();
    }
    // Workaround: SqliteTeamStore::push() writes a decision or attempt row before the operations
    // row it references, which an immediate foreign-key check refuses. Deferring the check to the
    // push's COMMIT (where it still runs, and passes) lets the real path work; SQLite switches the
    // setting off again at every commit. Harmless once push() writes the operation first.
    Result<bool> beforePush()
    {
        if (!m_store || m_store->database().isPostgres())
            return true;
        if (auto r = m_store->database().exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !r)
            return r.problems();
        return true;
    }

private:
    SqlTeamStore *m_store;
    bool m_open = false;
    int m_synchronous = 0; // the store's setting: 2 = FULL, 3 = EXTRA
};
} // namespace

Result<DemoReplayCounts> DemoReplay::run(TeamStore &store, const QList<DemoStep> &steps)
{
    // The team store's order: by time, then lead, then each lead's own order.
    QList<qint64> keys;
    keys.reserve(steps.size());
    for (const DemoStep &s : steps)
        keys << s.atUtc.toSecsSinceEpoch();
    QList<qsizetype> order(steps.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const DemoStep &x = steps.at(a);
        const DemoStep &y = steps.at(b);
        if (keys.at(a) != keys.at(b))
            return keys.at(a) < keys.at(b);
        if (x.leadIndex != y.leadIndex)
            return x.leadIndex < y.leadIndex;
        return x.sequence < y.sequence;
    });

    DemoReplayCounts counts;
    SqliteBatching bulk(store);
    for (const qsizetype i : order) {
        const DemoStep &step = steps.at(i);
        if (step.kind == DemoStep::Kind::Push) {
            if (auto r = bulk.close(); !r)
                return r.problems();
            if (auto r = bulk.beforePush(); !r)
                return r.problems();
            Result<QList<OperationResult>> results = store.push(step.operations, step.atUtc);
            if (!results)
                return results.problems();
            for (qsizetype k = 0; k < results->size(); ++k) {
                const OperationResult &result = results->at(k);
                if (result.status != ApplyStatus::Applied)
                    return Problem::forField(QStringLiteral("demo"),
                        tr("The team store did not apply demo operation %1 on lead %2: %3")
                            .arg(result.operationId, step.leadId, result.message));
                const Operation &op = step.operations.at(k);
                ++(op.isDecision() ? counts.decisions : counts.contactAttempts);
                ++counts.events;
            }
            continue;
        }
        if (auto r = bulk.open(); !r)
            return r.problems();
        Result<bool> written = true;
        switch (step.kind) {
        case DemoStep::Kind::PutLead:
            written = store.putLead(step.lead, step.events);
            counts.events += int(step.events.size());
            break;
        case DemoStep::Kind::Assign:
            written = store.assign(step.leadId, step.newOwner, step.actor, step.reason, step.atUtc);
            ++counts.events;
            break;
        case DemoStep::Kind::Event:
            written = store.appendEvent(step.leadId, step.event, step.actor, step.reason, step.atUtc);
            ++counts.events;
            break;
        case DemoStep::Kind::Push:
            break;
        }
        if (!written)
            return written.problems();
    }
    if (auto r = bulk.close(); !r)
        return r.problems();
    return counts;
}

} // namespace sal::core
