#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace sal::core {

enum class ApplyStatus { Applied, Duplicate, Conflict };
enum class ConflictKind {
    None,
    Rerouted, // the lead belongs to someone else now
    AlreadyDecided, // someone already dispositioned it
    LeadChanged, // the lead changed since the rep looked at it (version)
    Invalid, // the team store's validator refused it (its policy is stricter than the device's)
};

QString applyStatusToString(ApplyStatus status);
std::optional<ApplyStatus> applyStatusFromString(const QString &text);
QString conflictKindToString(ConflictKind kind);
std::optional<ConflictKind> conflictKindFromString(const QString &text);

// What the team store did with one pushed operation.
struct OperationResult
{
    QString operationId;
    ApplyStatus status = ApplyStatus::Applied;
    ConflictKind conflict = ConflictKind::None;
    QString message; // for conflicts: what happened, in words the rep understands
    int serverVersion = 0; // the lead's version after this result
    QString currentOwner;
    QDateTime appliedAtUtc; // when the team store first received it

    bool operator==(const OperationResult &) const = default;
};

} // namespace sal::core
