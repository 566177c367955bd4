#pragma once

#include <QString>

namespace sal::core {

// A sales team: its people share a manager, a business calendar and an SLA policy.
struct Team
{
    QString id; // "na"
    QString name; // "North America"
    QString managerEmail;
    QString calendarId; // name of a calendar in the policy ("new_york")
    bool channelPartner = false;

    bool operator==(const Team &) const = default;
};

} // namespace sal::core
