#pragma once

#include "disposition/ContactAttempt.h"
#include "domain/Lead.h"

#include <QList>

namespace sal::core {

// A lead as the rep's device holds it: the team store's version of it plus what the device did.
struct CachedLead
{
    Lead lead;
    int version = 0;
    QList<ContactAttempt> attempts; // team store's and this device's
    QString pendingDecision; // operation kind decided here and not yet confirmed ("accept"), else empty
};

} // namespace sal::core
