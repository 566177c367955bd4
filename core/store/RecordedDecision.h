#pragma once

#include "disposition/Disposition.h"

#include <QDateTime>
#include <QString>

namespace sal::core {

// A decision as the team store keeps it: what the rep decided on which lead, when on their device
// and when it arrived. The raw material of feedback exports and closed-loop reports.
struct RecordedDecision
{
    QString operationId;
    QString leadId;
    QString repEmail;
    Disposition disposition;
    QDateTime decidedAtUtc;
    QDateTime syncedAtUtc;

    bool operator==(const RecordedDecision &) const = default;
};

} // namespace sal::core
