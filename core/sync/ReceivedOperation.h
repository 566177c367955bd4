#pragma once

#include "sync/Operation.h"
#include "sync/OperationResult.h"

namespace sal::core {

// An operation as the team store received it, and what it did with it: all the team store can know
// about a rep's outbox (what is still on an offline device is unknowable until it is pushed).
struct ReceivedOperation
{
    Operation operation;
    OperationResult result;
};

} // namespace sal::core
