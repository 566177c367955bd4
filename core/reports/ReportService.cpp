#include "reports/ReportService.h"

#include "sla/Clock.h"
#include "store/SqlTeamStore.h"

#include <QThread>

namespace sal::core {

ReportService::ReportService(SyncService::TeamStoreFactory openStore, PolicySet policy, ReportCatalog catalog,
    const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_openStore(std::move(openStore))
    , m_policy(std::move(policy))
    , m_catalog(std::move(catalog))
    , m_clock(clock)
{ }

ReportService::~ReportService()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

ReportService::Outcome ReportService::runOn(SqlTeamStore &store, const PolicySet &policy,
    const ReportCatalog &catalog, const Request &request, const QDateTime &nowUtc,
    const std::function<void(int, int, QString)> &progress)
{
    Outcome outcome;
    const Result<QList<Team>> teams = store.teams();
    if (!teams) {
        outcome.error = joinProblems(teams.problems());
        return outcome;
    }
    const QTimeZone zone = ReportScope::reportZone(policy, *teams, request.teamId);
    const Result<ReportPeriod> period
        = ReportPeriod::parse(request.period, nowUtc, zone, QStringLiteral("period"));
    if (!period) {
        outcome.error = joinProblems(period.problems());
        return outcome;
    }
    outcome.periodLabel = period->label();
    outcome.startUtc = period->startUtc();
    outcome.endUtc = period->endUtc();
    Result<ReportScope> scope
        = ReportScope::prepare(store.database(), policy, *teams, request.teamId, nowUtc, *period);
    if (!scope) {
        outcome.error = joinProblems(scope.problems());
        return outcome;
    }
    const QStringList ids = request.reports.isEmpty() ? catalog.ids() : request.reports;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const TeamReport *report = catalog.find(ids.at(i));
        if (!report) {
            outcome.error = tr("unknown report \"%1\"").arg(ids.at(i));
            return outcome;
        }
        if (progress)
            progress(int(i), int(ids.size()), report->title());
        Result<ReportTable> table = report->run(*scope);
        if (!table) {
            outcome.error = joinProblems(table.problems());
            return outcome;
        }
        outcome.tables << std::move(table).value();
    }
    if (progress)
        progress(int(ids.size()), int(ids.size()), QString());
    return outcome;
}

void ReportService::run(const Request &request)
{
    if (m_worker) {
        m_waiting = request;
        return;
    }
    start(request);
}

void ReportService::start(const Request &request)
{
    auto outcome = std::make_shared<Outcome>();
    const QDateTime now = m_clock.nowUtc();
    m_worker = QThread::create([this, outcome, open = m_openStore, request, now]() mutable {
        Result<std::unique_ptr<TeamStore>> store = open();
        auto *sql = store ? dynamic_cast<SqlTeamStore *>(store->get()) : nullptr;
        if (!sql) {
            outcome->error
                = store ? tr("this team store cannot run reports") : joinProblems(store.problems());
            return;
        }
        // The policy and catalog are only read, never changed, while a worker runs.
        *outcome = runOn(
            *sql, m_policy, m_catalog, request, now, [this](int done, int total, const QString &title) {
                QMetaObject::invokeMethod(
                    this, [this, done, total, title] { Q_EMIT progress(done, total, title); },
                    Qt::QueuedConnection);
            });
    });
    // QThread::finished is emitted on the worker; the connection delivers it here, on our thread.
    connect(m_worker, &QThread::finished, this, [this, outcome] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (m_waiting) { // this result is already stale: only the newest request is delivered
            const Request next = *m_waiting;
            m_waiting.reset();
            start(next);
            return;
        }
        Q_EMIT finished(*outcome);
    });
    m_worker->start();
}

} // namespace sal::core
