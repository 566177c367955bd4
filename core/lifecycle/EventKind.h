#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sal::core {

// Everything that happens to a lead. Some kinds move it to another stage (see LeadLifecycle), the
// rest are touches that stay in the stage but are the raw data of every SLA figure.
enum class EventKind {
    Qualified, // Lead → MQL: marketing hands it over
    Routed, // assigned to a rep (touch)
    FirstOpened, // the owner opened it for the first time (touch)
    ContactAttempt, // call, email, LinkedIn message before deciding (touch)
    AtRiskWarned, // the owner was warned the SLA is running out (touch)
    Escalated, // the deadline passed: the manager was told (touch)
    Rerouted, // given to another rep after the second threshold (touch)
    Accepted, // MQL → SAL
    Rejected, // MQL → Rejected
    Returned, // MQL → NeedsInfo: back to marketing for enrichment
    Enriched, // NeedsInfo → MQL: marketing sent it back
    Recycled, // Rejected / Disqualified → MQL: it re-scored after nurture
    FirstOutreach, // the first real outreach after acceptance (touch)
    ConvertedToSql, // SAL → SQL
    Disqualified, // SAL / SQL → Disqualified, after contact
    OpportunityCreated, // SQL → Opportunity
    // Recycling after a rejection or disqualification (core/automation):
    Redirected, // Rejected → MQL: a procedural rejection (wrong territory, wrong rep) goes to the right rep
    QueuedForEnrichment, // Rejected for bad data: waits for marketing to enrich it (touch)
    Nurtured, // enrolled in a nurture track, with its re-engagement date (touch)
    Excluded, // competitor, duplicate…: never recycled (touch)
    Disputed, // marketing disputes the rejection (touch)
    DisputeUpheld, // the manager kept the rejection (touch)
    DisputeOverturned, // Rejected → MQL: the rejection was wrong, the lead goes back to sales
};

QString eventKindToString(EventKind kind);
std::optional<EventKind> eventKindFromString(const QString &text);
QStringList allEventKindNames();

} // namespace sal::core
