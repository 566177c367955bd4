#pragma once

#include "domain/Problem.h"
#include "io/TextDecoding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <optional>

class QIODevice;

namespace sal::core {

// One CSV record: its fields, the physical line it starts on (quoted line breaks let a record span
// several lines), and what is wrong with it.
struct CsvRecord
{
    qint64 line = 0;
    QStringList fields;
    Problems problems; // this record is bad; the rest of the file can still be read
};

// An RFC 4180 reader that streams: it holds one 64 KiB chunk and one record at a time, so memory
// stays flat however long the file is. Quoted fields may hold delimiters, doubled quotes and line
// breaks; records end with CRLF, LF or a lone CR; a UTF-8 byte order mark is skipped; blank lines
// are not records. Text is UTF-8 unless told Windows-1252 (bytes outside UTF-8 stop the read with
// a message that says so, rather than importing mangled names).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::CsvReader)
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    static constexpr qsizetype kMaxRecordBytes = 1024 * 1024;

    CsvReader(QIODevice &device, QString fileName, TextEncoding encoding = TextEncoding::Utf8,
        char delimiter = ',');

    // Names the columns in record problems ("Email" rather than "field 5").
    void setColumnNames(const QStringList &names) { m_columnNames = names; }

    // The next record; false at the end of the file or when the rest cannot be read (see fatal()).
    bool next(CsvRecord &record);

    // Set when reading had to stop: an unterminated quote, a runaway record, bytes that are not
    // text in the chosen encoding, a read error.
    const std::optional<Problem> &fatal() const { return m_fatal; }
    qint64 bytesRead() const { return m_consumed; }
    const QString &fileName() const { return m_fileName; }

private:
    int peek();
    void advance();
    bool fill();
    void fail(qint64 line, const QString &message);
    QString columnName(qsizetype index) const;
    bool finishField(CsvRecord &record, QByteArray &field);
    bool readRecord(CsvRecord &record);

    QIODevice &m_device;
    QString m_fileName;
    TextEncoding m_encoding;
    char m_delimiter;
    QStringList m_columnNames;
    QByteArray m_chunk;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    bool m_started = false;
    bool m_eof = false;
    std::optional<Problem> m_fatal;
};

} // namespace sal::core
