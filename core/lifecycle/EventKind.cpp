#include "lifecycle/EventKind.h"

#include "domain/EnumNames.h"

namespace sal::core {

namespace {
constexpr EnumName<EventKind> kEventKindNames[] = {
    { EventKind::Qualified, "qualified" },
    { EventKind::Routed, "routed" },
    { EventKind::FirstOpened, "first_opened" },
    { EventKind::ContactAttempt, "contact_attempt" },
    { EventKind::AtRiskWarned, "at_risk_warned" },
    { EventKind::Escalated, "escalated" },
    { EventKind::Rerouted, "rerouted" },
    { EventKind::Accepted, "accepted" },
    { EventKind::Rejected, "rejected" },
    { EventKind::Returned, "returned" },
    { EventKind::Enriched, "enriched" },
    { EventKind::Recycled, "recycled" },
    { EventKind::FirstOutreach, "first_outreach" },
    { EventKind::ConvertedToSql, "converted_to_sql" },
    { EventKind::Disqualified, "disqualified" },
    { EventKind::OpportunityCreated, "opportunity_created" },
    { EventKind::Redirected, "redirected" },
    { EventKind::QueuedForEnrichment, "queued_for_enrichment" },
    { EventKind::Nurtured, "nurtured" },
    { EventKind::Excluded, "excluded" },
    { EventKind::Disputed, "disputed" },
    { EventKind::DisputeUpheld, "dispute_upheld" },
    { EventKind::DisputeOverturned, "dispute_overturned" },
};
} // namespace

QString eventKindToString(EventKind kind)
{
    return enumToString(kEventKindNames, kind);
}

std::optional<EventKind> eventKindFromString(const QString &text)
{
    return enumFromString(kEventKindNames, text);
}

QStringList allEventKindNames()
{
    return enumNames(kEventKindNames);
}

} // namespace sal::core
