// The reports at scale: a SQLite team store with decisions by 100 reps in four teams over 12 months,
// generated in one transaction of prepared INSERT … SELECT statements, then every report of the
// catalog over the last quarter, and acceptance by source and the rep SLA report over all 12 months.
// Prints the wall and CPU time of each report, the rows it returned (groups, not decisions), the peak
// resident memory before and after (flat: nothing is loaded row by row) and the query plan of one
// report (the indexes of migration 5). Asserts only that the work was really done.
//
// CI runs 200,000 decisions so the bench stays within its time budget; SAL_BENCH_DECISIONS=1000000
// runs the full size (several minutes: see the README).

#include "reports/ReportCatalog.h"
#include "support/SyncFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <ctime>

using namespace sal::core;
using namespace sal::test;

namespace {
// Processor time since `since`: on a shared machine wall time also counts other processes' work.
double cpuMs(std::clock_t since)
{
    return 1000.0 * double(std::clock() - since) / CLOCKS_PER_SEC;
}

qint64 statusKiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class bench_TeamReports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PolicySet m_policy;
    std::unique_ptr<SqliteTeamStore> m_store;
    const QDateTime m_now = utc("2026-11-30T20:00:00Z");

    // The team through the store's API; the volume in one transaction of INSERT … SELECT statements
    // (prepared, values bound) over a numbered series, so a million decisions take seconds.
    void generate(int decisions)
    {
        const QStringList teams { QStringLiteral("na"), QStringLiteral("latam"), QStringLiteral("emea"),
            QStringLiteral("dach") };
        for (int t = 0; t < teams.size(); ++t) {
            QVERIFY_OK(m_store->putTeam(Team { teams.at(t), teams.at(t).toUpper(),
                QStringLiteral("manager.%1@bench.example").arg(teams.at(t)),
                t < 2 ? QStringLiteral("new_york") : QStringLiteral("berlin"), false }));
        }
        for (int r = 0; r < 100; ++r) {
            const QString email = QStringLiteral("rep%1@bench.example").arg(r, 3, 10, QLatin1Char('0'));
            QVERIFY_OK(m_store->putPerson(Rep {
                email, QStringLiteral("Rep %1").arg(r), teams.at(r % 4), Role::Rep, {}, 25, true, false }));
        }
        SqlDatabase &db = m_store->database();
        const qint64 now = m_now.toSecsSinceEpoch();
        const qint64 yearAgo = now - 365LL * 86400;
        const int open = 2000;
        // Scratch data: no fsync while loading (one transaction anyway); FULL again for the reports.
        QVERIFY_OK(db.exec(QStringLiteral("PRAGMA synchronous = OFF")));
        QVERIFY_OK(db.begin());
        // One row per lead: rep, outcome roll, tier, source, campaign, routing and decision times.
        QVERIFY_OK(db.run(QStringLiteral("CREATE TEMP TABLE bench_rows AS WITH RECURSIVE n(i) AS (SELECT 0 "
                                         "UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?) "
                                         "SELECT i, (i * 40503 + 17) % 100 AS r, ((i * 2654435761) / 7) % "
                                         "100 AS k, (i * 97) % 4 AS t, "
                                         "(i * 31 + i / 7) % 6 AS s, (i * 13 + i / 3) % 20 AS c, ((i * "
                                         "2654435761) / 13) % 100 AS late, "
                                         "CASE WHEN i >= ? THEN ? - (i * 2246822519) % 259200 ELSE ? + (i * "
                                         "2246822519) % 31276800 END AS routed, "
                                         "(i * 3266489917) % 216000 AS delay, i >= ? AS is_open FROM n"),
            { decisions + open, decisions, now, yearAgo, decisions }));
        const QString iso = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', %1, 'unixepoch')");
        const QString rep = QStringLiteral("printf('rep%03d@bench.example', r)");
        const QString id = QStringLiteral("printf('B%08d', i)");
        QVERIFY_OK(db.run(QStringLiteral(
            "INSERT INTO leads (id, stage, owner_email, team_id, tier, source, campaign, score, created_at, "
            "mql_at, routed_at, version, context) SELECT %1, CASE WHEN is_open THEN 'mql' WHEN k < 62 THEN "
            "'sal' WHEN k < 95 THEN 'rejected' ELSE 'needs_info' END, %2, CASE r % 4 WHEN 0 THEN 'na' "
            "WHEN 1 THEN 'latam' WHEN 2 THEN 'emea' ELSE 'dach' END, CASE t WHEN 0 THEN 'hot' WHEN 1 "
            "THEN 'low' ELSE 'standard' END, CASE s WHEN 0 THEN 'webinar' WHEN 1 THEN 'demo_request' "
            "WHEN 2 THEN 'content_download' WHEN 3 THEN 'trade_show' WHEN 4 THEN 'partner' ELSE "
            "'pricing_page' END, 'Campaign ' || c, 50, %3, %4, %4, 1, '{}' FROM bench_rows")
                              .arg(id, rep, iso.arg(QStringLiteral("routed - 3600")),
                                  iso.arg(QStringLiteral("routed")))));
        QVERIFY_OK(db.run(QStringLiteral(
            "INSERT INTO decisions (operation_id, lead_id, rep_email, kind, reason_code, reason_text, "
            "decided_at, synced_at) SELECT 'op-' || %1, %1, %2, CASE WHEN k < 62 THEN 'accept' WHEN k < 95 "
            "THEN 'reject' ELSE 'needs_info' END, CASE WHEN k >= 62 AND k < 95 THEN CASE (i * 7) % 11 "
            "WHEN 0 THEN 'wrong_territory' WHEN 1 THEN 'wrong_rep' WHEN 2 THEN 'bad_contact_data' WHEN 3 "
            "THEN 'duplicate' WHEN 4 THEN 'existing_customer' WHEN 5 THEN 'wrong_persona' WHEN 6 THEN "
            "'company_too_small' WHEN 7 THEN 'outside_icp' WHEN 8 THEN 'competitor' WHEN 9 THEN "
            "'no_authority' ELSE 'other' END END, CASE WHEN k >= 62 AND k < 95 AND (i * 7) % 11 = 10 "
            "THEN 'No budget this year' END, %3, %4 FROM bench_rows WHERE NOT is_open")
                              .arg(id, rep, iso.arg(QStringLiteral("routed + delay")),
                                  iso.arg(QStringLiteral(
                                      "routed + delay + CASE WHEN late < 3 THEN 25200 ELSE 20 END")))));
        // Events: routing of every lead; acceptance, first outreach, SQL and escalations of some.
        const QString events
            = QStringLiteral("INSERT INTO events (lead_id, kind, from_stage, to_stage, at, actor, reason) "
                             "SELECT %1, '%2', '%3', '%4', %5, %6, '' FROM bench_rows WHERE %7");
        const auto addEvents = [&](const char *kind, const char *from, const char *to, const char *at,
                                   const char *actor, const char *where) {
            QVERIFY_OK(db.run(events.arg(id, QLatin1String(kind), QLatin1String(from), QLatin1String(to),
                iso.arg(QLatin1String(at)), QLatin1String(actor), QLatin1String(where))));
        };
        addEvents("routed", "mql", "mql", "routed", "'system:routing'", "1 = 1");
        addEvents("escalated", "mql", "mql", "routed + 108000", "'system:escalation'",
            "NOT is_open AND (i * 11) % 100 < 5");
        addEvents("accepted", "mql", "sal", "routed + delay", "printf('rep%03d@bench.example', r)",
            "NOT is_open AND k < 62");
        addEvents("first_outreach", "sal", "sal", "routed + delay + 18000",
            "printf('rep%03d@bench.example', r)", "NOT is_open AND k < 62 AND (i * 7) % 10 < 7");
        addEvents("converted_to_sql", "sal", "sql", "routed + delay + 259200",
            "printf('rep%03d@bench.example', r)", "NOT is_open AND k < 20");
        QVERIFY_OK(db.run(QStringLiteral("DROP TABLE bench_rows")));
        QVERIFY_OK(db.commit());
        QVERIFY_OK(db.exec(QStringLiteral("PRAGMA synchronous = FULL")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_policy = PolicyLoader::loadDefaults().value();
        auto opened = SqliteTeamStore::open(
            m_dir.filePath(QStringLiteral("bench.sqlite")), DispositionValidator(m_policy.reasons));
        QVERIFY_OK(opened);
        m_store = std::move(opened).value();
        const int decisions = qEnvironmentVariableIsSet("SAL_BENCH_DECISIONS")
            ? qEnvironmentVariableIntValue("SAL_BENCH_DECISIONS")
            : 200000;
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        generate(decisions);
        const qint64 ms = timer.elapsed();
        const double generateCpu = cpuMs(cpu);
        QVERIFY_OK(m_store->database().exec(QStringLiteral("ANALYZE")));
        qInfo("generated %d decisions (100 reps, 4 teams, 12 months) in one transaction: %lld ms (%.0f ms "
              "CPU), "
              "analyzed in %lld ms",
            decisions, ms, generateCpu, timer.elapsed() - ms);
        QCOMPARE(m_store->database().scalar(QStringLiteral("SELECT COUNT(*) FROM decisions")).value().toInt(),
            decisions);
    }

    void everyReport()
    {
        const ReportCatalog catalog = standardReportCatalog();
        const QList<Team> teams = m_store->teams().value();
        const QTimeZone zone = ReportScope::reportZone(m_policy, teams, {});
        const qint64 peakBefore = statusKiB("VmHWM:");
        const auto runOne = [&](const TeamReport &report, const ReportPeriod &period) {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpu = std::clock();
            Result<ReportScope> scope
                = ReportScope::prepare(m_store->database(), m_policy, teams, {}, m_now, period);
            QVERIFY_OK(scope);
            const Result<ReportTable> table = report.run(*scope);
            QVERIFY_OK(table);
            QVERIFY(table->rowCount() > 0);
            qInfo("  %-24s %-26s %6lld ms (%6.0f ms CPU)  %6lld rows", qPrintable(report.id()),
                qPrintable(period.label()), timer.elapsed(), cpuMs(cpu), qint64(table->rowCount()));
        };
        QElapsedTimer all;
        all.start();
        const std::clock_t allCpu = std::clock();
        const ReportPeriod quarter = ReportPeriod::preset(ReportPeriod::Preset::Quarter, m_now, zone);
        qInfo("reports over %s:", qPrintable(quarter.label()));
        for (const auto &report : catalog.reports())
            runOne(*report, quarter);
        const ReportPeriod year = ReportPeriod::days(m_now.date().addDays(-365), m_now.date(), zone);
        qInfo("over all 12 months:");
        runOne(*catalog.find(QStringLiteral("acceptance-by-source")), year);
        runOne(*catalog.find(QStringLiteral("rep-sla")), year);
        qInfo("all reports: %lld ms (%.0f ms CPU); peak resident memory %lld KiB before, %lld KiB after",
            all.elapsed(), cpuMs(allCpu), peakBefore, statusKiB("VmHWM:"));

        // The plan of one report: the decisions of the period through the time index, not a scan.
        Result<QSqlQuery> plan = m_store->database().exec(
            QStringLiteral("EXPLAIN QUERY PLAN SELECT COALESCE(l.source, ''), COUNT(*) ")
                + ReportScope::decisionsInPeriod() + QStringLiteral(" GROUP BY COALESCE(l.source, '')"),
            { ReportScope::iso(quarter.startUtc()), ReportScope::iso(quarter.endUtc()), QStringLiteral(""),
                QStringLiteral("") });
        QVERIFY_OK(plan);
        qInfo("query plan of acceptance-by-source:");
        while (plan.value().next())
            qInfo("  %s", qPrintable(plan.value().value(3).toString()));
    }
};

QTEST_GUILESS_MAIN(bench_TeamReports)
#include "bench_TeamReports.moc"
