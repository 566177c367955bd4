#include "reports/ReportTable.h"

namespace sal::core {

ReportTable::ReportTable(QString id, QString title, QList<ReportColumn> columns)
    : m_id(std::move(id))
    , m_title(std::move(title))
    , m_columns(std::move(columns))
{ }

int ReportTable::columnIndex(const QString &columnId) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).id == columnId)
            return int(i);
    }
    return -1;
}

void ReportTable::addRow(QVariantList values)
{
    if (values.size() != m_columns.size())
        qFatal("report %s: a row of %d values for %d columns", qPrintable(m_id), int(values.size()),
            int(m_columns.size()));
    m_rows << std::move(values);
}

QVariant ReportTable::value(qsizetype row, const QString &columnId) const
{
    const int column = columnIndex(columnId);
    if (row < 0 || row >= m_rows.size() || column < 0)
        return {};
    return m_rows.at(row).at(column);
}

QVariant ReportTable::percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return {};
    return 100.0 * double(part) / double(whole);
}

QVariant ReportTable::hours(const QVariant &seconds)
{
    if (!seconds.isValid() || seconds.isNull())
        return {};
    return seconds.toDouble() / 3600.0;
}

} // namespace sal::core
