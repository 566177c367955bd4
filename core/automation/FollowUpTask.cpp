#include "automation/FollowUpTask.h"

namespace sal::core {

std::optional<FollowUpTask> FollowUpTask::of(
    const LeadSnapshot &snapshot, const SlaClock &clock, const std::optional<Disposition> &accept)
{
    if (snapshot.lead.stage != Stage::Sal)
        return std::nullopt;
    // Only what happened after the (last) acceptance counts for its task.
    qsizetype accepted = -1;
    for (qsizetype i = 0; i < snapshot.events.size(); ++i) {
        if (snapshot.events.at(i).kind == EventKind::Accepted)
            accepted = i;
    }
    if (accepted < 0)
        return std::nullopt;
    FollowUpTask task;
    task.leadId = snapshot.lead.id;
    task.owner = snapshot.lead.ownerEmail;
    task.acceptedAtUtc = snapshot.events.at(accepted).at;
    for (qsizetype i = accepted + 1; i < snapshot.events.size(); ++i) {
        const StageEvent &e = snapshot.events.at(i);
        if (e.kind == EventKind::FirstOutreach) {
            task.outreachRecorded = true;
            if (!task.outreachAtUtc.isValid() || e.at < task.outreachAtUtc)
                task.outreachAtUtc = e.at;
        } else if (e.kind == EventKind::ContactAttempt
            && (!task.outreachAtUtc.isValid() || e.at < task.outreachAtUtc)) {
            task.outreachAtUtc = e.at;
        } else if (e.kind == EventKind::AtRiskWarned) {
            task.warned = true;
        } else if (e.kind == EventKind::Escalated) {
            task.escalated = true;
        }
    }
    const SlaTier tier = clock.policy().tier(snapshot.lead.tier).value_or(clock.policy().chooseTier({}));
    task.window = clock.openFollowUp(task.acceptedAtUtc, tier);
    if (task.outreachAtUtc.isValid())
        task.window = clock.meet(task.window, task.outreachAtUtc);
    if (accept && accept->kind == DispositionKind::Accept) {
        task.nextStep = accept->nextStep;
        task.nextStepDueUtc = accept->nextStepDueUtc;
    }
    return task;
}

} // namespace sal::core
