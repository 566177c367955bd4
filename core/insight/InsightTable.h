#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace sal::core {

// One table of an insight report, ready to print: machine id, translated title and column names,
// and the cells as text (numbers already formatted), so table, CSV and JSON show the same values.
struct InsightTable
{
    QString id; // "calibration": the JSON key
    QString title;
    QStringList keys; // machine column names (CSV header, JSON keys)
    QStringList columns; // translated column titles (the plain-text table)
    QList<QStringList> rows;
};

// Prints report tables as an aligned plain-text table, CSV (one block per table, each with its
// header, separated by a blank line) or JSON ({"table id": [{"key": "cell"}, …], …}).
class InsightTableWriter
{
public:
    enum class Format { Table, Csv, Json };
    static std::optional<Format> formatFromString(const QString &text); // "table", "csv", "json"

    static void write(QTextStream &out, const QList<InsightTable> &tables, Format format);
};

} // namespace sal::core
