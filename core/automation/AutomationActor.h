#pragma once

#include <QString>

namespace sal::core {

// Who wrote an automation event: the `actor` of its stage_events row ("system:<job>"), as the demo
// history writes it too, so reports can tell people from jobs.
struct AutomationActor
{
    static QString routing() { return QStringLiteral("system:routing"); }
    static QString escalation() { return QStringLiteral("system:escalation"); }
    static QString recycling() { return QStringLiteral("system:recycle"); }
};

} // namespace sal::core
