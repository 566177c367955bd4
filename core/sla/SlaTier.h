#pragma once

#include <QString>

namespace sal::core {

// How fast a lead of one tier must be dispositioned, and how fast an accepted one must be worked.
struct SlaTier
{
    QString id; // "hot", "standard", "low"
    QString label; // shown to reps
    double responseHours = 24; // business hours from routing to decision
    double followUpHours = 24; // business hours from acceptance to first outreach

    qint64 responseSeconds() const { return qint64(responseHours * 3600.0); }
    qint64 followUpSeconds() const { return qint64(followUpHours * 3600.0); }

    bool operator==(const SlaTier &) const = default;
};

} // namespace sal::core
