#include "io/CsvReader.h"

#include <QIODevice>
#include <limits>

namespace sal::core {

namespace {
constexpr qint64 kChunkBytes = 64 * 1024;
}

CsvReader::CsvReader(QIODevice &device, QString fileName, TextEncoding encoding, char delimiter)
    : m_device(device)
    , m_fileName(std::move(fileName))
    , m_encoding(encoding)
    , m_delimiter(delimiter)
{ }

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_chunk = m_device.read(kChunkBytes);
    m_pos = 0;
    if (m_chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    return true;
}

int CsvReader::peek()
{
    if (m_pos >= m_chunk.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_chunk.at(m_pos));
}

void CsvReader::advance()
{
    ++m_pos;
    ++m_consumed;
}

void CsvReader::fail(qint64 line, const QString &message)
{
    if (m_fatal)
        return;
    Problem p = Problem::at(m_fileName, {}, message);
    p.line = int(qMin<qint64>(line, std::numeric_limits<int>::max()));
    m_fatal = p;
}

QString CsvReader::columnName(qsizetype index) const
{
    const QString name = m_columnNames.value(index);
    return name.isEmpty() ? tr("field %1").arg(index + 1) : name;
}

bool CsvReader::finishField(CsvRecord &record, QByteArray &field)
{
    if (m_encoding == TextEncoding::Utf8 && field.contains('\0')) {
        fail(
            record.line, tr("contains NUL bytes: it is UTF-16 or not a text file; save it as \"CSV UTF-8\""));
        return false;
    }
    std::optional<QString> text = TextDecoding::decode(field, m_encoding);
    if (!text) {
        fail(record.line, TextDecoding::utf8Problem(field).value_or(QString()));
        return false;
    }
    record.fields << *text;
    field.clear();
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    if (m_fatal)
        return false;
    if (!m_started) {
        m_started = true;
        if (peek() >= 0) {
            if (TextDecoding::startsWithWideBom(m_chunk)) {
                fail(1, tr("is UTF-16 or UTF-32 text: save it as \"CSV UTF-8\""));
                return false;
            }
            if (TextDecoding::startsWithUtf8Bom(m_chunk)) {
                m_pos += 3;
                m_consumed += 3;
            }
        }
    }
    return readRecord(record);
}

bool CsvReader::readRecord(CsvRecord &record)
{
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    record = CsvRecord {};
    record.line = m_line;
    QByteArray field;
    State state = State::FieldStart;
    bool quoted = false;
    qint64 quoteLine = 0;
    qsizetype size = 0;
    bool badQuote = false;

    // A line break outside quotes: CRLF, LF or a lone CR.
    const auto endOfLine = [this](int c) {
        if (c == '\r' && peek() == '\n')
            advance();
        ++m_line;
    };
    const auto recordProblem = [&](const QString &message) {
        Problem p = Problem::at(m_fileName, columnName(record.fields.size()), message);
        p.line = int(qMin<qint64>(record.line, std::numeric_limits<int>::max()));
        record.problems << p;
    };

    for (;;) {
        const int c = peek();
        if (c < 0) {
            if (m_fatal)
                return false;
            if (state == State::Quoted) {
                fail(quoteLine, tr("a quoted field opened on this line is never closed"));
                return false;
            }
            if (state == State::FieldStart && record.fields.isEmpty())
                return false; // nothing after the last line break
            return finishField(record, field);
        }
        advance();
        if (++size > kMaxRecordBytes) {
            fail(record.line,
                tr("a record longer than %1 bytes starts on this line; a quote is probably never closed")
                    .arg(kMaxRecordBytes));
            return false;
        }
        switch (state) {
        case State::FieldStart:
            if (c == '"') {
                state = State::Quoted;
                quoted = true;
                quoteLine = m_line;
                break;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (c == m_delimiter) {
                if (!finishField(record, field))
                    return false;
                quoted = false;
                state = State::FieldStart;
            } else if (c == '\r' || c == '\n') {
                endOfLine(c);
                if (record.fields.isEmpty() && field.isEmpty() && !quoted) {
                    // A blank line is not a record.
                    record.line = m_line;
                    size = 0;
                    state = State::FieldStart;
                    break;
                }
                return finishField(record, field);
            } else {
                if (c == '"' && !badQuote) {
                    badQuote = true;
                    recordProblem(
                        tr("a quote inside an unquoted field: quote the whole field and double the quote"));
                }
                field.append(char(c));
            }
            break;
        case State::Quoted:
            if (c == '"') {
                state = State::AfterQuote;
            } else if (c == '\r' || c == '\n') {
                // Line breaks inside a field are kept as LF whatever the file uses.
                if (c == '\r' && peek() == '\n')
                    advance();
                ++m_line;
                field.append('\n');
            } else {
                field.append(char(c));
            }
            break;
        case State::AfterQuote:
            if (c == '"') {
                field.append('"');
                state = State::Quoted;
            } else if (c == m_delimiter) {
                if (!finishField(record, field))
                    return false;
                quoted = false;
                state = State::FieldStart;
            } else if (c == '\r' || c == '\n') {
                endOfLine(c);
                return finishField(record, field);
            } else {
                if (!badQuote) {
                    badQuote = true;
                    recordProblem(tr("text after the closing quote: double a quote inside a quoted field"));
                }
                field.append(char(c));
                state = State::Unquoted;
            }
            break;
        }
    }
}

} // namespace sal::core
