#include "automation/EscalationService.h"

#include "automation/EscalationLadder.h"
#include "insight/AcceptanceTraining.h"
#include "sla/Clock.h"
#include "store/SqlTeamStore.h"
#include "store/TeamStore.h"

#include <QThread>

namespace sal::core {

namespace {
struct RoundOutcome
{
    QList<LadderAction> actions;
    QString error;
};

// One round on the worker thread: open, plan, apply, close. Nothing here touches the caller's objects.
RoundOutcome runRound(SyncService::TeamStoreFactory &openStore, const PolicySet &policy,
    const QString &teamId, const QDateTime &now)
{
    RoundOutcome outcome;
    Result<std::unique_ptr<TeamStore>> store = openStore();
    if (!store) {
        outcome.error = joinProblems(store.problems());
        return outcome;
    }
    EscalationLadder ladder(**store, policy);
    Result<QList<LadderAction>> plan = ladder.plan(now, teamId);
    if (!plan) {
        outcome.error = joinProblems(plan.problems());
        return outcome;
    }
    if (Result<int> done = ladder.apply(*plan, now); !done) {
        outcome.error = joinProblems(done.problems());
        return outcome;
    }
    outcome.actions = *plan;
    // The acceptance model retrains itself here once enough new decisions arrived (insight.json's
    // retrain_after_decisions), on the same worker connection. A failure (too few decisions yet)
    // keeps the stored model; the round's report stays the ladder's, and `salctl insight train`
    // says why training did not run.
    if (auto *sql = dynamic_cast<SqlTeamStore *>(store.value().get())) {
        // On PostgreSQL a model is stored in the connected person's name (row-level security).
        const QString login = sql->database().handle().userName();
        const QString who = login.isEmpty() ? QStringLiteral("system:automation") : login;
        const Result<std::optional<AcceptanceModel>> trained
            = AcceptanceTraining(**store, sql->database(), policy)
                  .trainIfDue(who, now, policy.insight.retrainAfterDecisions);
        Q_UNUSED(trained);
    }
    return outcome;
}
} // namespace

EscalationService::EscalationService(SyncService::TeamStoreFactory openStore, PolicySet policy,
    QString teamId, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_openStore(std::move(openStore))
    , m_policy(std::move(policy))
    , m_teamId(std::move(teamId))
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &EscalationService::runNow);
}

EscalationService::~EscalationService()
{
    m_timer.stop();
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void EscalationService::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    runNow();
}

void EscalationService::stop()
{
    m_timer.stop();
}

bool EscalationService::runNow()
{
    if (m_worker)
        return false;
    auto outcome = std::make_shared<RoundOutcome>();
    const QDateTime now = m_clock.nowUtc();
    m_worker = QThread::create([outcome, open = m_openStore, policy = m_policy, team = m_teamId,
                                   now]() mutable { *outcome = runRound(open, policy, team, now); });
    // QThread::finished is emitted on the worker; the connection delivers it here, on our thread.
    connect(m_worker, &QThread::finished, this, [this, outcome] {
        m_worker->deleteLater();
        m_worker = nullptr;
        Q_EMIT roundFinished(outcome->actions, outcome->error);
    });
    m_worker->start();
    return true;
}

} // namespace sal::core
