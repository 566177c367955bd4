#include "sync/Operation.h"

#include "domain/EnumNames.h"

namespace sal::core {

namespace {
constexpr EnumName<OperationKind> kNames[] = {
    { OperationKind::Accept, "accept" },
    { OperationKind::Reject, "reject" },
    { OperationKind::NeedsInfo, "needs_info" },
    { OperationKind::ContactAttempt, "contact_attempt" },
};
} // namespace

QString operationKindToString(OperationKind kind)
{
    return enumToString(kNames, kind);
}

std::optional<OperationKind> operationKindFromString(const QString &text)
{
    return enumFromString(kNames, text);
}

OperationKind operationKindFor(DispositionKind kind)
{
    switch (kind) {
    case DispositionKind::Accept:
        return OperationKind::Accept;
    case DispositionKind::Reject:
        return OperationKind::Reject;
    case DispositionKind::NeedsInfo:
        return OperationKind::NeedsInfo;
    }
    return OperationKind::Accept;
}

EventKind eventKindFor(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Accept:
        return EventKind::Accepted;
    case OperationKind::Reject:
        return EventKind::Rejected;
    case OperationKind::NeedsInfo:
        return EventKind::Returned;
    case OperationKind::ContactAttempt:
        return EventKind::ContactAttempt;
    }
    return EventKind::ContactAttempt;
}

} // namespace sal::core
