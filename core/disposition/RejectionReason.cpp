#include "disposition/RejectionReason.h"

#include "domain/EnumNames.h"

namespace sal::core {

namespace {
constexpr EnumName<ReasonCategory> kCategoryNames[] = {
    { ReasonCategory::Procedural, "procedural" },
    { ReasonCategory::Clerical, "clerical" },
    { ReasonCategory::Definitional, "definitional" },
};
constexpr EnumName<RecycleAction> kRecycleNames[] = {
    { RecycleAction::Reroute, "reroute" },
    { RecycleAction::Enrich, "enrich" },
    { RecycleAction::Nurture, "nurture" },
    { RecycleAction::Exclude, "exclude" },
};
} // namespace

QString reasonCategoryToString(ReasonCategory category)
{
    return enumToString(kCategoryNames, category);
}

std::optional<ReasonCategory> reasonCategoryFromString(const QString &text)
{
    return enumFromString(kCategoryNames, text);
}

QStringList allReasonCategoryNames()
{
    return enumNames(kCategoryNames);
}

QString recycleActionToString(RecycleAction action)
{
    return enumToString(kRecycleNames, action);
}

std::optional<RecycleAction> recycleActionFromString(const QString &text)
{
    return enumFromString(kRecycleNames, text);
}

QStringList allRecycleActionNames()
{
    return enumNames(kRecycleNames);
}

} // namespace sal::core
