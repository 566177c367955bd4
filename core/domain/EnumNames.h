#pragma once

#include <QString>

#include <optional>
#include <QStringList>

namespace sal::core {

// Stable machine names for enums, as stored in files and databases. One table per enum keeps the
// two directions from drifting apart.
template<typename E>
struct EnumName
{
    E value;
    const char *name;
};

template<typename E, std::size_t N>
QString enumToString(const EnumName<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QLatin1String(entry.name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> enumFromString(const EnumName<E> (&table)[N], const QString &text)
{
    for (const auto &entry : table) {
        if (text == QLatin1String(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QStringList enumNames(const EnumName<E> (&table)[N])
{
    QStringList names;
    for (const auto &entry : table)
        names << QLatin1String(entry.name);
    return names;
}

} // namespace sal::core
