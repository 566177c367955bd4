#pragma once

#include "domain/Result.h"
#include "store/TeamStore.h"
#include "sync/SyncBackoff.h"
#include "sync/SyncStatus.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace sal::core {

class Clock;
class SyncWorker;

// Runs sync off the caller's thread: a worker thread opens its own connections to the local store
// and the team store (one QSqlDatabase per thread), syncs periodically, backs off while the team
// store is unreachable, and reports its status through a signal the UI can bind to.
class SyncService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)

public:
    using TeamStoreFactory = std::function<Result<std::unique_ptr<TeamStore>>()>;

    SyncService(QString localStorePath, TeamStoreFactory teamStoreFactory, const Clock &clock, QString userEmail,
                SyncBackoff backoff = {}, QObject *parent = nullptr);
    ~SyncService() override;

    void start(); // first round at once, then periodic
    SyncStatus status() const { return m_status; }

public Q_SLOTS:
    void syncNow();

Q_SIGNALS:
    void statusChanged(const sal::core::SyncStatus &status);
    void roundFinished(bool ok);
    // The leads a round pulled, removed or got refused, emitted before its roundFinished.
    void leadsChanged(const QStringList &leadIds);

private:
    void onStatus(const SyncStatus &status);

    QThread m_thread;
    SyncWorker *m_worker = nullptr; // lives in m_thread, deleted when it finishes
    SyncStatus m_status;
};

} // namespace sal::core
