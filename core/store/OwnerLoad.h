#pragma once

#include <QDateTime>
#include <QString>

namespace sal::core {

// How much one owner has been given: leads routed to them since a moment (today's load against
// their daily capacity) and when they last got one (the round robin's tie-break).
struct OwnerLoad
{
    QString owner;
    int assignedSince = 0;
    QDateTime lastAssignedUtc;

    bool operator==(const OwnerLoad &) const = default;
};

} // namespace sal::core
