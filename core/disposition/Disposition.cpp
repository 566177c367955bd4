#include "disposition/Disposition.h"

#include "domain/EnumNames.h"

namespace sal::core {

namespace {
constexpr EnumName<DispositionKind> kKindNames[] = {
    { DispositionKind::Accept, "accept" },
    { DispositionKind::Reject, "reject" },
    { DispositionKind::NeedsInfo, "needs_info" },
};
constexpr EnumName<NextStepKind> kNextStepNames[] = {
    { NextStepKind::Call, "call" },
    { NextStepKind::Meeting, "meeting" },
    { NextStepKind::EmailSequence, "email" },
    { NextStepKind::Other, "other" },
};
} // namespace

QString dispositionKindToString(DispositionKind kind)
{
    return enumToString(kKindNames, kind);
}

std::optional<DispositionKind> dispositionKindFromString(const QString &text)
{
    return enumFromString(kKindNames, text);
}

QString nextStepKindToString(NextStepKind kind)
{
    return enumToString(kNextStepNames, kind);
}

std::optional<NextStepKind> nextStepKindFromString(const QString &text)
{
    return enumFromString(kNextStepNames, text);
}

QStringList allNextStepKindNames()
{
    return enumNames(kNextStepNames);
}

} // namespace sal::core
