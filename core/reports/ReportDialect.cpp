#include "reports/ReportDialect.h"

namespace sal::core {

QString ReportDialect::epoch(const QString &e) const
{
    return m_postgres ? QStringLiteral("CAST(EXTRACT(EPOCH FROM CAST(%1 AS TIMESTAMPTZ)) AS BIGINT)").arg(e)
                      : QStringLiteral("unixepoch(%1)").arg(e); // SQLite 3.38+
}

QString ReportDialect::least(const QString &a, const QString &b) const
{
    return (m_postgres ? QStringLiteral("LEAST(%1, %2)") : QStringLiteral("min(%1, %2)")).arg(a, b);
}

QString ReportDialect::greatest(const QString &a, const QString &b) const
{
    return (m_postgres ? QStringLiteral("GREATEST(%1, %2)") : QStringLiteral("max(%1, %2)")).arg(a, b);
}

} // namespace sal::core
