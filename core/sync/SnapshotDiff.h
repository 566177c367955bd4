#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace sal::core {

// Says in words what differs between the snapshot a rep decided on (RepWorkspace::snapshotOf, kept
// with the operation) and the same lead's snapshot now: "Score 62 → 48", "Checklist budget:
// unknown → pass". A "lead changed" conflict shows this, so the rep knows what to look at again.
class SnapshotDiff
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::SnapshotDiff)

public:
    static QStringList describe(const QJsonObject &before, const QJsonObject &after);
};

} // namespace sal::core
