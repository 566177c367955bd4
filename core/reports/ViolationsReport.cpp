#include "reports/ViolationsReport.h"

#include <QDate>
#include <QMap>
#include <array>

namespace sal::core {

QString ViolationsReport::description() const
{
    return tr("Per team and week: decisions, SLA violations, compliance, escalations and re-routes.");
}

Result<ReportTable> ViolationsReport::run(const ReportScope &scope) const
{
    using Counts = std::array<qint64, 4>; // decisions, violations, escalations, re-routes
    QMap<std::pair<QString, QString>, Counts> cells; // (week, team)
    QStringList weeks, teams;
    Result<QSqlQuery> q
        = scope.db().exec(QStringLiteral("SELECT label FROM report_buckets WHERE kind = 'week'"));
    if (!q)
        return q.problems();
    while (q.value().next())
        weeks << q.value().value(0).toString();
    ReportScope::release(q);
    q = scope.db().exec(QStringLiteral("SELECT id FROM teams WHERE %1 ORDER BY id")
                            .arg(ReportScope::teamCondition(QStringLiteral("id"))),
        scope.teamBinds());
    if (!q)
        return q.problems();
    while (q.value().next())
        teams << q.value().value(0).toString();
    for (const QString &w : weeks) {
        for (const QString &t : teams)
            cells[{ w, t }] = Counts {};
    }

    ReportScope::release(q);
    q = scope.db().exec(
        QStringLiteral("WITH %1 SELECT b.label, t.team, COUNT(*), "
                       "SUM(CASE WHEN t.secs > t.window_secs THEN 1 ELSE 0 END) FROM timed t "
                       "JOIN report_buckets b ON b.kind = 'week' AND t.decided_at >= b.start_utc "
                       "AND t.decided_at < b.end_utc GROUP BY b.label, t.team")
            .arg(scope.timedDecisionsCte()),
        scope.timedBinds(scope.startText(), scope.endText()));
    if (!q)
        return q.problems();
    while (q.value().next()) {
        Counts &c = cells[{ q.value().value(0).toString(), q.value().value(1).toString() }];
        c[0] = q.value().value(2).toLongLong();
        c[1] = q.value().value(3).toLongLong();
    }
    ReportScope::release(q);
    q = scope.db().exec(
        QStringLiteral(
            "SELECT b.label, COALESCE(l.team_id, ''), SUM(CASE WHEN e.kind = 'escalated' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN e.kind = 'rerouted' THEN 1 ELSE 0 END) FROM events e JOIN leads l ON l.id = "
            "e.lead_id "
            "JOIN report_buckets b ON b.kind = 'week' AND e.at >= b.start_utc AND e.at < b.end_utc "
            "WHERE e.kind IN ('escalated', 'rerouted') AND %1 GROUP BY b.label, COALESCE(l.team_id, '')")
            .arg(ReportScope::teamCondition(QStringLiteral("COALESCE(l.team_id, '')"))),
        scope.teamBinds());
    if (!q)
        return q.problems();
    while (q.value().next()) {
        Counts &c = cells[{ q.value().value(0).toString(), q.value().value(1).toString() }];
        c[2] = q.value().value(2).toLongLong();
        c[3] = q.value().value(3).toLongLong();
    }
    ReportTable table(id(), title(),
        { { QStringLiteral("week"), tr("Week of"), ColumnType::Date },
            { QStringLiteral("team"), tr("Team"), ColumnType::Text },
            { QStringLiteral("decisions"), tr("Decisions"), ColumnType::Integer },
            { QStringLiteral("violations"), tr("Violations"), ColumnType::Integer },
            { QStringLiteral("sla_pct"), tr("In SLA"), ColumnType::Percent },
            { QStringLiteral("escalations"), tr("Escalations"), ColumnType::Integer },
            { QStringLiteral("reroutes"), tr("Re-routes"), ColumnType::Integer } });
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const Counts &c = it.value();
        table.addRow({ QDate::fromString(it.key().first, Qt::ISODate), scope.teamName(it.key().second), c[0],
            c[1], ReportTable::percent(c[0] - c[1], c[0]), c[2], c[3] });
    }
    table.addNote(tr("A violation is a decision made after its tier's window (business hours) ran out."));
    return table;
}

} // namespace sal::core
