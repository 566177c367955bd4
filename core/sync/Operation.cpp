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

} // namespace sal::core
