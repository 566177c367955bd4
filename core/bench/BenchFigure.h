#pragma once

#include <QString>
#include <optional>

namespace sal::core {

// One measured figure of a benchmark and what it is judged against: the reference measured in the
// same run on the same machine (a ratio target), or a fixed limit (CPU share, resident memory).
struct BenchFigure
{
    QString item; // the benchmark it belongs to: "queue", "commit", "push"…
    QString name; // what was measured: "load 100,000 open leads"
    double ours = 0;
    QString unit; // "ms", "MiB", "%", "round trips"
    std::optional<double> reference; // same unit
    QString referenceLabel; // "sqlite3 SELECT to /dev/null"
    std::optional<double> targetRatio; // ours / reference must stay at or under this
    std::optional<double> targetValue; // ours must stay at or under this

    std::optional<double> ratio() const
    {
        if (!reference || *reference <= 0)
            return std::nullopt;
        return ours / *reference;
    }
    // Whether the target holds; nothing when the figure has none (a figure shown for information).
    std::optional<bool> met() const
    {
        if (targetRatio) {
            const std::optional<double> r = ratio();
            return r ? std::optional<bool>(*r <= *targetRatio) : std::nullopt;
        }
        if (targetValue)
            return ours <= *targetValue;
        return std::nullopt;
    }
};

} // namespace sal::core
