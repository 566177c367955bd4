#include "automation/RecycleOutcome.h"

#include "automation/NurtureEnrolment.h"
#include "domain/EnumNames.h"

namespace sal::core {

namespace {
constexpr EnumName<RecycleStep> kRecycleStepNames[] = {
    { RecycleStep::Redirect, "redirect" },
    { RecycleStep::QueueForEnrichment, "enrich" },
    { RecycleStep::Nurture, "nurture" },
    { RecycleStep::Exclude, "exclude" },
    { RecycleStep::Skip, "skip" },
};
} // namespace

QString recycleStepToString(RecycleStep step)
{
    return enumToString(kRecycleStepNames, step);
}

QString RecycleOutcome::eventReason() const
{
    if (step == RecycleStep::Nurture)
        return NurtureEnrolment { track, reEngageOn }.toReason();
    return reasonCode;
}

} // namespace sal::core
