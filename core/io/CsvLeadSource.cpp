#include "io/CsvLeadSource.h"

#include "io/CsvWriter.h"

#include <QSet>
#include <limits>

namespace sal::core {

CsvLeadSource::CsvLeadSource(
    QIODevice &device, const QString &fileName, MappingProfile profile, TextEncoding encoding)
    : m_reader(device, fileName, encoding, profile.delimiter)
    , m_fileName(fileName)
    , m_profile(std::move(profile))
{ }

Problem CsvLeadSource::problemAt(qint64 line, const QString &column, const QString &message) const
{
    Problem p = Problem::at(m_fileName, column, message);
    p.line = int(qMin<qint64>(line, std::numeric_limits<int>::max()));
    return p;
}

bool CsvLeadSource::start()
{
    CsvRecord header;
    if (!m_reader.next(header)) {
        if (!m_reader.fatal())
            m_fatal = problemAt(0, {}, tr("is empty: a CSV export starts with a header line"));
        return false;
    }
    m_header = header.fields;
    while (!m_header.isEmpty() && m_header.last().trimmed().isEmpty())
        m_header.removeLast();
    QSet<QString> seen;
    bool any = false;
    for (const QString &name : std::as_const(m_header)) {
        const std::optional<QString> field = m_profile.fieldFor(name);
        m_fields << (field ? ImportField::find(*field) : std::nullopt);
        any = any || field.has_value();
        const QString folded = name.trimmed().toCaseFolded();
        if (field && seen.contains(folded)) {
            m_fatal = problemAt(header.line, name, tr("the column appears twice in the header"));
            return false;
        }
        seen.insert(folded);
    }
    if (!any) {
        m_fatal = problemAt(header.line, {},
            tr("no column of the header is known to the profile \"%1\": run 'salctl import --detect' to "
               "find the right one, or write a profile and pass it with --mapping")
                .arg(m_profile.id));
        return false;
    }
    m_reader.setColumnNames(m_header);
    return true;
}

const std::optional<Problem> &CsvLeadSource::fatal() const
{
    return m_fatal ? m_fatal : m_reader.fatal();
}

bool CsvLeadSource::next(ImportRecord &record)
{
    CsvRecord row;
    if (m_fatal || !m_reader.next(row))
        return false;
    record = ImportRecord {};
    record.line = row.line;
    record.problems = row.problems;
    record.cells = row.fields;
    // Empty trailing cells beyond the header are allowed (spreadsheets add them).
    QStringList &cells = record.cells;
    while (cells.size() > m_header.size() && cells.last().trimmed().isEmpty())
        cells.removeLast();
    if (cells.size() != m_header.size()) {
        record.problems << problemAt(row.line, {},
            tr("has %n field(s), the header has %1", nullptr, int(cells.size())).arg(m_header.size()));
        return true;
    }
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const std::optional<ImportField> &field = m_fields.at(i);
        if (!field)
            continue;
        const QString value = m_profile.translate(field->name(), cells.at(i));
        if (value.trimmed().isEmpty())
            continue;
        QString why;
        if (field->assign(value, m_profile.settings, record.lead, &why)) {
            if (!record.fields.contains(field->name()))
                record.fields << field->name();
        } else {
            record.problems << problemAt(row.line, m_header.at(i), why);
        }
    }
    return true;
}

QString CsvLeadSource::columnOf(const QString &field) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i) && m_fields.at(i)->name() == field)
            return m_header.at(i);
    }
    // Not in this file: name the profile's column for it, so the user knows what to add.
    for (const auto &[column, name] : m_profile.columns) {
        if (name == field)
            return column;
    }
    return field;
}

QByteArray CsvLeadSource::rejectedHeader() const
{
    return CsvWriter::line(QStringList(m_header) << tr("Import line") << tr("Import problems"));
}

QByteArray CsvLeadSource::rejectedRow(const ImportRecord &record, const Problems &problems) const
{
    QStringList messages;
    for (const Problem &p : problems)
        messages << (p.path.isEmpty() ? p.message : p.path + QStringLiteral(": ") + p.message);
    QStringList cells = record.cells;
    while (cells.size() < m_header.size())
        cells << QString();
    return CsvWriter::line(cells << QString::number(record.line) << messages.join(QStringLiteral("; ")));
}

} // namespace sal::core
