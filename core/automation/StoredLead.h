#pragma once

#include "domain/Result.h"
#include "sync/ChangeBatch.h"

#include <QCoreApplication>

namespace sal::core {

class TeamStore;

// A lead the caller named, read from the team store, or the error a user understands.
class StoredLead
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::StoredLead)

public:
    static Result<LeadSnapshot> find(TeamStore &store, const QString &leadId);
    // The error for a lead that is not in a stage the action needs.
    static Problem wrongStage(const LeadSnapshot &lead, const QString &needed);
};

} // namespace sal::core
