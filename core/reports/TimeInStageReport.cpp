#include "reports/TimeInStageReport.h"

#include <QHash>
#include <algorithm>
#include <array>

namespace sal::core {

namespace {
constexpr int kStages = 3; // MQL → decision, SAL → SQL, SQL → opportunity

struct StageFigures
{
    qint64 count = 0;
    QVariant median, p90; // business seconds
};
using SourceFigures = std::array<StageFigures, kStages>;
} // namespace

QString TimeInStageReport::description() const
{
    return tr("Per source: median and p90 business hours from MQL to decision, SAL to SQL and SQL to "
              "opportunity, for the moves made in the period.");
}

Result<ReportTable> TimeInStageReport::run(const ReportScope &scope) const
{
    const ReportDialect &sql = scope.dialect();
    // A later step: the event that ends it in the period, and the latest event of `fromKind` before
    // it on the same lead (a lead accepted twice counts from the acceptance that led to the SQL).
    const auto step = [&](int stage, const char *toKind, const char *fromKind) {
        return QStringLiteral(
            "SELECT COALESCE(l.source, '') AS source, %1 AS stage, COALESCE(p.team_id, l.team_id, '') AS "
            "team, %2 AS from_e, %3 AS to_e FROM events e JOIN leads l ON l.id = e.lead_id LEFT JOIN "
            "people p ON p.email = l.owner_email WHERE e.kind = '%4' AND e.at >= ? AND e.at < ? AND %5")
            .arg(QString::number(stage),
                sql.epoch(QStringLiteral("(SELECT MAX(f.at) FROM events f WHERE f.lead_id = e.lead_id AND "
                                         "f.kind = '%1' AND f.at <= e.at)")
                              .arg(QLatin1String(fromKind))),
                sql.epoch(QStringLiteral("e.at")), QLatin1String(toKind),
                ReportScope::teamCondition(QStringLiteral("COALESCE(p.team_id, l.team_id, '')")));
    };
    const QString team = QStringLiteral("m.team"), toE = QStringLiteral("m.to_e"),
                  fromE = QStringLiteral("m.from_e");
    // Steps whose start is unknown (no acceptance recorded before the SQL) are left out.
    const QString query = QStringLiteral(
        "WITH %1, moves AS MATERIALIZED (%2 UNION ALL %3), "
        "stage_secs AS (SELECT COALESCE(l.source, '') AS source, 0 AS stage, t.secs AS secs FROM timed t "
        "JOIN leads l ON l.id = t.lead_id UNION ALL SELECT m.source, m.stage, %4 - %5 FROM moves m%6 WHERE "
        "m.from_e IS NOT NULL), "
        "ranked AS (SELECT whole, source, stage, secs, ROW_NUMBER() OVER (PARTITION BY whole, source, "
        "stage ORDER BY secs) AS rn, COUNT(*) OVER (PARTITION BY whole, source, stage) AS n FROM ("
        "SELECT 0 AS whole, source, stage, secs FROM stage_secs UNION ALL SELECT 1, '', stage, secs "
        "FROM stage_secs) u) "
        "SELECT whole, source, stage, MAX(n), MAX(CASE WHEN rn = (n * 50 + 99) / 100 THEN secs END), "
        "MAX(CASE WHEN rn = (n * 90 + 99) / 100 THEN secs END) FROM ranked GROUP BY whole, source, stage")
                              .arg(scope.timedDecisionsCte(), step(1, "converted_to_sql", "accepted"),
                                  step(2, "opportunity_created", "converted_to_sql"),
                                  scope.businessSecondsAtHour(QStringLiteral("ht"), toE, team),
                                  scope.businessSecondsAtHour(QStringLiteral("hf"), fromE, team),
                                  ReportScope::hourJoin(QStringLiteral("ht"), toE, team)
                                      + ReportScope::hourJoin(QStringLiteral("hf"), fromE, team));
    const QVariantList period = QVariantList { scope.startText(), scope.endText() } + scope.teamBinds();
    Result<QSqlQuery> q
        = scope.db().exec(query, scope.timedBinds(scope.startText(), scope.endText()) + period + period);
    if (!q)
        return q.problems();
    SourceFigures all;
    QHash<QString, SourceFigures> bySource;
    while (q.value().next()) {
        const int stage = q.value().value(2).toInt();
        if (stage < 0 || stage >= kStages)
            continue;
        SourceFigures &figures
            = q.value().value(0).toInt() == 1 ? all : bySource[q.value().value(1).toString()];
        figures[size_t(stage)]
            = StageFigures { q.value().value(3).toLongLong(), q.value().value(4), q.value().value(5) };
    }
    QStringList sources = bySource.keys();
    std::sort(sources.begin(), sources.end(), [&](const QString &a, const QString &b) {
        const qint64 na = bySource.value(a)[0].count, nb = bySource.value(b)[0].count;
        return na != nb ? na > nb : a < b;
    });

    ReportTable table(id(), title(),
        { { QStringLiteral("source"), tr("Source"), ColumnType::Text },
            { QStringLiteral("decisions"), tr("Decisions"), ColumnType::Integer },
            { QStringLiteral("decision_median_hours"), tr("MQL to decision, median"), ColumnType::Hours },
            { QStringLiteral("decision_p90_hours"), tr("MQL to decision, p90"), ColumnType::Hours },
            { QStringLiteral("sql"), tr("SQLs"), ColumnType::Integer },
            { QStringLiteral("sal_to_sql_median_hours"), tr("SAL to SQL, median"), ColumnType::Hours },
            { QStringLiteral("sal_to_sql_p90_hours"), tr("SAL to SQL, p90"), ColumnType::Hours },
            { QStringLiteral("opportunities"), tr("Opportunities"), ColumnType::Integer },
            { QStringLiteral("sql_to_opportunity_median_hours"), tr("SQL to opportunity, median"),
                ColumnType::Hours },
            { QStringLiteral("sql_to_opportunity_p90_hours"), tr("SQL to opportunity, p90"),
                ColumnType::Hours } });
    const auto addRow = [&](const QString &source, const SourceFigures &f) {
        QVariantList row { source };
        for (const StageFigures &s : f)
            row << s.count << ReportTable::hours(s.median) << ReportTable::hours(s.p90);
        table.addRow(row);
    };
    addRow(tr("(all sources)"), all);
    for (const QString &source : sources)
        addRow(source.isEmpty() ? tr("(none)") : source, bySource.value(source));
    table.addNote(tr("Business hours of the team's calendar, for the moves that ended in the period: "
                     "decisions by the device's time, from the lead's routing, without the time it was "
                     "back with marketing (needs info); SAL to SQL from the acceptance; percentiles by "
                     "nearest rank."));
    return table;
}

} // namespace sal::core
