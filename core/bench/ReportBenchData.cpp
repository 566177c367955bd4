#include "bench/ReportBenchData.h"

#include "store/SqlTeamStore.h"

#include <QSqlQuery>

namespace sal::core {

namespace {
// The few expressions the two engines spell differently; everything else is the same SQL.
struct Spelling
{
    bool postgres = false;

    // Rows 0 … ?-1 as `n(i)` (the count is bound).
    QString series() const
    {
        return postgres ? QStringLiteral("generate_series(CAST(0 AS BIGINT), CAST(? AS BIGINT) - 1) AS n(i)")
                        : QStringLiteral("(WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s "
                                         "WHERE i + 1 < ?) SELECT i FROM s) AS n");
    }
    // ISO 8601 UTC text, as the stores write it, of seconds since the epoch.
    QString iso(const QString &epoch) const
    {
        return postgres
            ? QStringLiteral("to_char(to_timestamp(%1) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
                  .arg(epoch)
            : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', %1, 'unixepoch')").arg(epoch);
    }
    // A number as text padded with zeros to `width` digits.
    QString padded(const QString &number, int width) const
    {
        const QString zeros(width, QLatin1Char('0'));
        return postgres ? QStringLiteral("right('%1' || CAST(%2 AS TEXT), %3)").arg(zeros, number).arg(width)
                        : QStringLiteral("substr('%1' || %2, -%3, %3)").arg(zeros, number).arg(width);
    }
};
} // namespace

QStringList ReportBenchData::teamIds()
{
    return { QStringLiteral("na"), QStringLiteral("latam"), QStringLiteral("emea"), QStringLiteral("dach") };
}

Result<bool> ReportBenchData::generate(SqlTeamStore &store, int decisions, const QDateTime &nowUtc)
{
    const QStringList teams = teamIds();
    for (qsizetype t = 0; t < teams.size(); ++t) {
        if (auto r = store.putTeam(Team { teams.at(t), teams.at(t).toUpper(),
                QStringLiteral("manager.%1@bench.example").arg(teams.at(t)),
                t < 2 ? QStringLiteral("new_york") : QStringLiteral("berlin"), false });
            !r)
            return r;
    }
    for (int r = 0; r < kReps; ++r) {
        const QString email = QStringLiteral("rep%1@bench.example").arg(r, 3, 10, QLatin1Char('0'));
        if (auto ok = store.putPerson(Rep { email, QStringLiteral("Rep %1").arg(r),
                teams.at(r % teams.size()), Role::Rep, {}, 25, true, false });
            !ok)
            return ok;
    }
    SqlDatabase &db = store.database();
    const Spelling sql { db.isPostgres() };
    const qint64 now = nowUtc.toSecsSinceEpoch();
    const qint64 yearAgo = now - 365LL * 86400;
    // The secondary indexes are dropped for the load and built again after it: one sort per
    // index instead of a million scattered insertions (the same definitions, read from the schema).
    const QString indexQuery = db.isPostgres()
        ? QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND "
                         "tablename IN ('leads', 'decisions', 'events') AND indexname NOT LIKE '%_pkey'")
        : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                         "tbl_name IN ('leads', 'decisions', 'events')");
    QList<std::pair<QString, QString>> indexes;
    if (auto r = db.each(indexQuery, {},
            [&](const QSqlQuery &q) {
                indexes.append({ q.value(0).toString(), q.value(1).toString() });
            });
        !r)
        return r;
    if (auto r = db.begin(); !r)
        return r;
    // On PostgreSQL the load goes as pg_restore --disable-triggers does it: rows consistent by
    // construction are not checked against their foreign keys one by one (the bench connects as
    // the superuser of its own cluster), and the indexes are built with room to sort in memory.
    // Both settings last to the end of the load's transaction.
    if (db.isPostgres()) {
        for (const char *setting :
            { "SET LOCAL session_replication_role = replica", "SET LOCAL maintenance_work_mem = '512MB'" }) {
            if (auto r = db.exec(QLatin1String(setting)); !r) {
                db.rollback();
                return r.problems();
            }
        }
    }
    for (const auto &index : indexes) {
        // Names from the schema itself, not from users.
        if (auto r = db.exec(QStringLiteral("DROP INDEX %1").arg(index.first)); !r) {
            db.rollback();
            return r.problems();
        }
    }
    const auto fail = [&](const Problems &problems) -> Result<bool> {
        db.rollback();
        return problems;
    };
    // One row per lead: rep, outcome roll, tier, source, campaign, routing time and decision delay.
    const QString create = QStringLiteral(
        "CREATE TEMPORARY TABLE bench_rows (i BIGINT, r BIGINT, k BIGINT, t BIGINT, s BIGINT, c BIGINT, "
        "late BIGINT, routed BIGINT, delay BIGINT, is_open INTEGER)");
    if (auto r = db.exec(create); !r)
        return fail(r.problems());
    if (auto r = db.run(
            QStringLiteral(
                "INSERT INTO bench_rows SELECT i, (i * 40503 + 17) % 100, ((i * 2654435761) / 7) % 100, "
                "(i * 97) % 4, (i * 31 + i / 7) % 6, (i * 13 + i / 3) % 20, ((i * 2654435761) / 13) % 100, "
                "CASE WHEN i >= ? THEN ? - (i * 2246822519) % 259200 ELSE ? + (i * 2246822519) % 31276800 "
                "END, (i * 3266489917) % 216000, CASE WHEN i >= ? THEN 1 ELSE 0 END FROM %1")
                .arg(sql.series()),
            { decisions, now, yearAgo, decisions, decisions + kOpenLeads });
        !r)
        return fail(r.problems());
    const QString rep
        = QStringLiteral("'rep' || %1 || '@bench.example'").arg(sql.padded(QStringLiteral("r"), 3));
    const QString id = QStringLiteral("'B' || %1").arg(sql.padded(QStringLiteral("i"), 8));
    const QString kind
        = QStringLiteral("CASE WHEN k < 62 THEN 'accept' WHEN k < 95 THEN 'reject' ELSE 'needs_info' END");
    const QStringList statements {
        QStringLiteral(
            "INSERT INTO leads (id, stage, owner_email, team_id, tier, source, campaign, score, created_at, "
            "mql_at, routed_at, version, context) SELECT %1, CASE WHEN is_open = 1 THEN 'mql' WHEN k < 8 "
            "THEN 'opportunity' WHEN k < 20 THEN 'sql' WHEN k < 62 THEN 'sal' WHEN k < 95 THEN 'rejected' "
            "WHEN k < 98 THEN 'needs_info' ELSE 'mql' END, %2, CASE r % 4 WHEN 0 THEN 'na' WHEN 1 THEN "
            "'latam' WHEN 2 THEN 'emea' "
            "ELSE 'dach' END, CASE t WHEN 0 THEN 'hot' WHEN 1 THEN 'low' ELSE 'standard' END, CASE s WHEN 0 "
            "THEN 'webinar' WHEN 1 THEN 'demo_request' WHEN 2 THEN 'content_download' WHEN 3 THEN "
            "'trade_show' WHEN 4 THEN 'partner' ELSE 'pricing_page' END, 'Campaign ' || CAST(c AS TEXT), "
            "50, %3, %4, %4, 1, '{}' FROM bench_rows")
            .arg(id, rep, sql.iso(QStringLiteral("routed - 3600")), sql.iso(QStringLiteral("routed"))),
        QStringLiteral(
            "INSERT INTO decisions (operation_id, lead_id, rep_email, kind, reason_code, reason_text, "
            "decided_at, synced_at) SELECT 'op-' || %1, %1, %2, %3, CASE WHEN k >= 62 AND k < 95 THEN CASE "
            "(i * 7) % 11 WHEN 0 THEN 'wrong_territory' WHEN 1 THEN 'wrong_rep' WHEN 2 THEN "
            "'bad_contact_data' WHEN 3 THEN 'duplicate' WHEN 4 THEN 'existing_customer' WHEN 5 THEN "
            "'wrong_persona' WHEN 6 THEN 'company_too_small' WHEN 7 THEN 'outside_icp' WHEN 8 THEN "
            "'competitor' WHEN 9 THEN 'no_authority' ELSE 'other' END END, CASE WHEN k >= 62 AND k < 95 AND "
            "(i * 7) % 11 = 10 THEN 'No budget this year' END, %4, %5 FROM bench_rows WHERE is_open = 0")
            .arg(id, rep, kind, sql.iso(QStringLiteral("routed + delay")),
                sql.iso(QStringLiteral("routed + delay + CASE WHEN late < 3 THEN 25200 ELSE 20 END"))),
    };
    for (const QString &statement : statements) {
        if (auto r = db.run(statement); !r)
            return fail(r.problems());
    }
    // Events: the routing of every lead; the outcome and later steps of the decided ones.
    struct EventRows
    {
        const char *kind, *from, *to, *at, *where;
        bool byRep;
    };
    const EventRows events[] = {
        { "routed", "mql", "mql", "routed", "1 = 1", false },
        { "escalated", "mql", "mql", "routed + 108000", "is_open = 0 AND (i * 11) % 100 < 5", false },
        { "accepted", "mql", "sal", "routed + delay", "is_open = 0 AND k < 62", true },
        { "rejected", "mql", "rejected", "routed + delay", "is_open = 0 AND k >= 62 AND k < 95", true },
        { "returned", "mql", "needs_info", "routed + delay", "is_open = 0 AND k >= 95", true },
        { "enriched", "needs_info", "mql", "routed + delay + 14400", "is_open = 0 AND k >= 98", false },
        { "first_outreach", "sal", "sal", "routed + delay + 18000",
            "is_open = 0 AND k < 62 AND (i * 7) % 10 < 7", true },
        { "converted_to_sql", "sal", "sql", "routed + delay + 259200", "is_open = 0 AND k < 20", true },
        { "opportunity_created", "sql", "opportunity", "routed + delay + 691200", "is_open = 0 AND k < 8",
            true },
    };
    for (const EventRows &e : events) {
        const QString sqlText
            = QStringLiteral("INSERT INTO events (lead_id, kind, from_stage, to_stage, at, actor, reason) "
                             "SELECT %1, '%2', '%3', '%4', %5, %6, '' FROM bench_rows WHERE %7")
                  .arg(id, QLatin1String(e.kind), QLatin1String(e.from), QLatin1String(e.to),
                      sql.iso(QLatin1String(e.at)), e.byRep ? rep : QStringLiteral("'system:bench'"),
                      QLatin1String(e.where));
        if (auto r = db.run(sqlText); !r)
            return fail(r.problems());
    }
    if (auto r = db.exec(QStringLiteral("DROP TABLE bench_rows")); !r)
        return fail(r.problems());
    for (const auto &index : indexes) {
        if (auto r = db.exec(index.second); !r)
            return fail(r.problems());
    }
    return db.commit();
}

} // namespace sal::core
