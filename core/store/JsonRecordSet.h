#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <initializer_list>

namespace sal::core {

// Many rows bound as ONE parameter: a JSON array of objects, read back as a table by the database
// itself (PostgreSQL: jsonb_to_recordset; SQLite: json_each + json_extract). A batch then costs one
// statement per table instead of one per row, which on PostgreSQL is one round trip instead of
// hundreds. This is the only place where the two dialects differ for it; the statements around the
// fragment are shared.
class JsonRecordSet
{
public:
    enum class Type { Text, Integer };
    struct Column
    {
        const char *name; // also the key in each object: lower-case snake case
        Type type = Type::Text;
    };

    explicit JsonRecordSet(bool postgres)
        : m_postgres(postgres)
    { }

    // A FROM item called `alias` with `columns`, taking the array as one `?` placeholder.
    QString from(std::initializer_list<Column> columns, const QString &alias = QStringLiteral("r")) const;

    // The bound value: compact JSON text (a JSON null is SQL NULL in both dialects).
    static QString bind(const QJsonArray &rows);
    // A text value: JSON null for a null QString, so it stores NULL exactly where binding the
    // QString itself would have.
    static QJsonValue text(const QString &value);
    static QJsonValue textOrNull(const QString &value); // JSON null for an empty string too

private:
    bool m_postgres;
};

} // namespace sal::core
