#pragma once

#include <QList>
#include <algorithm>

namespace sal::core {

// Latencies of many runs of one step, and their percentiles.
class LatencySample
{
public:
    void add(double value) { m_values << value; }
    qsizetype count() const { return m_values.size(); }
    double percentile(double p) const // nearest rank; 0 when empty
    {
        if (m_values.isEmpty())
            return 0;
        QList<double> sorted = m_values;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype rank = qsizetype(p / 100.0 * double(sorted.size() - 1) + 0.5);
        return sorted.at(qBound<qsizetype>(0, rank, sorted.size() - 1));
    }
    double mean() const
    {
        double sum = 0;
        for (double v : m_values)
            sum += v;
        return m_values.isEmpty() ? 0 : sum / double(m_values.size());
    }

private:
    QList<double> m_values;
};

} // namespace sal::core
