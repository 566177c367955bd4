#include "reports/CapacityLoadReport.h"

#include <QDate>

namespace sal::core {

QString CapacityLoadReport::description() const
{
    return tr("MQLs routed per rep per day against the rep's daily capacity.");
}

Result<ReportTable> CapacityLoadReport::run(const ReportScope &scope) const
{
    Result<QSqlQuery> q = scope.db().exec(
        QStringLiteral(
            "SELECT b.label, l.owner_email, COALESCE(p.name, l.owner_email), COALESCE(p.daily_capacity, 0), "
            "COUNT(*) FROM leads l JOIN report_buckets b ON b.kind = 'day' AND l.routed_at >= b.start_utc "
            "AND l.routed_at < b.end_utc LEFT JOIN people p ON p.email = l.owner_email "
            "WHERE l.owner_email IS NOT NULL AND %1 "
            "GROUP BY b.label, l.owner_email, COALESCE(p.name, l.owner_email), COALESCE(p.daily_capacity, 0) "
            "ORDER BY b.label, l.owner_email")
            .arg(ReportScope::teamCondition(QStringLiteral("COALESCE(p.team_id, l.team_id, '')"))),
        scope.teamBinds());
    if (!q)
        return q.problems();
    ReportTable table(id(), title(),
        { { QStringLiteral("day"), tr("Day"), ColumnType::Date },
            { QStringLiteral("rep"), tr("Rep"), ColumnType::Text },
            { QStringLiteral("name"), tr("Name"), ColumnType::Text },
            { QStringLiteral("routed"), tr("MQLs routed"), ColumnType::Integer },
            { QStringLiteral("capacity"), tr("Capacity"), ColumnType::Integer },
            { QStringLiteral("load_pct"), tr("Load"), ColumnType::Percent },
            { QStringLiteral("over_capacity"), tr("Over capacity"), ColumnType::Flag } });
    while (q.value().next()) {
        const qint64 capacity = q.value().value(3).toLongLong(), routed = q.value().value(4).toLongLong();
        table.addRow({ QDate::fromString(q.value().value(0).toString(), Qt::ISODate),
            q.value().value(1).toString(), q.value().value(2).toString(), routed, capacity,
            ReportTable::percent(routed, capacity), routed > capacity });
    }
    table.addNote(tr("Leads counted for the rep who owns them now, on the day they were routed to them."));
    return table;
}

} // namespace sal::core
