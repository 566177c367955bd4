#pragma once

#include "sla/SlaClock.h"

#include <QHash>
#include <QList>

namespace sal::core {

// Decides which leads deserve a notification: a lead is announced once when it goes at risk and
// once more when it breaches, never again for the same state, and forgotten when it leaves the
// queue (so a lead that comes back is announced afresh).
class SlaAlertTracker
{
public:
    struct Alert
    {
        QString leadId;
        SlaState state = SlaState::AtRisk;
        bool operator==(const Alert &) const = default;
    };

    // `states`: every lead now in the queue with its SLA state. Returns the new alerts, in order.
    QList<Alert> update(const QList<std::pair<QString, SlaState>> &states);

private:
    QHash<QString, SlaState> m_announced;
};

} // namespace sal::core
