#include "bench/ReportsBench.h"

#include "bench/ReferenceCommand.h"
#include "bench/ReferenceScript.h"
#include "bench/ReportBenchData.h"
#include "bench/ReportReferenceSql.h"
#include "bench/ScratchPgCluster.h"
#include "bench/StepBarrier.h"
#include "policy/PolicySet.h"
#include "reports/ReportCatalog.h"
#include "sla/Clock.h"
#include "store/PgTeamStore.h"
#include "store/SqliteTeamStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QTemporaryDir>
#include <QThread>
#include <cmath>
#include <memory>

namespace sal::core {

namespace {
const QString kDatabase = QStringLiteral("salreports");

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

QString ReportsBench::summary() const
{
    return tr("Reports: every manager report over N decisions, 100 reps, 12 months, on SQLite and "
              "PostgreSQL, against hand-written SQL in sqlite3 and psql.");
}

Result<bool> ReportsBench::measure(SqlTeamStore &store, const PolicySet &policy, const QString &engine,
    int size, const QString &scriptDir, const Reference &reference, StepBarrier &inStep,
    BenchOutcome &outcome) const
{
    const QDateTime now = m_clock.nowUtc();
    const QString count = QLocale::c().toString(size);
    QElapsedTimer timer;
    timer.start();
    if (auto r = ReportBenchData::generate(store, size, now); !r)
        return r;
    const double generateMs = msSince(timer);
    SqlDatabase &db = store.database();
    timer.restart();
    // Statistics for both sides' planners (VACUUM also sets PostgreSQL's visibility map).
    if (auto r = db.exec(db.isPostgres() ? QStringLiteral("VACUUM ANALYZE") : QStringLiteral("ANALYZE")); !r)
        return r.problems();
    // The load went through SQLite's WAL (a gigabyte at full size): move it into the database file,
    // as a long-running team store would have, so neither side reads every page through the WAL.
    if (!db.isPostgres()) {
        if (auto r = db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r)
            return r.problems();
    }
    outcome.figures << BenchFigure { name(),
        tr("%1: generate %2 decisions in the database").arg(engine, count), generateMs, QStringLiteral("ms"),
        {}, {}, {}, {} };
    outcome.figures << BenchFigure { name(), tr("%1: analyze").arg(engine), msSince(timer),
        QStringLiteral("ms"), {}, {}, {}, {} };

    const Result<QList<Team>> teams = store.teams();
    if (!teams)
        return teams.problems();
    const QTimeZone zone = ReportScope::reportZone(policy, *teams, {});
    const ReportPeriod period = ReportPeriod::days(now.date().addDays(-365), now.date(), zone);
    // The scope (session tables: calendar spans, tiers, buckets) is prepared once per refresh, as
    // the panel does (ReportService::runOn), and timed on its own; each report is then its SQL, the
    // rows read through Qt's driver and the table built.
    timer.restart();
    Result<ReportScope> scope = ReportScope::prepare(db, policy, *teams, {}, now, period);
    if (!scope)
        return scope.problems();
    outcome.figures << BenchFigure { name(), tr("%1: prepare the report scope").arg(engine), msSince(timer),
        QStringLiteral("ms"), {}, {}, {}, {} };
    // The reference's calendar, tier and bucket tables: copies of what the scope computed.
    for (const QString &sql : ReportReferenceSql::setup(db.isPostgres())) {
        if (auto r = db.exec(sql); !r)
            return r.problems();
    }
    const ReportReferenceSql::Inputs in { period.startUtc(), period.endUtc(), now, scope->weekStartUtc(now),
        scope->weekStartUtc(period.endUtc().addSecs(-1)), scope->defaultResponseSecs(),
        int(std::llround(policy.sla.atRiskShare * 1000)), qint64(policy.reports.lateSyncMinutes) * 60 };

    const ReportCatalog catalog = standardReportCatalog();
    const QString label = db.isPostgres() ? tr("psql, hand-written SQL") : tr("sqlite3, hand-written SQL");
    for (const auto &report : catalog.reports()) {
        inStep.arrive();
        timer.restart();
        const Result<ReportTable> table = report->run(*scope);
        if (!table)
            return table.problems();
        const double oursMs = msSince(timer);
        ++outcome.work;

        BenchFigure figure { name(), tr("%1: %2 (%3 decisions)").arg(engine, report->id(), count), oursMs,
            QStringLiteral("ms"), {}, {}, 1.5, {} };
        const QString sql = ReportReferenceSql::script(report->id(), in);
        if (sql.isEmpty()) {
            inStep.arrive();
            figure.targetRatio.reset();
            outcome.notes << tr("%1 has no hand-written reference yet.").arg(report->id());
        } else {
            ReferenceScript script(QDir(scriptDir).filePath(report->id() + QStringLiteral(".sql")));
            if (!script.isOpen())
                return Problem::at(script.path(), {}, tr("cannot write the reference script"));
            // The reference gets the reports' own session setting (no JIT on PostgreSQL, the file
            // mapped on SQLite).
            script.line(ReportScope::sessionSetting(db.isPostgres()) + QLatin1Char(';'));
            if (db.isPostgres())
                script.line(QStringLiteral("\\timing on"));
            script.line(sql);
            script.close();
            inStep.arrive();
            const Result<double> seconds = reference(script.path());
            if (!seconds)
                return seconds.problems();
            figure.reference = *seconds * 1000;
            figure.referenceLabel = label;
        }
        outcome.figures << figure;
    }
    return true;
}

Result<bool> ReportsBench::runSqlite(
    int size, const QString &folder, StepBarrier &inStep, BenchOutcome &outcome) const
{
    const DispositionValidator validator(m_policy.reasons);
    const QString path = QDir(folder).filePath(QStringLiteral("reports.sqlite"));
    auto store = SqliteTeamStore::open(path, validator);
    if (!store)
        return store.problems();
    // Scratch data: no fsync while loading (the loading is one transaction anyway).
    (void)(*store)->database().exec(QStringLiteral("PRAGMA synchronous = OFF"));
    const ReferenceCommand shell = ReferenceCommand::sqlite3(path);
    return measure(
        **store, m_policy, QStringLiteral("SQLite"), size, folder,
        [&](const QString &script) { return shell.time(script); }, inStep, outcome);
}

Result<bool> ReportsBench::runPostgres(
    int size, const QString &folder, StepBarrier &inStep, BenchOutcome &outcome) const
{
    const DispositionValidator validator(m_policy.reasons);
    ScratchPgCluster cluster;
    QString error;
    if (!cluster.startWithDatabase(kDatabase, &error))
        return Problem::at(QStringLiteral("postgresql"), {}, error);
    auto store = PgTeamStore::open(
        PgConnectionInfo::parse(cluster.address(kDatabase, QStringLiteral("postgres"))).value(), validator,
        PgTeamStore::Schema::Upgrade);
    if (!store)
        return store.problems();
    const ReferenceCommand shell = ReferenceCommand::psql(cluster, kDatabase);
    return measure(
        **store, m_policy, QStringLiteral("PostgreSQL"), size, folder,
        [&](const QString &script) { return shell.timeReported(script); }, inStep, outcome);
}

Result<BenchOutcome> ReportsBench::run(int size)
{
    QTemporaryDir dir;
    const QString sqliteFolder = dir.filePath(QStringLiteral("sqlite"));
    const QString pgFolder = dir.filePath(QStringLiteral("postgresql"));
    if (!dir.isValid() || !QDir().mkpath(sqliteFolder) || !QDir().mkpath(pgFolder))
        return Problem::at(dir.path(), {}, tr("cannot make a temporary folder"));

    // The engines run side by side, one per core of a 2-core machine: one at a time they took 17
    // minutes at 1,000,000 decisions, more than `bench all` has. Side by side they slow each other
    // down (a report beside the other engine's heaviest took twice its time alone), so they go in
    // step (StepBarrier): each report runs while the other engine runs the same report, and each
    // reference while the other runs that reference, so both sides of a ratio are slowed alike.
    // Each half has its own connection, in its own thread; nothing is shared but the disk.
    BenchOutcome sqlite, postgres;
    Result<bool> sqliteDone = true;
    StepBarrier inStep(2);
    const std::unique_ptr<QThread> sqliteHalf(QThread::create([&] {
        sqliteDone = runSqlite(size, sqliteFolder, inStep, sqlite);
        inStep.leave();
    }));
    sqliteHalf->start();
    const Result<bool> postgresDone = runPostgres(size, pgFolder, inStep, postgres);
    inStep.leave();
    sqliteHalf->wait();
    if (!sqliteDone)
        return sqliteDone.problems();
    if (!postgresDone)
        return postgresDone.problems();

    BenchOutcome outcome;
    outcome.figures = sqlite.figures + postgres.figures;
    outcome.work = sqlite.work + postgres.work;
    outcome.notes = sqlite.notes + postgres.notes;
    outcome.notes << tr("reports: ours is the report as the panel runs it once its scope is prepared (SQL, "
                        "rows read through Qt's driver, the table built); the reference is its aggregate "
                        "by hand in the shell (psql's own timing; sqlite3 less its start-up), over the "
                        "same 12 months, as the database superuser (no row-level security) on both sides. "
                        "SQLite and PostgreSQL run side by side, one core each, in step: each report and "
                        "each reference beside the other engine's same one.");
    return outcome;
}

} // namespace sal::core
