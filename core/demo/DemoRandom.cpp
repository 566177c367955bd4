#include "demo/DemoRandom.h"

#include <numeric>

namespace sal::core {

int DemoRandom::between(int lowest, int highest)
{
    if (highest <= lowest)
        return lowest;
    return m_generator.bounded(lowest, highest + 1);
}

qint64 DemoRandom::between(qint64 lowest, qint64 highest)
{
    if (highest <= lowest)
        return lowest;
    return m_generator.bounded(lowest, highest + 1);
}

double DemoRandom::unit()
{
    return m_generator.generateDouble();
}

double DemoRandom::between(double lowest, double highest)
{
    return lowest + (highest - lowest) * unit();
}

bool DemoRandom::chance(double probability)
{
    return unit() < probability;
}

int DemoRandom::weighted(const QList<double> &weights)
{
    const double total = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    double point = unit() * total;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        if (point < weights.at(i))
            return int(i);
        point -= weights.at(i);
    }
    return int(weights.size()) - 1;
}

QString DemoRandom::base62(int length)
{
    static constexpr char kDigits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text += QLatin1Char(kDigits[between(0, 61)]);
    return text;
}

} // namespace sal::core
