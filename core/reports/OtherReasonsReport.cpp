#include "reports/OtherReasonsReport.h"

namespace sal::core {

QString OtherReasonsReport::description() const
{
    return tr("The texts of rejections with reason \"other\", newest first, for picklist review.");
}

Result<ReportTable> OtherReasonsReport::run(const ReportScope &scope) const
{
    const QString where = ReportScope::decisionsInPeriod()
        + QStringLiteral(" AND d.kind = 'reject' AND d.reason_code = 'other'");
    Result<QVariant> total
        = scope.db().scalar(QStringLiteral("SELECT COUNT(*) ") + where, scope.decisionBinds());
    if (!total)
        return total.problems();
    Result<QSqlQuery> q = scope.db().exec(
        QStringLiteral(
            "SELECT d.decided_at, d.rep_email, d.lead_id, l.company, COALESCE(d.reason_text, '') %1 "
            "ORDER BY d.decided_at DESC, d.operation_id LIMIT %2")
            .arg(where)
            .arg(kLimit),
        scope.decisionBinds());
    if (!q)
        return q.problems();
    ReportTable table(id(), title(),
        { { QStringLiteral("decided_at"), tr("Decided (UTC)"), ColumnType::Text },
            { QStringLiteral("rep"), tr("Rep"), ColumnType::Text },
            { QStringLiteral("lead"), tr("Lead"), ColumnType::Text },
            { QStringLiteral("company"), tr("Company"), ColumnType::Text },
            { QStringLiteral("text"), tr("Reason given"), ColumnType::Text } });
    while (q.value().next())
        table.addRow(
            { q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString(),
                q.value().value(3).toString(), q.value().value(4).toString().simplified() });
    if (total->toLongLong() > kLimit)
        table.addNote(
            tr("%1 texts in the period; the newest %2 are listed.").arg(total->toLongLong()).arg(kLimit));
    return table;
}

} // namespace sal::core
