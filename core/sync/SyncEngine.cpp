#include "sync/SyncEngine.h"

#include "sla/Clock.h"

#include <QHash>

namespace sal::core {

SyncEngine::SyncEngine(
    LocalStore &local, TeamStore &team, const Clock &clock, QString userEmail, int batchSize)
    : m_local(local)
    , m_team(team)
    , m_clock(clock)
    , m_user(std::move(userEmail))
    , m_batchSize(batchSize)
{ }

Result<SyncReport> SyncEngine::push()
{
    SyncReport report;
    for (;;) {
        Result<QList<Operation>> batch = m_local.pendingOperations(m_batchSize);
        if (!batch)
            return batch.problems();
        if (batch->isEmpty())
            return report;
        Result<QList<OperationResult>> results = m_team.push(*batch, m_clock.nowUtc());
        if (!results) {
            // Nothing is lost: the operations stay pending and go again next round.
            (void)m_local.noteFailedTry(joinProblems(results.problems()));
            return results.problems();
        }
        if (auto r = m_local.applyResults(*results, m_clock.nowUtc()); !r)
            return r.problems();
        report.pushed += int(batch->size());
        QHash<QString, QString> leadOf;
        for (const Operation &op : *batch)
            leadOf.insert(op.id, op.leadId);
        for (const OperationResult &r : *results) {
            report.applied += r.status == ApplyStatus::Applied;
            report.duplicates += r.status == ApplyStatus::Duplicate;
            report.conflicts += r.status == ApplyStatus::Conflict;
            if (r.status == ApplyStatus::Conflict)
                report.changedLeadIds << leadOf.value(r.operationId);
        }
    }
}

Result<SyncReport> SyncEngine::pull()
{
    SyncReport report;
    Result<qint64> since = m_local.checkpoint();
    if (!since)
        return since.problems();
    report.checkpoint = *since;
    // One fsync per round rather than per batch (LocalStore::beginPullRound); what was written
    // before a failure of the team store is committed with its checkpoint, never lost.
    m_local.beginPullRound();
    for (;;) {
        Result<ChangeBatch> batch = m_team.pull(m_user, report.checkpoint, m_batchSize);
        if (!batch) {
            (void)m_local.endPullRound();
            return batch.problems();
        }
        if (auto r = m_local.applyPull(*batch, m_clock.nowUtc()); !r)
            return r.problems();
        report.pulledLeads += int(batch->upserts.size());
        for (const LeadSnapshot &snapshot : batch->upserts)
            report.changedLeadIds << snapshot.lead.id;
        report.changedLeadIds << batch->removedLeadIds;
        report.removedLeads += int(batch->removedLeadIds.size());
        report.checkpoint = batch->nextSequence;
        if (!batch->more)
            break;
    }
    if (auto r = m_local.endPullRound(); !r)
        return r.problems();
    // The acceptance model travels with the pull, so the rep sees likelihoods offline too; it is
    // fetched only when the team store holds a newer one than this device.
    Result<QString> have = m_local.meta(kModelTrainedAtKey);
    if (!have)
        return have.problems();
    Result<std::optional<StoredAcceptanceModel>> model
        = m_team.latestAcceptanceModel(QDateTime::fromString(*have, Qt::ISODate));
    if (!model)
        return model.problems();
    if (model->has_value()) {
        // The document first: a failure between the two writes only makes the next pull fetch it again.
        if (auto r = m_local.setMeta(kModelKey, (*model)->document); !r)
            return r.problems();
        if (auto r
            = m_local.setMeta(kModelTrainedAtKey, (*model)->trainedAtUtc.toUTC().toString(Qt::ISODate));
            !r)
            return r.problems();
        report.modelUpdated = true;
    }
    if (auto r = m_local.checkpointWal(); !r)
        return r.problems();
    return report;
}

Result<SyncReport> SyncEngine::syncOnce()
{
    Result<SyncReport> pushed = push();
    if (!pushed)
        return pushed;
    Result<SyncReport> pulled = pull();
    if (!pulled)
        return pulled;
    SyncReport report = *pushed;
    report.pulledLeads = pulled->pulledLeads;
    report.removedLeads = pulled->removedLeads;
    report.checkpoint = pulled->checkpoint;
    report.changedLeadIds << pulled->changedLeadIds;
    report.changedLeadIds.removeDuplicates();
    report.modelUpdated = pulled->modelUpdated;
    return report;
}

} // namespace sal::core
