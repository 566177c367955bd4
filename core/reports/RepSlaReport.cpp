#include "reports/RepSlaReport.h"

#include "domain/Rep.h"

#include <QHash>
#include <cmath>

namespace sal::core {

namespace {
struct RepFigures
{
    qint64 open = 0, atRisk = 0, breached = 0;
    qint64 decisions = 0, accepted = 0, needsInfo = 0, inSla = 0, toSql = 0;
    QVariant median, p90;
    qint64 outreachSecs = 0, outreaches = 0;
    qint64 violationsThisWeek = 0;
    int weeksOver = 0;
};

} // namespace

QString RepSlaReport::description() const
{
    return tr("Per rep: open queue, at risk, breached, median and p90 business hours to decision, SLA "
              "compliance, acceptance, needs-info and SAL to SQL rates, time to first outreach, violations "
              "this week, and a flag after three weeks over SLA in a row.");
}

Result<ReportTable> RepSlaReport::run(const ReportScope &scope) const
{
    SqlDatabase &db = scope.db();
    QHash<QString, RepFigures> figures;

    // The rep's queue now: every MQL they own, measured against its tier's window.
    const QString queue
        = QStringLiteral("SELECT owner, COUNT(*), SUM(CASE WHEN el >= win THEN 1 ELSE 0 END), "
                         "SUM(CASE WHEN el < win AND (win - el) * 1000 < win * ? THEN 1 ELSE 0 END) "
                         "FROM (SELECT owner, win, %1 - %2 AS el FROM ("
                         "SELECT l.owner_email AS owner, COALESCE(p.team_id, l.team_id, '') AS team, "
                         "COALESCE(w.response_secs, ?) AS win, COALESCE(l.routed_at, l.mql_at) AS start_at, "
                         "CAST(? AS TEXT) AS now_at "
                         "FROM leads l LEFT JOIN people p ON p.email = l.owner_email LEFT JOIN report_tiers "
                         "w ON w.tier = l.tier "
                         "WHERE l.stage = 'mql' AND l.owner_email IS NOT NULL AND %3) x) y GROUP BY owner")
              .arg(scope.businessSeconds(QStringLiteral("x.now_at"), QStringLiteral("x.team")),
                  scope.businessSeconds(QStringLiteral("x.start_at"), QStringLiteral("x.team")),
                  ReportScope::teamCondition(QStringLiteral("COALESCE(p.team_id, l.team_id, '')")));
    Result<QSqlQuery> q = db.exec(queue,
        QVariantList { qint64(std::llround(scope.policy().sla.atRiskShare * 1000)) }
            + QVariantList { scope.defaultResponseSecs(), ReportScope::iso(scope.nowUtc()) }
            + scope.teamBinds());
    if (!q)
        return q.problems();
    while (q.value().next()) {
        RepFigures &f = figures[q.value().value(0).toString()];
        f.open = q.value().value(1).toLongLong();
        f.breached = q.value().value(2).toLongLong();
        f.atRisk = q.value().value(3).toLongLong();
    }

    // The period's decisions: counts, ranks for the percentiles, and outcomes.
    const QString decided = QStringLiteral(
        "WITH %1, ranked AS (SELECT rep, kind, lead_id, secs, window_secs, outreach_secs, "
        "ROW_NUMBER() OVER (PARTITION BY rep ORDER BY secs) AS rn, COUNT(*) OVER (PARTITION BY rep) AS n "
        "FROM timed) "
        "SELECT rep, COUNT(*), SUM(CASE WHEN kind = 'accept' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN kind = 'needs_info' THEN 1 ELSE 0 END), SUM(CASE WHEN secs <= window_secs THEN 1 ELSE "
        "0 END), "
        "MAX(CASE WHEN rn = (n * 50 + 99) / 100 THEN secs END), MAX(CASE WHEN rn = (n * 90 + 99) / 100 THEN "
        "secs END), "
        "SUM(CASE WHEN kind = 'accept' AND EXISTS (SELECT 1 FROM events e WHERE e.lead_id = ranked.lead_id "
        "AND e.kind = 'converted_to_sql') THEN 1 ELSE 0 END), "
        "CAST(SUM(COALESCE(outreach_secs, 0)) AS BIGINT), SUM(CASE WHEN outreach_secs IS NULL THEN 0 ELSE 1 "
        "END) "
        "FROM ranked GROUP BY rep")
                                .arg(scope.timedDecisionsCte());
    ReportScope::release(q);
    q = db.exec(decided, scope.timedBinds(scope.startText(), scope.endText()));
    if (!q)
        return q.problems();
    while (q.value().next()) {
        RepFigures &f = figures[q.value().value(0).toString()];
        f.decisions = q.value().value(1).toLongLong();
        f.accepted = q.value().value(2).toLongLong();
        f.needsInfo = q.value().value(3).toLongLong();
        f.inSla = q.value().value(4).toLongLong();
        f.median = q.value().value(5);
        f.p90 = q.value().value(6);
        f.toSql = q.value().value(7).toLongLong();
        f.outreachSecs = q.value().value(8).toLongLong();
        f.outreaches = q.value().value(9).toLongLong();
    }

    // Violations this week (the week of now): decisions made after their window ran out.
    const QDateTime thisWeek = scope.weekStartUtc(scope.nowUtc());
    ReportScope::release(q);
    q = db.exec(
        QStringLiteral("WITH %1 SELECT rep, SUM(CASE WHEN secs > window_secs THEN 1 ELSE 0 END) FROM timed "
                       "GROUP BY rep")
            .arg(scope.timedDecisionsCte()),
        scope.timedBinds(ReportScope::iso(thisWeek), ReportScope::iso(scope.nowUtc().addSecs(1))));
    if (!q)
        return q.problems();
    while (q.value().next())
        figures[q.value().value(0).toString()].violationsThisWeek = q.value().value(1).toLongLong();

    // The last three weeks of the period, each judged against the compliance target.
    const QDateTime lastWeek = scope.weekStartUtc(scope.period().endUtc().addSecs(-1));
    const QDateTime w2 = lastWeek.addDays(-7), w1 = lastWeek.addDays(-14), end = lastWeek.addDays(7);
    ReportScope::release(q);
    q = db.exec(QStringLiteral(
                    "WITH %1 SELECT rep, wk, COUNT(*), SUM(CASE WHEN secs <= window_secs THEN 1 ELSE 0 END) "
                    "FROM (SELECT rep, secs, window_secs, CASE WHEN decided_at < ? THEN 1 "
                    "WHEN decided_at < ? THEN 2 ELSE 3 END AS wk FROM timed) x GROUP BY rep, wk")
                    .arg(scope.timedDecisionsCte()),
        scope.timedBinds(ReportScope::iso(w1), ReportScope::iso(end))
            + QVariantList { ReportScope::iso(w2), ReportScope::iso(lastWeek) });
    if (!q)
        return q.problems();
    const double target = scope.policy().reports.slaComplianceTarget;
    while (q.value().next()) {
        const qint64 n = q.value().value(2).toLongLong();
        if (n > 0 && 100.0 * double(q.value().value(3).toLongLong()) / double(n) < target)
            ++figures[q.value().value(0).toString()].weeksOver;
    }

    ReportTable table(id(), title(),
        { { QStringLiteral("rep"), tr("Rep"), ColumnType::Text },
            { QStringLiteral("name"), tr("Name"), ColumnType::Text },
            { QStringLiteral("team"), tr("Team"), ColumnType::Text },
            { QStringLiteral("status"), tr("Status"), ColumnType::Text },
            { QStringLiteral("open"), tr("Open"), ColumnType::Integer },
            { QStringLiteral("at_risk"), tr("At risk"), ColumnType::Integer },
            { QStringLiteral("breached"), tr("Breached"), ColumnType::Integer },
            { QStringLiteral("decisions"), tr("Decisions"), ColumnType::Integer },
            { QStringLiteral("median_hours"), tr("Median"), ColumnType::Hours },
            { QStringLiteral("p90_hours"), tr("P90"), ColumnType::Hours },
            { QStringLiteral("sla_pct"), tr("In SLA"), ColumnType::Percent },
            { QStringLiteral("acceptance_pct"), tr("Accepted"), ColumnType::Percent },
            { QStringLiteral("needs_info_pct"), tr("Needs info"), ColumnType::Percent },
            { QStringLiteral("sal_to_sql_pct"), tr("SAL to SQL"), ColumnType::Percent },
            { QStringLiteral("first_outreach_hours"), tr("1st outreach"), ColumnType::Hours },
            { QStringLiteral("violations_this_week"), tr("Late this week"), ColumnType::Integer },
            { QStringLiteral("over_sla_3_weeks"), tr("3 weeks over"), ColumnType::Flag } });

    ReportScope::release(q);
    q = db.exec(QStringLiteral("SELECT email, name, COALESCE(team_id, '') FROM people WHERE role = ? AND %1 "
                               "ORDER BY name, email")
                    .arg(ReportScope::teamCondition(QStringLiteral("COALESCE(team_id, '')"))),
        QVariantList { roleToString(Role::Rep) } + scope.teamBinds());
    if (!q)
        return q.problems();
    while (q.value().next()) {
        const QString email = q.value().value(0).toString();
        const RepFigures f = figures.value(email);
        const bool flagged = f.weeksOver >= kWeeksInARow;
        const QString status = flagged ? tr("over SLA 3 weeks")
            : f.breached > 0           ? tr("breached")
            : f.atRisk > 0             ? tr("at risk")
                                       : tr("on track");
        table.addRow({ email, q.value().value(1).toString(), scope.teamName(q.value().value(2).toString()),
            status, f.open, f.atRisk, f.breached, f.decisions, ReportTable::hours(f.median),
            ReportTable::hours(f.p90), ReportTable::percent(f.inSla, f.decisions),
            ReportTable::percent(f.accepted, f.decisions), ReportTable::percent(f.needsInfo, f.decisions),
            ReportTable::percent(f.toSql, f.accepted),
            f.outreaches > 0 ? QVariant(double(f.outreachSecs) / double(f.outreaches) / 3600.0) : QVariant(),
            f.violationsThisWeek, flagged });
    }
    table.addNote(
        tr("Business hours of each rep's team calendar; decisions counted by the time the device made "
           "them; percentiles by nearest rank; SAL to SQL: accepted leads that became SQL."));
    return table;
}

} // namespace sal::core
