#include "store/JsonRecordSet.h"

#include <QJsonDocument>
#include <QStringList>

namespace sal::core {

QString JsonRecordSet::from(std::initializer_list<Column> columns, const QString &alias) const
{
    QStringList parts;
    for (const Column &c : columns) {
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

QString JsonRecordSet::bind(const QJsonArray &rows)
{
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

QJsonValue JsonRecordSet::text(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue JsonRecordSet::textOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace sal::core
