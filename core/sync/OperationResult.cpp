#include "sync/OperationResult.h"

#include "domain/EnumNames.h"

namespace sal::core {

namespace {
constexpr EnumName<ApplyStatus> kStatusNames[] = {
    { ApplyStatus::Applied, "applied" },
    { ApplyStatus::Duplicate, "duplicate" },
    { ApplyStatus::Conflict, "conflict" },
};
constexpr EnumName<ConflictKind> kConflictNames[] = {
    { ConflictKind::None, "none" },
    { ConflictKind::Rerouted, "rerouted" },
    { ConflictKind::AlreadyDecided, "already_decided" },
    { ConflictKind::LeadChanged, "lead_changed" },
    { ConflictKind::Invalid, "invalid" },
};
} // namespace

QString applyStatusToString(ApplyStatus status)
{
    return enumToString(kStatusNames, status);
}

std::optional<ApplyStatus> applyStatusFromString(const QString &text)
{
    return enumFromString(kStatusNames, text);
}

QString conflictKindToString(ConflictKind kind)
{
    return enumToString(kConflictNames, kind);
}

std::optional<ConflictKind> conflictKindFromString(const QString &text)
{
    return enumFromString(kConflictNames, text);
}

} // namespace sal::core
