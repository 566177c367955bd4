#pragma once

#include "automation/LadderAction.h"
#include "policy/PolicySet.h"
#include "sync/SyncService.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>

class QThread;

namespace sal::core {

class Clock;

// Runs the escalation ladder for one team on a timer, as the app does for a signed-in manager.
// Each round runs on a worker thread with its own team store connection (SQLite connections are
// per thread), so the window never waits for it; the result comes back as a signal. A round that is
// due while the previous one still runs is skipped, not queued.
class EscalationService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationService)

public:
    // `openStore` opens a connection on the worker thread (the same factory the sync thread uses).
    EscalationService(SyncService::TeamStoreFactory openStore, PolicySet policy, QString teamId,
        const Clock &clock, QObject *parent = nullptr);
    ~EscalationService() override; // waits for a running round to end

    // First round at once, then every `interval`.
    void start(std::chrono::milliseconds interval);
    void stop();
    // A round now, unless one is running (then false).
    bool runNow();
    bool isRunning() const { return m_worker != nullptr; }

Q_SIGNALS:
    // What the round did (holds included: they explain why a lead stayed); `error` when it failed,
    // in which case nothing was written.
    void roundFinished(const QList<sal::core::LadderAction> &actions, const QString &error);

private:
    SyncService::TeamStoreFactory m_openStore;
    PolicySet m_policy;
    QString m_teamId;
    const Clock &m_clock;
    QTimer m_timer;
    QThread *m_worker = nullptr;
};

} // namespace sal::core
