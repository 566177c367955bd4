#include "reports/RejectionTrendReport.h"

#include "reports/RejectionReasonsReport.h"

#include <QDate>
#include <QMap>

namespace sal::core {

namespace {
struct BucketCounts
{
    qint64 decisions = 0;
    QMap<QString, qint64> byCategory;
};
} // namespace

QString RejectionTrendReport::id() const
{
    return m_by == By::Week ? QStringLiteral("rejection-trend-weekly")
                            : QStringLiteral("rejection-trend-monthly");
}

QString RejectionTrendReport::title() const
{
    return m_by == By::Week ? tr("Rejections by week") : tr("Rejections by month");
}

QString RejectionTrendReport::description() const
{
    return m_by == By::Week ? tr("Rejections per week by category, beside all decisions.")
                            : tr("Rejections per month by category, beside all decisions.");
}

Result<ReportTable> RejectionTrendReport::run(const ReportScope &scope) const
{
    const QString kind = m_by == By::Week ? QStringLiteral("week") : QStringLiteral("month");
    QMap<QString, BucketCounts> buckets; // by label (ISO date): in order
    Result<QSqlQuery> q
        = scope.db().exec(QStringLiteral("SELECT label FROM report_buckets WHERE kind = ?"), { kind });
    if (!q)
        return q.problems();
    while (q.value().next())
        buckets.insert(q.value().value(0).toString(), {});
    ReportScope::release(q);
    q = scope.db().exec(
        QStringLiteral(
            "SELECT b.label, CASE WHEN d.kind = 'reject' THEN COALESCE(d.reason_code, '') END, COUNT(*) "
            "FROM decisions d "
            "JOIN report_buckets b ON b.kind = ? AND d.decided_at >= b.start_utc AND d.decided_at < "
            "b.end_utc "
            "WHERE %1 GROUP BY b.label, CASE WHEN d.kind = 'reject' THEN COALESCE(d.reason_code, '') END")
            .arg(ReportScope::decisionTeamCondition()),
        QVariantList { kind } + scope.teamBinds());
    if (!q)
        return q.problems();
    while (q.value().next()) {
        BucketCounts &b = buckets[q.value().value(0).toString()];
        const qint64 n = q.value().value(2).toLongLong();
        b.decisions += n;
        if (!q.value().value(1).isNull())
            b.byCategory[RejectionReasonsReport::categoryOf(scope, q.value().value(1).toString())] += n;
    }
    const QStringList categories { QStringLiteral("procedural"), QStringLiteral("clerical"),
        QStringLiteral("definitional") };
    ReportTable table(id(), title(),
        { { kind, m_by == By::Week ? tr("Week of") : tr("Month"), ColumnType::Date },
            { QStringLiteral("decisions"), tr("Decisions"), ColumnType::Integer },
            { QStringLiteral("rejections"), tr("Rejections"), ColumnType::Integer },
            { QStringLiteral("procedural"), tr("Procedural"), ColumnType::Integer },
            { QStringLiteral("clerical"), tr("Clerical"), ColumnType::Integer },
            { QStringLiteral("definitional"), tr("Definitional"), ColumnType::Integer },
            { QStringLiteral("rejection_pct"), tr("Rejected"), ColumnType::Percent } });
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        qint64 rejections = 0;
        QVariantList row { QDate::fromString(it.key(), Qt::ISODate), it->decisions, qint64(0) };
        for (const QString &c : categories)
            row << it->byCategory.value(c);
        for (auto c = it->byCategory.cbegin(); c != it->byCategory.cend(); ++c)
            rejections += c.value();
        row[2] = rejections;
        row << ReportTable::percent(rejections, it->decisions);
        table.addRow(row);
    }
    return table;
}

} // namespace sal::core
