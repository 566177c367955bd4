#include "store/JsonRecordSet.h"

#include "store/SqlDatabase.h"

#include <QStringList>

namespace sal::core {

JsonRecordSet::JsonRecordSet(bool postgres, std::initializer_list<Column> columns)
    : m_postgres(postgres)
    , m_columns(columns)
{
    m_json.reserve(4096);
    m_json += '[';
}

QString JsonRecordSet::columnNames() const
{
    QStringList names;
    for (const Column &c : m_columns)
        names << QLatin1String(c.name);
    return names.join(QStringLiteral(", "));
}

QString JsonRecordSet::from(const QString &alias) const
{
    QStringList parts;
    for (const Column &c : m_columns) {
        const QString name = QLatin1String(c.name);
        const QString type = c.type == Type::Integer ? QStringLiteral("integer") : QStringLiteral("text");
        parts << (m_postgres
                ? name + QLatin1Char(' ') + type
                : QStringLiteral("CAST(json_extract(value, '$.%1') AS %2) AS %1").arg(name, type));
    }
    if (m_postgres)
        return QStringLiteral("jsonb_to_recordset(CAST(? AS jsonb)) AS %1(%2)")
            .arg(alias, parts.join(QStringLiteral(", ")));
    return QStringLiteral("(SELECT %1 FROM json_each(?)) AS %2").arg(parts.join(QStringLiteral(", ")), alias);
}

JsonRecordSet &JsonRecordSet::row()
{
    if (m_rows > 0)
        m_json += "},";
    m_json += '{';
    ++m_rows;
    m_next = 0;
    return *this;
}

void JsonRecordSet::key()
{
    Q_ASSERT(m_next < m_columns.size());
    if (m_next > 0)
        m_json += ',';
    m_json += '"';
    m_json += m_columns[m_next].name;
    m_json += "\":";
    ++m_next;
}

JsonRecordSet &JsonRecordSet::text(const QString &value)
{
    if (value.isNull())
        return null();
    key();
    m_json += '"';
    const QByteArray utf8 = value.toUtf8();
    // Runs of plain characters are appended at once; only quotes, backslashes and control
    // characters are escaped.
    qsizetype plain = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto u = static_cast<unsigned char>(utf8[i]);
        if (u != '"' && u != '\\' && u >= 0x20)
            continue;
        m_json.append(utf8.constData() + plain, i - plain);
        plain = i + 1;
        if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            m_json += "\\u00";
            m_json += hex[u >> 4];
            m_json += hex[u & 0xf];
        } else {
            m_json += '\\';
            m_json += char(u);
        }
    }
    m_json.append(utf8.constData() + plain, utf8.size() - plain);
    m_json += '"';
    return *this;
}

JsonRecordSet &JsonRecordSet::textOrNull(const QString &value)
{
    return value.isEmpty() ? null() : text(value);
}

JsonRecordSet &JsonRecordSet::integer(qint64 value)
{
    key();
    m_json += QByteArray::number(value);
    return *this;
}

JsonRecordSet &JsonRecordSet::null()
{
    key();
    m_json += "null";
    return *this;
}

QString JsonRecordSet::bound() const
{
    return QString::fromUtf8(m_rows > 0 ? m_json + "}]" : m_json + ']');
}

Result<bool> JsonRecordSet::run(SqlDatabase &db, const QString &statement) const
{
    if (isEmpty())
        return true;
    if (auto r = db.run(statement.arg(from()), { bound() }); !r)
        return r.problems();
    return true;
}

} // namespace sal::core
