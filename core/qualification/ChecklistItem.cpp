#include "qualification/ChecklistItem.h"

#include "domain/EnumNames.h"

namespace sal::core {

namespace {
constexpr EnumName<CheckOutcome> kOutcomeNames[] = {
    { CheckOutcome::Pass, "pass" },
    { CheckOutcome::Fail, "fail" },
    { CheckOutcome::Unknown, "unknown" },
};
} // namespace

QString checkOutcomeToString(CheckOutcome outcome)
{
    return enumToString(kOutcomeNames, outcome);
}

} // namespace sal::core
