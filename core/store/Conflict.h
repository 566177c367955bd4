#pragma once

#include "sync/Operation.h"
#include "sync/OperationResult.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sal::core {

// A decision the team store refused, kept with the original so the rep can re-apply or discard it.
struct Conflict
{
    Operation operation;
    ConflictKind kind = ConflictKind::None;
    QString message;
    QDateTime detectedAtUtc;
    QString resolution; // "open", "reapplied", "discarded"
    // Not stored: what differs between what the rep decided on and the lead now (SnapshotDiff),
    // filled in by whoever shows the conflict next to the current lead.
    QStringList changes;
};

} // namespace sal::core
