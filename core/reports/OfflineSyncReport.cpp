#include "reports/OfflineSyncReport.h"

#include <QDate>

namespace sal::core {

QString OfflineSyncReport::description() const
{
    return tr("Decisions per day by device time, with the share that reached the team store late.");
}

Result<ReportTable> OfflineSyncReport::run(const ReportScope &scope) const
{
    const ReportDialect &sql = scope.dialect();
    const QString delay = sql.epoch(QStringLiteral("d.synced_at")) + QStringLiteral(" - ")
        + sql.epoch(QStringLiteral("d.decided_at"));
    Result<QSqlQuery> q = scope.db().exec(
        QStringLiteral(
            "SELECT b.label, COUNT(*), SUM(CASE WHEN %1 > ? THEN 1 ELSE 0 END), MAX(%1) "
            "FROM decisions d "
            "JOIN report_buckets b ON b.kind = 'day' AND d.decided_at >= b.start_utc AND d.decided_at < "
            "b.end_utc "
            "WHERE %2 GROUP BY b.label ORDER BY b.label")
            .arg(delay, ReportScope::decisionTeamCondition()),
        QVariantList { qint64(scope.policy().reports.lateSyncMinutes) * 60 } + scope.teamBinds());
    if (!q)
        return q.problems();
    ReportTable table(id(), title(),
        { { QStringLiteral("day"), tr("Day decided"), ColumnType::Date },
            { QStringLiteral("decisions"), tr("Decisions"), ColumnType::Integer },
            { QStringLiteral("synced_late"), tr("Synced late"), ColumnType::Integer },
            { QStringLiteral("late_pct"), tr("Late share"), ColumnType::Percent },
            { QStringLiteral("max_delay_hours"), tr("Longest delay"), ColumnType::Hours } });
    while (q.value().next()) {
        const qint64 n = q.value().value(1).toLongLong(), late = q.value().value(2).toLongLong();
        table.addRow({ QDate::fromString(q.value().value(0).toString(), Qt::ISODate), n, late,
            ReportTable::percent(late, n), ReportTable::hours(q.value().value(3)) });
    }
    table.addNote(tr("Late: reached the team store more than %n minute(s) after the device decided.", nullptr,
        scope.policy().reports.lateSyncMinutes));
    return table;
}

} // namespace sal::core
