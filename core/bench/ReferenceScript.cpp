#include "bench/ReferenceScript.h"

#include <QStringList>

namespace sal::core {

ReferenceScript::ReferenceScript(const QString &path)
    : m_path(path)
    , m_file(path)
{
    (void)m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
}

void ReferenceScript::line(const QString &text)
{
    m_file.write(text.toUtf8());
    m_file.write("\n");
}

void ReferenceScript::insert(const QString &table, const QVariantList &values)
{
    QStringList literals;
    literals.reserve(values.size());
    for (const QVariant &v : values)
        literals << literal(v);
    line(QStringLiteral("INSERT INTO %1 VALUES (%2);").arg(table, literals.join(QLatin1Char(','))));
}

QString ReferenceScript::literal(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
    case QMetaType::Bool:
        return value.toString();
    default:
        break;
    }
    QString text = value.toString();
    text.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace sal::core
