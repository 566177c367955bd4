#pragma once

#include "domain/Result.h"
#include "lifecycle/StageEvent.h"

#include <QCoreApplication>
#include <QList>

namespace sal::core {

// The state machine of a lead: which event may happen in which stage, and where it leads.
// It is the only place that creates StageEvents, so an illegal transition cannot be stored.
class LeadLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::LeadLifecycle)

public:
    // The stage `kind` leads to from `from`, or nothing when the event is not allowed there.
    static std::optional<Stage> target(Stage from, EventKind kind);
    static bool allows(Stage from, EventKind kind) { return target(from, kind).has_value(); }

    // The stages in which `kind` may happen.
    static QList<Stage> stagesAllowing(EventKind kind);

    // The event for `kind` on a lead in stage `from`, or a clear error naming the stage and the
    // stages where the event would have been allowed.
    // The error for an event that is not allowed in `from`.
    static Problem refusal(const QString &leadId, Stage from, EventKind kind);

    static Result<StageEvent> apply(const QString &leadId, Stage from, EventKind kind, const QDateTime &atUtc,
                                    const QString &actor, const QString &reason = {});
};

} // namespace sal::core
