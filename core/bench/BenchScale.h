#pragma once

#include <QString>
#include <optional>

namespace sal::core {

// How big a benchmark run is: the sizes (base), ten times smaller (a quick look) or ten
// times larger (where the machine allows).
enum class BenchScale { Small, Base, Large };

inline std::optional<BenchScale> benchScaleFromString(const QString &text)
{
    if (text == QLatin1String("small"))
        return BenchScale::Small;
    if (text == QLatin1String("base"))
        return BenchScale::Base;
    if (text == QLatin1String("large"))
        return BenchScale::Large;
    return std::nullopt;
}

inline int scaled(int baseSize, BenchScale scale)
{
    switch (scale) {
    case BenchScale::Small:
        return qMax(1, baseSize / 10);
    case BenchScale::Large:
        return baseSize * 10;
    case BenchScale::Base:
        break;
    }
    return baseSize;
}

} // namespace sal::core
