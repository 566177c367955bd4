#include "reports/ResponseTimeReport.h"

#include <iterator>

namespace sal::core {

namespace {
// Upper bounds in business hours; the last bin is open.
constexpr int kBounds[] = { 1, 4, 8, 24, 48 };
} // namespace

QString ResponseTimeReport::description() const
{
    return tr("Decisions by business hours from routing to decision, in bins, with how many were in SLA.");
}

Result<ReportTable> ResponseTimeReport::run(const ReportScope &scope) const
{
    QString bin = QStringLiteral("CASE");
    int index = 0;
    for (int bound : kBounds)
        bin += QStringLiteral(" WHEN secs < %1 THEN %2").arg(bound * 3600).arg(index++);
    bin += QStringLiteral(" ELSE %1 END").arg(index);
    Result<QSqlQuery> q = scope.db().exec(
        QStringLiteral(
            "WITH %1 SELECT %2, COUNT(*), SUM(CASE WHEN secs <= window_secs THEN 1 ELSE 0 END) FROM timed "
            "GROUP BY %2")
            .arg(scope.timedDecisionsCte(), bin),
        scope.timedBinds(scope.startText(), scope.endText()));
    if (!q)
        return q.problems();
    const int bins = int(std::size(kBounds)) + 1;
    QList<std::pair<qint64, qint64>> counts(bins);
    qint64 total = 0;
    while (q.value().next()) {
        const int b = q.value().value(0).toInt();
        if (b >= 0 && b < bins) {
            counts[b] = { q.value().value(1).toLongLong(), q.value().value(2).toLongLong() };
            total += counts[b].first;
        }
    }
    ReportTable table(id(), title(),
        { { QStringLiteral("bin"), tr("Business hours to decision"), ColumnType::Text },
            { QStringLiteral("decisions"), tr("Decisions"), ColumnType::Integer },
            { QStringLiteral("share_pct"), tr("Share"), ColumnType::Percent },
            { QStringLiteral("in_sla"), tr("In SLA"), ColumnType::Integer } });
    for (int b = 0; b < bins; ++b) {
        const QString label = b == 0 ? tr("under %1 h").arg(kBounds[0])
            : b < bins - 1           ? tr("%1 to %2 h").arg(kBounds[b - 1]).arg(kBounds[b])
                                     : tr("%1 h +").arg(kBounds[bins - 2]);
        table.addRow(
            { label, counts[b].first, ReportTable::percent(counts[b].first, total), counts[b].second });
    }
    return table;
}

} // namespace sal::core
