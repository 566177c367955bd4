#pragma once

#include "lifecycle/EventKind.h"
#include "lifecycle/Stage.h"

#include <QDateTime>
#include <QString>

namespace sal::core {

// One appended line of a lead's history. Never updated in place: a correction is another event.
// For touches `from == to`.
struct StageEvent
{
    QString leadId;
    EventKind kind = EventKind::Routed;
    Stage from = Stage::Mql;
    Stage to = Stage::Mql;
    QDateTime at; // UTC
    QString actor; // email of a person, or "system:<job>" for automation
    QString reason; // free text or a code ("wrong_territory", the routing rule that fired)

    bool changesStage() const { return from != to; }

    bool operator==(const StageEvent &) const = default;
};

} // namespace sal::core
