#pragma once

#include "reports/ReportTable.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace sal::core {

// The one place a ReportTable becomes text: an aligned table for a terminal, RFC 4180 CSV for a
// spreadsheet, JSON for tools. The CLI, the panel's export and tests all use it.
class ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ReportFormat)

public:
    enum class Kind { Table, Csv, Json };

    static std::optional<Kind> kindFromString(const QString &text); // "table", "csv", "json"

    static QByteArray format(const ReportTable &table, Kind kind);
    // A report of several tables (the acceptance model's quality and calibration): JSON keyed by
    // table id, table and CSV blocks one after the other.
    static QByteArray format(const QList<ReportTable> &tables, Kind kind);
    static QString table(const ReportTable &table);
    static QByteArray csv(const ReportTable &table);
    static QJsonObject json(const ReportTable &table);

    // One value as people read it ("72.5 %", "3.2 h", "yes"); empty for a null value.
    static QString display(const QVariant &value, ColumnType type);
    // One value as a CSV cell: plain numbers (no unit), ISO dates, "true"/"false".
    static QString plain(const QVariant &value, ColumnType type);
};

} // namespace sal::core
