#include "reports/ReportFormat.h"

#include "io/CsvWriter.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace sal::core {

namespace {
bool isEmpty(const QVariant &value)
{
    return !value.isValid() || value.isNull();
}

bool isNumeric(ColumnType type)
{
    return type == ColumnType::Integer || type == ColumnType::Percent || type == ColumnType::Hours
        || type == ColumnType::Decimal;
}
} // namespace

std::optional<ReportFormat::Kind> ReportFormat::kindFromString(const QString &text)
{
    if (text == QLatin1String("table"))
        return Kind::Table;
    if (text == QLatin1String("csv"))
        return Kind::Csv;
    if (text == QLatin1String("json"))
        return Kind::Json;
    return std::nullopt;
}

QString ReportFormat::display(const QVariant &value, ColumnType type)
{
    if (isEmpty(value))
        return {};
    switch (type) {
    case ColumnType::Percent:
        return tr("%1 %").arg(value.toDouble(), 0, 'f', 1);
    case ColumnType::Hours:
        return tr("%1 h").arg(value.toDouble(), 0, 'f', 1);
    case ColumnType::Flag:
        return value.toBool() ? tr("yes") : tr("no");
    default:
        return plain(value, type);
    }
}

QString ReportFormat::plain(const QVariant &value, ColumnType type)
{
    if (isEmpty(value))
        return {};
    switch (type) {
    case ColumnType::Integer:
        return QString::number(value.toLongLong());
    case ColumnType::Percent:
    case ColumnType::Hours:
        return QString::number(value.toDouble(), 'f', 1);
    case ColumnType::Decimal:
        return QString::number(value.toDouble(), 'f', 3);
    case ColumnType::Date:
        return value.toDate().toString(Qt::ISODate);
    case ColumnType::Flag:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case ColumnType::Text:
        break;
    }
    return value.toString();
}

QString ReportFormat::table(const ReportTable &t)
{
    const auto &columns = t.columns();
    QList<qsizetype> widths;
    for (const ReportColumn &c : columns)
        widths << c.title.size();
    QList<QStringList> cells;
    for (const QVariantList &row : t.rows()) {
        QStringList line;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            line << display(row.at(i), columns.at(i).type);
            widths[i] = std::max(widths.at(i), line.constLast().size());
        }
        cells << line;
    }
    const auto pad = [&](const QString &text, qsizetype i) {
        return isNumeric(columns.at(i).type) ? text.rightJustified(widths.at(i))
                                             : text.leftJustified(widths.at(i));
    };
    QString out = t.title() + QLatin1Char('\n');
    QStringList header;
    for (qsizetype i = 0; i < columns.size(); ++i)
        header << pad(columns.at(i).title, i);
    out += header.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    for (const QStringList &line : cells) {
        QStringList padded;
        for (qsizetype i = 0; i < line.size(); ++i)
            padded << pad(line.at(i), i);
        out += padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    if (cells.isEmpty())
        out += tr("(nothing in this period)") + QLatin1Char('\n');
    for (const QString &note : t.notes())
        out += QStringLiteral("* ") + note + QLatin1Char('\n');
    return out;
}

QByteArray ReportFormat::csv(const ReportTable &t)
{
    QStringList header;
    for (const ReportColumn &c : t.columns())
        header << c.id;
    QByteArray out = CsvWriter::line(header);
    for (const QVariantList &row : t.rows()) {
        QStringList line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line << plain(row.at(i), t.columns().at(i).type);
        out += CsvWriter::line(line);
    }
    return out;
}

QJsonObject ReportFormat::json(const ReportTable &t)
{
    QJsonArray columns;
    for (const ReportColumn &c : t.columns()) {
        columns << QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("title"), c.title } };
    }
    QJsonArray rows;
    for (const QVariantList &row : t.rows()) {
        QJsonObject o;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const ReportColumn &c = t.columns().at(i);
            const QVariant &v = row.at(i);
            if (isEmpty(v))
                o.insert(c.id, QJsonValue::Null);
            else if (c.type == ColumnType::Integer)
                o.insert(c.id, v.toLongLong());
            else if (c.type == ColumnType::Percent || c.type == ColumnType::Hours)
                o.insert(c.id, std::round(v.toDouble() * 10.0) / 10.0);
            else if (c.type == ColumnType::Decimal)
                o.insert(c.id, std::round(v.toDouble() * 1000.0) / 1000.0);
            else if (c.type == ColumnType::Flag)
                o.insert(c.id, v.toBool());
            else
                o.insert(c.id, plain(v, c.type));
        }
        rows << o;
    }
    return { { QStringLiteral("report"), t.id() }, { QStringLiteral("title"), t.title() },
        { QStringLiteral("columns"), columns }, { QStringLiteral("rows"), rows },
        { QStringLiteral("notes"), QJsonArray::fromStringList(t.notes()) } };
}

QByteArray ReportFormat::format(const ReportTable &t, Kind kind)
{
    switch (kind) {
    case Kind::Csv:
        return csv(t);
    case Kind::Json:
        return QJsonDocument(json(t)).toJson(QJsonDocument::Indented);
    case Kind::Table:
        break;
    }
    return table(t).toUtf8();
}

QByteArray ReportFormat::format(const QList<ReportTable> &tables, Kind kind)
{
    if (kind == Kind::Json) {
        QJsonObject root;
        for (const ReportTable &t : tables)
            root.insert(t.id(), json(t));
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    // Table and CSV: one block per table, a blank line between, so a spreadsheet or a reader
    // sees where each starts (each CSV block has its own header).
    QByteArray out;
    for (const ReportTable &t : tables) {
        if (!out.isEmpty())
            out += kind == Kind::Csv ? "\r\n" : "\n";
        out += format(t, kind);
    }
    return out;
}

} // namespace sal::core
