#pragma once

#include "sync/Operation.h"
#include "sync/OperationResult.h"

#include <QDateTime>
#include <QString>

namespace sal::core {

// A decision the team store refused, kept with the original so the rep can re-apply or discard it.
struct Conflict
{
    Operation operation;
    ConflictKind kind = ConflictKind::None;
    QString message;
    QDateTime detectedAtUtc;
    QString resolution; // "open", "reapplied", "discarded"
};

} // namespace sal::core
