#include "bench/ReportReferenceSql.h"

#include "bench/ReferenceScript.h"
#include "store/LeadCodec.h"

namespace sal::core {

namespace {
QString lit(const QDateTime &utc)
{
    return ReferenceScript::literal(LeadCodec::isoUtc(utc));
}

// Business seconds up to the moment `epoch` on team `team`'s calendar: the span it falls in (or the
// last before it) and the business seconds before that span.
QString biz(const QString &epoch, const QString &team)
{
    return QStringLiteral(
        "(SELECT s.before_secs + CASE WHEN %1 < s.start_epoch THEN 0 WHEN %1 > s.end_epoch THEN "
        "s.end_epoch - s.start_epoch ELSE %1 - s.start_epoch END FROM ref_spans s WHERE s.team_id = %2 AND "
        "s.start_epoch <= %1 ORDER BY s.start_epoch DESC LIMIT 1)")
        .arg(epoch, team);
}

// The same read from the hour `h` of ref_hours joined by hourJoin(h, epoch, team); an hour a break
// splits, or a time outside the table, takes biz().
QString bizAtHour(const QString &h, const QString &epoch, const QString &team)
{
    return QStringLiteral("(CASE WHEN %1.split = 0 THEN %1.before_secs + CASE WHEN %2 - %1.hour * 3600 < "
                          "%1.work_from THEN 0 WHEN %2 - %1.hour * 3600 > %1.work_to THEN %1.work_to - "
                          "%1.work_from ELSE %2 - %1.hour * 3600 - %1.work_from END ELSE %3 END)")
        .arg(h, epoch, biz(epoch, team));
}

QString hourJoin(const QString &h, const QString &epoch, const QString &team)
{
    return QStringLiteral(" LEFT JOIN ref_hours %1 ON %1.team_id = %2 AND %1.hour = %3 / 3600")
        .arg(h, team, epoch);
}

// Decisions made in [from, to) with business seconds from routing to decision (less the time back
// with marketing) and from decision to first outreach.
QString timed(const QDateTime &from, const QDateTime &to, const ReportReferenceSql::Inputs &in)
{
    const QString pause = QStringLiteral(
        "COALESCE((SELECT SUM(%1 - %2) FROM (SELECT unixepoch(r.at) AS zs, unixepoch(CASE WHEN r.nx IS "
        "NULL OR r.nx > b.decided_at THEN b.decided_at ELSE r.nx END) AS ze FROM (SELECT e.at, (SELECT "
        "MIN(x.at) FROM events x WHERE x.lead_id = e.lead_id AND x.kind = 'enriched' AND x.at > e.at) AS nx "
        "FROM events e WHERE e.lead_id = b.lead_id AND e.kind = 'returned' AND e.at < b.decided_at) r) z "
        "WHERE z.zs >= b.se), 0)")
                              .arg(biz(QStringLiteral("z.ze"), QStringLiteral("b.team")),
                                  biz(QStringLiteral("z.zs"), QStringLiteral("b.team")));
    return QStringLiteral(
        "base AS MATERIALIZED (SELECT d.rep_email AS rep, COALESCE(p.team_id, l.team_id, '') AS team, "
        "d.kind, "
        "d.lead_id, d.decided_at, COALESCE(w.response_secs, %1) AS window_secs, unixepoch(d.decided_at) AS "
        "de, unixepoch(COALESCE((SELECT MAX(e.at) FROM events e WHERE e.lead_id = d.lead_id AND e.kind IN "
        "('routed', 'rerouted') AND e.at <= d.decided_at), l.routed_at, d.decided_at)) AS se, "
        "unixepoch((SELECT MIN(e.at) FROM events e WHERE e.lead_id = d.lead_id AND e.kind = "
        "'first_outreach' AND e.at >= d.decided_at)) AS oe FROM decisions d JOIN leads l ON l.id = "
        "d.lead_id LEFT JOIN people p ON p.email = d.rep_email LEFT JOIN ref_tiers w ON w.tier = l.tier "
        "WHERE d.decided_at >= %2 AND d.decided_at < %3), "
        "timed AS MATERIALIZED (SELECT rep, team, kind, lead_id, decided_at, window_secs, %4 - %5 - %6 AS "
        "secs, CASE WHEN oe IS NOT NULL THEN %7 - %4 END AS outreach_secs FROM base b%8)")
        .arg(QString::number(in.defaultResponseSecs), lit(from), lit(to),
            bizAtHour(QStringLiteral("hd"), QStringLiteral("b.de"), QStringLiteral("b.team")),
            bizAtHour(QStringLiteral("hs"), QStringLiteral("b.se"), QStringLiteral("b.team")), pause,
            bizAtHour(QStringLiteral("ho"), QStringLiteral("b.oe"), QStringLiteral("b.team")),
            hourJoin(QStringLiteral("hd"), QStringLiteral("b.de"), QStringLiteral("b.team"))
                + hourJoin(QStringLiteral("hs"), QStringLiteral("b.se"), QStringLiteral("b.team"))
                + hourJoin(QStringLiteral("ho"), QStringLiteral("b.oe"), QStringLiteral("b.team")));
}

QString period(const ReportReferenceSql::Inputs &in, const char *column)
{
    return QStringLiteral("%1 >= %2 AND %1 < %3").arg(QLatin1String(column), lit(in.fromUtc), lit(in.toUtc));
}

QString repSla(const ReportReferenceSql::Inputs &in)
{
    const QString team = QStringLiteral("COALESCE(p.team_id, l.team_id, '')");
    const QString queue = QStringLiteral(
        "SELECT owner, COUNT(*), SUM(CASE WHEN el >= win THEN 1 ELSE 0 END), SUM(CASE WHEN el < win AND "
        "(win - el) * 1000 < win * %1 THEN 1 ELSE 0 END) FROM (SELECT l.owner_email AS owner, "
        "COALESCE(w.response_secs, %2) AS win, %3 - %4 AS el FROM leads l LEFT JOIN people p ON p.email = "
        "l.owner_email LEFT JOIN ref_tiers w ON w.tier = l.tier WHERE l.stage = 'mql' AND l.owner_email IS "
        "NOT NULL) x GROUP BY owner;")
                              .arg(QString::number(in.atRiskPerMille),
                                  QString::number(in.defaultResponseSecs),
                                  biz(QString::number(in.nowUtc.toSecsSinceEpoch()), team),
                                  biz(QStringLiteral("unixepoch(COALESCE(l.routed_at, l.mql_at))"), team));
    const QString decided = QStringLiteral(
        "WITH %1, ranked AS (SELECT rep, kind, lead_id, secs, window_secs, outreach_secs, ROW_NUMBER() OVER "
        "(PARTITION BY rep ORDER BY secs) AS rn, COUNT(*) OVER (PARTITION BY rep) AS n FROM timed) SELECT "
        "rep, COUNT(*), SUM(CASE WHEN kind = 'accept' THEN 1 ELSE 0 END), SUM(CASE WHEN kind = 'needs_info' "
        "THEN 1 ELSE 0 END), SUM(CASE WHEN secs <= window_secs THEN 1 ELSE 0 END), MAX(CASE WHEN rn = (n * "
        "50 + 99) / 100 THEN secs END), MAX(CASE WHEN rn = (n * 90 + 99) / 100 THEN secs END), SUM(CASE "
        "WHEN kind = 'accept' AND EXISTS (SELECT 1 FROM events e WHERE e.lead_id = ranked.lead_id AND e.kind "
        "= 'converted_to_sql') THEN 1 ELSE 0 END), SUM(COALESCE(outreach_secs, 0)), COUNT(outreach_secs) "
        "FROM ranked GROUP BY rep;")
                                .arg(timed(in.fromUtc, in.toUtc, in));
    const QString thisWeek
        = QStringLiteral("WITH %1 SELECT rep, SUM(CASE WHEN secs > window_secs THEN 1 ELSE "
                         "0 END) FROM timed GROUP BY rep;")
              .arg(timed(in.thisWeekUtc, in.nowUtc.addSecs(1), in));
    const QString threeWeeks
        = QStringLiteral("WITH %1 SELECT rep, CASE WHEN decided_at < %2 THEN 1 WHEN decided_at < %3 THEN 2 "
                         "ELSE 3 END AS wk, COUNT(*), SUM(CASE WHEN secs <= window_secs THEN 1 ELSE 0 END) "
                         "FROM timed GROUP BY rep, wk;")
              .arg(timed(in.lastWeekUtc.addDays(-14), in.lastWeekUtc.addDays(7), in),
                  lit(in.lastWeekUtc.addDays(-7)), lit(in.lastWeekUtc));
    return queue + QLatin1Char('\n') + decided + QLatin1Char('\n') + thisWeek + QLatin1Char('\n') + threeWeeks
        + QStringLiteral("\nSELECT email, name, team_id FROM people WHERE role = 'rep' ORDER BY "
                         "name, email;");
}

QString acceptance(const ReportReferenceSql::Inputs &in, const char *key)
{
    return QStringLiteral(
        "SELECT COALESCE(l.%1, ''), COUNT(*), SUM(CASE WHEN d.kind = 'accept' THEN 1 ELSE 0 "
        "END), SUM(CASE WHEN d.kind = 'reject' THEN 1 ELSE 0 END), SUM(CASE WHEN d.kind = "
        "'needs_info' THEN 1 ELSE 0 END) FROM decisions d JOIN leads l ON l.id = d.lead_id "
        "WHERE %2 GROUP BY COALESCE(l.%1, '');")
        .arg(QLatin1String(key), period(in, "d.decided_at"));
}

QString rejectionTrend(const char *kind)
{
    return QStringLiteral("SELECT b.label, CASE WHEN d.kind = 'reject' THEN COALESCE(d.reason_code, '') END, "
                          "COUNT(*) FROM decisions d JOIN ref_buckets b ON b.kind = '%1' AND d.decided_at >= "
                          "b.start_utc AND d.decided_at < b.end_utc GROUP BY b.label, CASE WHEN d.kind = "
                          "'reject' THEN COALESCE(d.reason_code, '') END;")
        .arg(QLatin1String(kind));
}

QString funnel(const ReportReferenceSql::Inputs &in)
{
    const auto reached = [](const char *kind) {
        return QStringLiteral(
            "SUM(CASE WHEN EXISTS (SELECT 1 FROM events e WHERE e.lead_id = l.id AND e.kind "
            "= '%1') THEN 1 ELSE 0 END)")
            .arg(QLatin1String(kind));
    };
    return QStringLiteral(
        "SELECT COALESCE(l.source, ''), COUNT(*), %1, %2, %3 FROM leads l WHERE %4 GROUP BY "
        "COALESCE(l.source, '');")
        .arg(reached("accepted"), reached("converted_to_sql"), reached("opportunity_created"),
            period(in, "l.mql_at"));
}

QString timeInStage(const ReportReferenceSql::Inputs &in)
{
    const auto step = [&](int stage, const char *to, const char *from) {
        return QStringLiteral("SELECT COALESCE(l.source, '') AS source, %1 AS stage, COALESCE(p.team_id, "
                              "l.team_id, '') AS team, "
                              "unixepoch((SELECT MAX(f.at) FROM events f WHERE f.lead_id = e.lead_id AND "
                              "f.kind = '%2' AND f.at "
                              "<= e.at)) AS from_e, unixepoch(e.at) AS to_e FROM events e JOIN leads l ON "
                              "l.id = e.lead_id LEFT "
                              "JOIN people p ON p.email = l.owner_email WHERE e.kind = '%3' AND %4")
            .arg(QString::number(stage), QLatin1String(from), QLatin1String(to), period(in, "e.at"));
    };
    return QStringLiteral(
        "WITH %1, moves AS MATERIALIZED (%2 UNION ALL %3), stage_secs AS (SELECT COALESCE(l.source, '') AS "
        "source, 0 AS stage, t.secs FROM timed t JOIN leads l ON l.id = t.lead_id UNION ALL SELECT m.source, "
        "m.stage, %4 - %5 FROM moves m%6 WHERE m.from_e IS NOT NULL), ranked AS (SELECT whole, source, "
        "stage, "
        "secs, ROW_NUMBER() OVER (PARTITION BY whole, source, stage ORDER BY secs) AS rn, COUNT(*) OVER "
        "(PARTITION BY whole, source, stage) AS n FROM (SELECT 0 AS whole, source, stage, secs FROM "
        "stage_secs UNION ALL SELECT 1, '', stage, secs FROM stage_secs) u) SELECT whole, source, stage, "
        "MAX(n), MAX(CASE WHEN rn = (n * 50 + 99) / 100 THEN secs END), MAX(CASE WHEN rn = (n * 90 + 99) / "
        "100 THEN secs END) FROM ranked GROUP BY whole, source, stage;")
        .arg(timed(in.fromUtc, in.toUtc, in), step(1, "converted_to_sql", "accepted"),
            step(2, "opportunity_created", "converted_to_sql"),
            bizAtHour(QStringLiteral("ht"), QStringLiteral("m.to_e"), QStringLiteral("m.team")),
            bizAtHour(QStringLiteral("hf"), QStringLiteral("m.from_e"), QStringLiteral("m.team")),
            hourJoin(QStringLiteral("ht"), QStringLiteral("m.to_e"), QStringLiteral("m.team"))
                + hourJoin(QStringLiteral("hf"), QStringLiteral("m.from_e"), QStringLiteral("m.team")));
}

QString violations(const ReportReferenceSql::Inputs &in)
{
    return QStringLiteral(
               "WITH %1 SELECT b.label, t.team, COUNT(*), SUM(CASE WHEN t.secs > t.window_secs THEN 1 ELSE 0 "
               "END) FROM timed t JOIN ref_buckets b ON b.kind = 'week' AND t.decided_at >= b.start_utc AND "
               "t.decided_at < b.end_utc GROUP BY b.label, t.team;\n")
               .arg(timed(in.fromUtc, in.toUtc, in))
        + QStringLiteral(
            "SELECT b.label, COALESCE(l.team_id, ''), SUM(CASE WHEN e.kind = 'escalated' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN e.kind = 'rerouted' THEN 1 ELSE 0 END) FROM events e JOIN leads l ON l.id = "
            "e.lead_id JOIN ref_buckets b ON b.kind = 'week' AND e.at >= b.start_utc AND e.at < b.end_utc "
            "WHERE e.kind IN ('escalated', 'rerouted') GROUP BY b.label, COALESCE(l.team_id, '');");
}

QString responseTimes(const ReportReferenceSql::Inputs &in)
{
    return QStringLiteral(
        "WITH %1 SELECT CASE WHEN secs < 3600 THEN 0 WHEN secs < 14400 THEN 1 WHEN secs < "
        "28800 THEN 2 WHEN secs < 86400 THEN 3 WHEN secs < 172800 THEN 4 ELSE 5 END AS bin, "
        "COUNT(*), SUM(CASE WHEN secs <= window_secs THEN 1 ELSE 0 END) FROM timed GROUP BY "
        "bin;")
        .arg(timed(in.fromUtc, in.toUtc, in));
}
} // namespace

QStringList ReportReferenceSql::setup(bool postgres)
{
    QStringList statements;
    // "table … does not exist, skipping" from each DROP of a fresh database is no news.
    if (postgres)
        statements << QStringLiteral("SET client_min_messages = warning");
    statements << QStringList {
        QStringLiteral("DROP TABLE IF EXISTS ref_spans"),
        QStringLiteral("DROP TABLE IF EXISTS ref_tiers"),
        QStringLiteral("DROP TABLE IF EXISTS ref_buckets"),
        QStringLiteral("CREATE TABLE ref_spans AS SELECT * FROM report_spans"),
        QStringLiteral("CREATE INDEX ref_spans_key ON ref_spans (team_id, start_epoch)"),
        QStringLiteral("DROP TABLE IF EXISTS ref_hours"),
        QStringLiteral("CREATE TABLE ref_hours AS SELECT * FROM report_hours"),
        QStringLiteral("CREATE INDEX ref_hours_key ON ref_hours (team_id, hour)"),
        QStringLiteral("ANALYZE ref_hours"),
        QStringLiteral("CREATE TABLE ref_tiers AS SELECT * FROM report_tiers"),
        QStringLiteral("CREATE TABLE ref_buckets AS SELECT * FROM report_buckets"),
        QStringLiteral("CREATE INDEX ref_buckets_key ON ref_buckets (kind, start_utc)"),
        QStringLiteral("ANALYZE ref_spans"),
        QStringLiteral("ANALYZE ref_buckets"),
    };
    if (postgres)
        statements << QStringLiteral(
            "CREATE OR REPLACE FUNCTION unixepoch(text) RETURNS bigint LANGUAGE sql STABLE AS "
            "'SELECT CAST(EXTRACT(EPOCH FROM CAST($1 AS timestamptz)) AS bigint)'");
    return statements;
}

QString ReportReferenceSql::script(const QString &reportId, const Inputs &in)
{
    if (reportId == QLatin1String("rep-sla"))
        return repSla(in);
    if (reportId == QLatin1String("acceptance-by-source"))
        return acceptance(in, "source");
    if (reportId == QLatin1String("acceptance-by-campaign"))
        return acceptance(in, "campaign");
    if (reportId == QLatin1String("rejection-reasons"))
        return QStringLiteral("SELECT COALESCE(d.reason_code, ''), COUNT(*) FROM decisions d WHERE %1 AND "
                              "d.kind = 'reject' GROUP BY COALESCE(d.reason_code, '');")
            .arg(period(in, "d.decided_at"));
    if (reportId == QLatin1String("rejection-trend-weekly"))
        return rejectionTrend("week");
    if (reportId == QLatin1String("rejection-trend-monthly"))
        return rejectionTrend("month");
    if (reportId == QLatin1String("other-reasons"))
        return QStringLiteral(
            "SELECT COUNT(*) FROM decisions d WHERE %1 AND d.kind = 'reject' AND "
            "d.reason_code = 'other';\nSELECT d.decided_at, d.rep_email, d.lead_id, "
            "l.company, COALESCE(d.reason_text, '') FROM decisions d JOIN leads l ON l.id = "
            "d.lead_id WHERE %1 AND d.kind = 'reject' AND d.reason_code = 'other' ORDER BY "
            "d.decided_at DESC, d.operation_id LIMIT 500;")
            .arg(period(in, "d.decided_at"));
    if (reportId == QLatin1String("funnel"))
        return funnel(in);
    if (reportId == QLatin1String("time-in-stage"))
        return timeInStage(in);
    if (reportId == QLatin1String("sla-violations"))
        return violations(in);
    if (reportId == QLatin1String("response-times"))
        return responseTimes(in);
    if (reportId == QLatin1String("capacity-load"))
        return QStringLiteral(
            "SELECT b.label, l.owner_email, COALESCE(p.name, l.owner_email), COALESCE(p.daily_capacity, 0), "
            "COUNT(*) FROM leads l JOIN ref_buckets b ON b.kind = 'day' AND l.routed_at >= b.start_utc AND "
            "l.routed_at < b.end_utc LEFT JOIN people p ON p.email = l.owner_email WHERE l.owner_email IS "
            "NOT "
            "NULL GROUP BY b.label, l.owner_email, COALESCE(p.name, l.owner_email), "
            "COALESCE(p.daily_capacity, "
            "0) ORDER BY b.label, l.owner_email;");
    if (reportId == QLatin1String("offline-sync"))
        return QStringLiteral(
            "SELECT b.label, COUNT(*), SUM(CASE WHEN unixepoch(d.synced_at) - "
            "unixepoch(d.decided_at) > %1 THEN 1 ELSE 0 END), MAX(unixepoch(d.synced_at) - "
            "unixepoch(d.decided_at)) FROM decisions d JOIN ref_buckets b ON b.kind = 'day' "
            "AND d.decided_at >= b.start_utc AND d.decided_at < b.end_utc GROUP BY b.label "
            "ORDER BY b.label;")
            .arg(in.lateSyncSecs);
    return {};
}

} // namespace sal::core
