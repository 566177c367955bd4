#include "io/MappingProfile.h"

namespace sal::core {

namespace {
QString key(const QString &header)
{
    return header.trimmed().toCaseFolded();
}
} // namespace

std::optional<QString> MappingProfile::fieldFor(const QString &header) const
{
    const QString k = key(header);
    for (const auto &[column, field] : columns) {
        if (key(column) == k)
            return field;
    }
    return std::nullopt;
}

bool MappingProfile::ignores(const QString &header) const
{
    const QString k = key(header);
    for (const QString &h : ignored) {
        if (key(h) == k)
            return true;
    }
    return false;
}

QString MappingProfile::translate(const QString &field, const QString &value) const
{
    const auto table = values.constFind(field);
    if (table == values.constEnd())
        return value;
    const QString k = key(value);
    if (const auto hit = table->constFind(k); hit != table->constEnd())
        return *hit;
    if (!k.isEmpty()) {
        if (const auto any = table->constFind(QStringLiteral("*")); any != table->constEnd())
            return *any;
    }
    return value;
}

} // namespace sal::core
