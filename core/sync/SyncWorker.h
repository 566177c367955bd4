#pragma once

#include "store/LocalStore.h"
#include "sync/SyncService.h"

#include <QTimer>

namespace sal::core {

// SyncService's half on the worker thread. Owns the connections and the retry timer.
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString localStorePath, SyncService::TeamStoreFactory factory, const Clock &clock, QString userEmail,
               SyncBackoff backoff);

public Q_SLOTS:
    void start();
    void syncNow();

Q_SIGNALS:
    void statusChanged(const sal::core::SyncStatus &status);
    void roundFinished(bool ok);
    void leadsChanged(const QStringList &leadIds);

private:
    bool ensureOpen();
    void finishRound(bool ok, const QString &error);

    QString m_localPath;
    SyncService::TeamStoreFactory m_factory;
    const Clock &m_clock;
    QString m_user;
    SyncBackoff m_backoff;
    std::unique_ptr<LocalStore> m_local;
    std::unique_ptr<TeamStore> m_team;
    QTimer *m_timer = nullptr;
    int m_failures = 0;
    SyncStatus m_status;
};

} // namespace sal::core
