#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sal::core {

// What a column holds, so every output (table, CSV, JSON, the panel's models) formats it alike.
enum class ColumnType {
    Text,
    Integer, // a count
    Percent, // 0–100, one decimal; null when there was nothing to divide
    Hours, // business hours, one decimal; null when there was nothing to measure
    Date, // a local date (QDate)
    Flag, // yes / no
    Decimal, // a plain figure with three decimals (AUC, a coefficient); null when not measured
};

struct ReportColumn
{
    QString id; // machine name: CSV header and JSON key ("acceptance_pct")
    QString title; // translated, for people
    ColumnType type = ColumnType::Text;
};

// The result of every report: typed columns and rows of values (QVariant of QString, qint64,
// double, QDate or bool; a null QVariant is "no value"). Small by construction: reports aggregate
// in SQL, so a table holds groups (reps, sources, weeks), never one row per decision.
class ReportTable
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ReportTable)

public:
    ReportTable() = default;
    ReportTable(QString id, QString title, QList<ReportColumn> columns);

    const QString &id() const { return m_id; }
    const QString &title() const { return m_title; }
    const QList<ReportColumn> &columns() const { return m_columns; }
    const QList<QVariantList> &rows() const { return m_rows; }
    qsizetype rowCount() const { return m_rows.size(); }
    int columnIndex(const QString &columnId) const; // -1 when there is no such column

    // A row must have one value per column (a programming error otherwise).
    void addRow(QVariantList values);
    QVariant value(qsizetype row, const QString &columnId) const;

    // A line under the table: what the figures mean, what was left out.
    void addNote(const QString &note) { m_notes << note; }
    const QStringList &notes() const { return m_notes; }

    // A percentage of `part` in `whole`, null when `whole` is 0 (nothing to judge).
    static QVariant percent(qint64 part, qint64 whole);
    // Business seconds as hours, null when invalid (nothing measured).
    static QVariant hours(const QVariant &seconds);

private:
    QString m_id;
    QString m_title;
    QList<ReportColumn> m_columns;
    QList<QVariantList> m_rows;
    QStringList m_notes;
};

} // namespace sal::core
