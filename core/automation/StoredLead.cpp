#include "automation/StoredLead.h"

#include "store/TeamStore.h"

namespace sal::core {

Result<LeadSnapshot> StoredLead::find(TeamStore &store, const QString &leadId)
{
    Result<std::optional<LeadSnapshot>> found = store.lead(leadId);
    if (!found)
        return found.problems();
    if (!found->has_value())
        return Problem::forField(QStringLiteral("lead"), tr("No lead %1 in the team store.").arg(leadId));
    return **found;
}

Problem StoredLead::wrongStage(const LeadSnapshot &lead, const QString &needed)
{
    return Problem::forField(QStringLiteral("stage"),
        tr("Lead %1 is %2: this needs a lead that is %3.")
            .arg(lead.lead.id, stageDisplayName(lead.lead.stage), needed));
}

} // namespace sal::core
