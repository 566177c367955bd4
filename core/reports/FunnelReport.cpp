#include "reports/FunnelReport.h"

#include <algorithm>
#include <array>

namespace sal::core {

QString FunnelReport::description() const
{
    return tr(
        "MQLs of the period by source and how many reached SAL, SQL and opportunity, with conversions.");
}

Result<ReportTable> FunnelReport::run(const ReportScope &scope) const
{
    const auto reached = [](const char *kind) {
        return QStringLiteral(
            "SUM(CASE WHEN EXISTS (SELECT 1 FROM events e WHERE e.lead_id = l.id AND e.kind = '%1') "
            "THEN 1 ELSE 0 END)")
            .arg(QLatin1String(kind));
    };
    Result<QSqlQuery> q = scope.db().exec(
        QStringLiteral("SELECT COALESCE(l.source, ''), COUNT(*), %1, %2, %3 FROM leads l "
                       "WHERE l.mql_at >= ? AND l.mql_at < ? AND %4 GROUP BY COALESCE(l.source, '')")
            .arg(reached("accepted"), reached("converted_to_sql"), reached("opportunity_created"),
                ReportScope::teamCondition(QStringLiteral("COALESCE(l.team_id, '')"))),
        scope.decisionBinds());
    if (!q)
        return q.problems();
    using Counts = std::array<qint64, 4>; // MQL, SAL, SQL, opportunity
    QList<std::pair<QString, Counts>> sources;
    Counts all {};
    while (q.value().next()) {
        Counts c {};
        for (int i = 0; i < 4; ++i) {
            c[size_t(i)] = q.value().value(i + 1).toLongLong();
            all[size_t(i)] += c[size_t(i)];
        }
        sources.append({ q.value().value(0).toString(), c });
    }
    std::sort(sources.begin(), sources.end(), [](const auto &a, const auto &b) {
        return a.second[0] != b.second[0] ? a.second[0] > b.second[0] : a.first < b.first;
    });
    sources.prepend({ tr("(all sources)"), all });
    ReportTable table(id(), title(),
        { { QStringLiteral("source"), tr("Source"), ColumnType::Text },
            { QStringLiteral("mql"), tr("MQL"), ColumnType::Integer },
            { QStringLiteral("sal"), tr("SAL"), ColumnType::Integer },
            { QStringLiteral("sql"), tr("SQL"), ColumnType::Integer },
            { QStringLiteral("opportunity"), tr("Opportunity"), ColumnType::Integer },
            { QStringLiteral("mql_to_sal_pct"), tr("MQL to SAL"), ColumnType::Percent },
            { QStringLiteral("sal_to_sql_pct"), tr("SAL to SQL"), ColumnType::Percent },
            { QStringLiteral("sql_to_opportunity_pct"), tr("SQL to opportunity"), ColumnType::Percent },
            { QStringLiteral("mql_to_opportunity_pct"), tr("MQL to opportunity"), ColumnType::Percent } });
    for (const auto &[source, c] : sources)
        table.addRow({ source.isEmpty() ? tr("(none)") : source, c[0], c[1], c[2], c[3],
            ReportTable::percent(c[1], c[0]), ReportTable::percent(c[2], c[1]),
            ReportTable::percent(c[3], c[2]), ReportTable::percent(c[3], c[0]) });
    table.addNote(
        tr("Leads counted by the time they became MQL; a stage counts once reached, at any time since."));
    return table;
}

} // namespace sal::core
