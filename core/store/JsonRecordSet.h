#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <initializer_list>
#include <vector>

namespace sal::core {

class SqlDatabase;

// Many rows bound as ONE parameter: a JSON array of objects, read back as a table by the database
// itself (PostgreSQL: jsonb_to_recordset; SQLite: json_each + json_extract). A batch then costs one
// statement per table instead of one per row, which on PostgreSQL is one round trip instead of
// hundreds. This is the only place where the two dialects differ for it; the statements around the
// fragment are shared. The text is written directly (no QJsonObject per row: building those cost
// more than the database's work).
class JsonRecordSet
{
public:
    enum class Type { Text, Integer };
    struct Column
    {
        const char *name; // also the key in each object: lower-case snake case
        Type type = Type::Text;
    };

    JsonRecordSet(bool postgres, std::initializer_list<Column> columns);

    // The column names, comma-separated: for an INSERT that takes every column as it is.
    QString columnNames() const;
    // A FROM item called `alias` with the columns, taking the array as one `?` placeholder.
    QString from(const QString &alias = QStringLiteral("r")) const;

    // Rows: start one, then give every column in order.
    JsonRecordSet &row();
    JsonRecordSet &text(const QString &value); // NULL for a null QString, as binding it would store
    JsonRecordSet &textOrNull(const QString &value); // NULL for an empty one too
    JsonRecordSet &integer(qint64 value);
    JsonRecordSet &null();

    bool isEmpty() const { return m_rows == 0; }
    qsizetype size() const { return m_rows; }
    QString bound() const; // the value for the placeholder

    // Runs `statement`, whose %1 is the FROM item (from()), with the rows bound; an empty set runs
    // nothing. What every set-based write of a batch or a chunk does with its set.
    Result<bool> run(SqlDatabase &db, const QString &statement) const;

private:
    void key();

    bool m_postgres;
    std::vector<Column> m_columns;
    QByteArray m_json;
    qsizetype m_rows = 0;
    size_t m_next = 0; // column of the current row
};

} // namespace sal::core
