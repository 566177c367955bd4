#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace sal::core {

// A marketing programme a recycled lead is enrolled in (nurture.json): when marketing looks at it
// again, and whether it sinks to the bottom of marketing's list.
struct NurtureTrack
{
    QString id; // "quarterly-re-engagement"
    QString label;
    int reEngageAfterDays = 90;
    bool deprioritised = false;

    bool operator==(const NurtureTrack &) const = default;
};

struct NurtureTracks
{
    QList<NurtureTrack> tracks;

    std::optional<NurtureTrack> track(const QString &id) const
    {
        for (const NurtureTrack &t : tracks) {
            if (t.id == id)
                return t;
        }
        return std::nullopt;
    }

    bool operator==(const NurtureTracks &) const = default;
};

} // namespace sal::core
