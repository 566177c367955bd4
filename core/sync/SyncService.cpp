#include "sync/SyncService.h"

#include "sync/SyncWorker.h"

namespace sal::core {

SyncService::SyncService(QString localStorePath, TeamStoreFactory teamStoreFactory, const Clock &clock,
                         QString userEmail, SyncBackoff backoff, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<sal::core::SyncStatus>();
    m_thread.setObjectName(QStringLiteral("sal-sync"));
    m_worker = new SyncWorker(std::move(localStorePath), std::move(teamStoreFactory), clock, std::move(userEmail), backoff);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::statusChanged, this, &SyncService::onStatus);
    connect(m_worker, &SyncWorker::leadsChanged, this, &SyncService::leadsChanged);
    connect(m_worker, &SyncWorker::roundFinished, this, &SyncService::roundFinished);
    m_thread.start();
}

SyncService::~SyncService()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncService::start()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::start, Qt::QueuedConnection);
}

void SyncService::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void SyncService::onStatus(const SyncStatus &status)
{
    m_status = status;
    Q_EMIT statusChanged(status);
}

} // namespace sal::core
