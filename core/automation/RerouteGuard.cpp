#include "automation/RerouteGuard.h"

namespace sal::core {

QString RerouteGuard::holdReason(const LeadSnapshot &snapshot, const QList<ReceivedOperation> &operations,
    const SlaClock &clock, const QDateTime &nowUtc)
{
    const Lead &lead = snapshot.lead;
    if (lead.stage == Stage::NeedsInfo)
        return tr("it is back with marketing for more information: its SLA is paused");
    if (lead.stage != Stage::Mql)
        return tr("it is already decided (%1)").arg(stageDisplayName(lead.stage));

    const ReceivedOperation *refused = nullptr;
    for (const ReceivedOperation &op : operations) {
        if (op.operation.actor.compare(lead.ownerEmail, Qt::CaseInsensitive) != 0)
            continue;
        if (op.result.appliedAtUtc < lead.routedAt)
            continue; // sent to an earlier ownership
        if (op.operation.kind == OperationKind::Accept && op.result.status == ApplyStatus::Conflict)
            refused = &op;
        else if (refused && op.operation.isDecision())
            refused = nullptr; // a later decision replaced it: it is no longer waiting
    }
    if (!refused)
        return {};
    const SlaTier tier = clock.policy().tier(lead.tier).value_or(clock.policy().chooseTier({}));
    const QDateTime until
        = clock.calendar().addBusinessSeconds(refused->result.appliedAtUtc, tier.responseSeconds());
    if (nowUtc >= until)
        return {};
    return tr(
        "%1 accepted it at %2 but the team store refused the decision (%3); it waits in their outbox to be "
        "re-applied, so the lead stays with them until %4")
        .arg(lead.ownerEmail, refused->operation.decidedAtUtc.toString(Qt::ISODate),
            conflictKindToString(refused->result.conflict), until.toString(Qt::ISODate));
}

} // namespace sal::core
