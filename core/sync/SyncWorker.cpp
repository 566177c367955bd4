#include "sync/SyncWorker.h"

#include "sla/Clock.h"
#include "sync/SyncEngine.h"

namespace sal::core {

SyncWorker::SyncWorker(QString localStorePath, SyncService::TeamStoreFactory factory, const Clock &clock,
                       QString userEmail, SyncBackoff backoff)
    : m_localPath(std::move(localStorePath))
    , m_factory(std::move(factory))
    , m_clock(clock)
    , m_user(std::move(userEmail))
    , m_backoff(backoff)
{
}

void SyncWorker::start()
{
    // Created here so the timer belongs to the worker thread.
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::syncNow);
    syncNow();
}

bool SyncWorker::ensureOpen()
{
    if (!m_local) {
        Result<std::unique_ptr<LocalStore>> local = LocalStore::open(m_localPath);
        if (!local) {
            finishRound(false, joinProblems(local.problems()));
            return false;
        }
        m_local = std::move(local).value();
    }
    if (!m_team) {
        Result<std::unique_ptr<TeamStore>> team = m_factory();
        if (!team) {
            finishRound(false, joinProblems(team.problems()));
            return false;
        }
        m_team = std::move(team).value();
    }
    return true;
}

void SyncWorker::syncNow()
{
    m_status.state = SyncStatus::State::Syncing;
    Q_EMIT statusChanged(m_status);
    if (!ensureOpen())
        return;
    SyncEngine engine(*m_local, *m_team, m_clock, m_user);
    const Result<SyncReport> report = engine.syncOnce();
    if (!report) {
        // The connection may be what broke: open a fresh one next time.
        m_team.reset();
        finishRound(false, joinProblems(report.problems()));
        return;
    }
    // Before roundFinished, so a view has updated its rows when it hears the round is over.
    if (!report->changedLeadIds.isEmpty())
        Q_EMIT leadsChanged(report->changedLeadIds);
    finishRound(true, {});
}

void SyncWorker::finishRound(bool ok, const QString &error)
{
    m_failures = ok ? 0 : m_failures + 1;
    m_status.state = ok ? SyncStatus::State::Online : SyncStatus::State::Offline;
    m_status.lastError = error;
    if (ok)
        m_status.lastSuccessUtc = m_clock.nowUtc();
    if (m_local) {
        m_status.pending = m_local->pendingCount().value_or(m_status.pending);
        m_status.openConflicts = m_local->openConflictCount().value_or(m_status.openConflicts);
    }
    const int delay = m_backoff.delayAfter(m_failures);
    m_status.retryInSeconds = ok ? 0 : delay;
    if (m_timer)
        m_timer->start(delay * 1000);
    Q_EMIT statusChanged(m_status);
    Q_EMIT roundFinished(ok);
}

} // namespace sal::core
