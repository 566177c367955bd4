#pragma once

#include "domain/Result.h"
#include "store/LocalStore.h"
#include "store/TeamStore.h"
#include "sync/SyncStatus.h"

namespace sal::core {

class Clock;

// One sync round between a user's local store and the team store: push the outbox in batches,
// record each result (applied, duplicate, conflict), then pull every change since the checkpoint.
// It runs on whatever thread owns both stores; SyncService puts it on a worker thread.
class SyncEngine
{
public:
    SyncEngine(
        LocalStore &local, TeamStore &team, const Clock &clock, QString userEmail, int batchSize = 200);

    Result<SyncReport> push();
    Result<SyncReport> pull();
    Result<SyncReport> syncOnce(); // push, then pull

    // Where the pulled acceptance model (its JSON document) and its training time are kept in the
    // local store's meta table.
    inline static const QString kModelKey = QStringLiteral("acceptance_model");
    inline static const QString kModelTrainedAtKey = QStringLiteral("acceptance_model_trained_at");

private:
    LocalStore &m_local;
    TeamStore &m_team;
    const Clock &m_clock;
    QString m_user;
    int m_batchSize;
};

} // namespace sal::core
