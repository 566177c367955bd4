#include "reports/AcceptanceReport.h"

#include "reports/HealthBand.h"

#include <algorithm>

namespace sal::core {

QString AcceptanceReport::id() const
{
    return m_by == By::Source ? QStringLiteral("acceptance-by-source")
                              : QStringLiteral("acceptance-by-campaign");
}

QString AcceptanceReport::title() const
{
    return m_by == By::Source ? tr("Acceptance by source") : tr("Acceptance by campaign");
}

QString AcceptanceReport::description() const
{
    return m_by == By::Source ? tr("Decisions and acceptance rate per lead source, with the health band.")
                              : tr("Decisions and acceptance rate per campaign, with the health band.");
}

Result<ReportTable> AcceptanceReport::run(const ReportScope &scope) const
{
    const QString key = m_by == By::Source ? QStringLiteral("COALESCE(l.source, '')")
                                           : QStringLiteral("COALESCE(l.campaign, '')");
    Result<QSqlQuery> q = scope.db().exec(
        QStringLiteral("SELECT %1, COUNT(*), SUM(CASE WHEN d.kind = 'accept' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN d.kind = 'reject' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN d.kind = 'needs_info' THEN 1 ELSE 0 END) %2 GROUP BY %1")
            .arg(key, ReportScope::decisionsInPeriod()),
        scope.decisionBinds());
    if (!q)
        return q.problems();
    QList<QVariantList> groups;
    while (q.value().next()) {
        const qint64 n = q.value().value(1).toLongLong(), accepted = q.value().value(2).toLongLong();
        const QVariant pct = ReportTable::percent(accepted, n);
        const QString name = q.value().value(0).toString();
        groups << QVariantList { name.isEmpty() ? tr("(none)") : name, n, accepted,
            q.value().value(3).toLongLong(), q.value().value(4).toLongLong(), pct,
            healthBandLabel(healthBandOf(pct.toDouble(), scope.policy().reports)) };
    }
    // Biggest first; ties by name (sorted here, so both engines' collations agree).
    std::sort(groups.begin(), groups.end(), [](const QVariantList &a, const QVariantList &b) {
        return a.at(1).toLongLong() != b.at(1).toLongLong() ? a.at(1).toLongLong() > b.at(1).toLongLong()
                                                            : a.at(0).toString() < b.at(0).toString();
    });
    ReportTable table(id(), title(),
        { { m_by == By::Source ? QStringLiteral("source") : QStringLiteral("campaign"),
              m_by == By::Source ? tr("Source") : tr("Campaign"), ColumnType::Text },
            { QStringLiteral("decisions"), tr("Decisions"), ColumnType::Integer },
            { QStringLiteral("accepted"), tr("Accepted"), ColumnType::Integer },
            { QStringLiteral("rejected"), tr("Rejected"), ColumnType::Integer },
            { QStringLiteral("needs_info"), tr("Needs info"), ColumnType::Integer },
            { QStringLiteral("acceptance_pct"), tr("Acceptance"), ColumnType::Percent },
            { QStringLiteral("band"), tr("Health"), ColumnType::Text } });
    for (QVariantList &row : groups)
        table.addRow(std::move(row));
    const ReportPolicy &p = scope.policy().reports;
    table.addNote(
        tr("Bands: below %1 % red, below %2 % amber, up to %3 % healthy, above: the bar may be too low.")
            .arg(p.redBelow)
            .arg(p.amberBelow)
            .arg(p.barTooLowAbove));
    return table;
}

} // namespace sal::core
