#include "io/JsonLinesLeadSource.h"

#include "io/LeadDocumentReader.h"
#include "io/TextDecoding.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <limits>

namespace sal::core {

JsonLinesLeadSource::JsonLinesLeadSource(QIODevice &device, QString fileName)
    : m_device(device)
    , m_fileName(std::move(fileName))
{ }

bool JsonLinesLeadSource::next(ImportRecord &record)
{
    if (m_fatal)
        return false;
    for (;;) {
        if (m_device.atEnd())
            return false;
        QByteArray line = m_device.readLine(kMaxLineBytes + 1);
        if (line.isEmpty())
            return false;
        ++m_line;
        m_consumed += line.size();
        const int lineNumber = int(qMin<qint64>(m_line, std::numeric_limits<int>::max()));
        if (line.size() > kMaxLineBytes && !line.endsWith('\n')) {
            Problem p = Problem::at(
                m_fileName, {}, tr("the line is longer than %1 bytes: not a lead").arg(kMaxLineBytes));
            p.line = lineNumber;
            m_fatal = p;
            return false;
        }
        if (m_line == 1 && TextDecoding::startsWithUtf8Bom(line))
            line.remove(0, 3);
        if (const auto why = TextDecoding::utf8Problem(line)) {
            Problem p = Problem::at(m_fileName, {}, *why);
            p.line = lineNumber;
            m_fatal = p;
            return false;
        }
        if (line.trimmed().isEmpty())
            continue;
        record = ImportRecord {};
        record.line = m_line;
        record.text = line.trimmed();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(record.text, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            Problem p = Problem::at(m_fileName, {},
                error.error != QJsonParseError::NoError
                    ? tr("column %1: invalid JSON: %2").arg(error.offset + 1).arg(error.errorString())
                    : tr("each line must hold one JSON object"));
            p.line = lineNumber;
            record.problems << p;
            return true;
        }
        LeadDocumentReader::read(doc.object(), m_fileName, record);
        return true;
    }
}

QString JsonLinesLeadSource::columnOf(const QString &field) const
{
    if (field == QLatin1String("score"))
        return QStringLiteral("$.fit");
    return QStringLiteral("$.") + field;
}

QByteArray JsonLinesLeadSource::rejectedRow(const ImportRecord &record, const Problems &problems) const
{
    QJsonArray messages;
    for (const Problem &p : problems)
        messages.append(p.path.isEmpty() ? p.message : p.path + QStringLiteral(": ") + p.message);
    // The line as read (it may not even be JSON) with what is wrong with it, one object per line.
    const QJsonObject rejected { { QStringLiteral("line"), double(record.line) },
        { QStringLiteral("text"), QString::fromUtf8(record.text) },
        { QStringLiteral("problems"), messages } };
    return QJsonDocument(rejected).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace sal::core
