#pragma once

#include "domain/Lead.h"
#include "lifecycle/StageEvent.h"
#include "sync/Operation.h"

#include <QDateTime>
#include <QList>

namespace sal::core {

// One write of the demo history, replayed against the team store in the order the team store would
// have seen it: a new lead, a re-route, an automation or follow-up event, or a batch of operations
// pushed by a rep's device.
struct DemoStep
{
    enum class Kind { PutLead, Assign, Event, Push };

    Kind kind = Kind::Event;
    QDateTime atUtc; // when the team store records it (for a push: when the batch arrives)
    int leadIndex = 0; // ties at the same second keep the leads' order…
    int sequence = 0; // …and each lead's own steps keep theirs
    QString leadId;

    Lead lead; // PutLead
    QList<StageEvent> events; // PutLead: its first events

    EventKind event = EventKind::Routed; // Event
    QString actor; // Event, Assign
    QString reason; // Event, Assign
    QString newOwner; // Assign

    QList<Operation> operations; // Push
};

} // namespace sal::core
