#include "automation/LadderAction.h"

#include "domain/EnumNames.h"

namespace sal::core {

namespace {
constexpr EnumName<LadderStep> kLadderStepNames[] = {
    { LadderStep::WarnOwner, "warn" },
    { LadderStep::EscalateToManager, "escalate" },
    { LadderStep::Reroute, "reroute" },
    { LadderStep::HoldReroute, "hold" },
    { LadderStep::WarnFollowUp, "warn_follow_up" },
    { LadderStep::EscalateFollowUp, "escalate_follow_up" },
    { LadderStep::RecordFirstOutreach, "record_first_outreach" },
};
} // namespace

QString ladderStepToString(LadderStep step)
{
    return enumToString(kLadderStepNames, step);
}

} // namespace sal::core
