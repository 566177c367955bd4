#include "insight/InsightTable.h"

#include "io/CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace sal::core {

std::optional<InsightTableWriter::Format> InsightTableWriter::formatFromString(const QString &text)
{
    if (text == QLatin1String("table"))
        return Format::Table;
    if (text == QLatin1String("csv"))
        return Format::Csv;
    if (text == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

void InsightTableWriter::write(QTextStream &out, const QList<InsightTable> &tables, Format format)
{
    if (format == Format::Json) {
        QJsonObject root;
        for (const InsightTable &t : tables) {
            QJsonArray rows;
            for (const QStringList &row : t.rows) {
                QJsonObject o;
                for (qsizetype c = 0; c < t.keys.size(); ++c)
                    o.insert(t.keys.at(c), row.value(c));
                rows << o;
            }
            root.insert(t.id, rows);
        }
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        out.flush();
        return;
    }
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const InsightTable &t = tables.at(i);
        if (i > 0)
            out << '\n';
        if (format == Format::Csv) {
            out << QString::fromUtf8(CsvWriter::line(t.keys));
            for (const QStringList &row : t.rows)
                out << QString::fromUtf8(CsvWriter::line(row));
            continue;
        }
        out << t.title << '\n';
        QList<qsizetype> widths;
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            qsizetype w = t.columns.at(c).size();
            for (const QStringList &row : t.rows)
                w = std::max(w, row.value(c).size());
            widths << w;
        }
        const auto line = [&](const QStringList &cells) {
            QString text;
            for (qsizetype c = 0; c < widths.size(); ++c)
                text += (c ? QStringLiteral("  ") : QString()) + cells.value(c).leftJustified(widths.at(c));
            out << text.trimmed() << '\n';
        };
        line(t.columns);
        for (const QStringList &row : t.rows)
            line(row);
    }
    out.flush();
}

} // namespace sal::core
