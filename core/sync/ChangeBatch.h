#pragma once

#include "disposition/ContactAttempt.h"
#include "domain/Lead.h"
#include "lifecycle/StageEvent.h"

#include <QList>
#include <QStringList>

namespace sal::core {

// A lead as the team store holds it: the context plus what sync needs to reason about it.
struct LeadSnapshot
{
    Lead lead;
    int version = 0;
    QList<ContactAttempt> attempts;
    QList<StageEvent> events;
};

// What a pull returns: leads to (re)cache, leads that are no longer this user's, and the
// checkpoint to ask from next time.
struct ChangeBatch
{
    QList<LeadSnapshot> upserts;
    QStringList removedLeadIds; // re-routed away from this user
    qint64 nextSequence = 0;
    bool more = false; // another pull would return more
};

} // namespace sal::core
