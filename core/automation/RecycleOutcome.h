#pragma once

#include <QDate>
#include <QString>

namespace sal::core {

// What recycling does with one rejected lead, by its reason's recycle action.
enum class RecycleStep {
    Redirect, // procedural: straight to the right rep (re-routed by the rules, not back to the rejecting rep)
    QueueForEnrichment, // clerical: marketing fixes the data, then it comes back
    Nurture, // definitional: enrolled in the reason's nurture track until a re-engagement date
    Exclude, // never recycled (competitor, duplicate)
    Skip, // cannot be recycled (a reason the policy no longer knows): nothing is written
};

QString recycleStepToString(RecycleStep step); // "redirect", "enrich", "nurture", "exclude", "skip"

struct RecycleOutcome
{
    RecycleStep step = RecycleStep::Nurture;
    QString leadId;
    QString company;
    QString rejectedBy;
    QString reasonCode;
    QString track; // Nurture
    QDate reEngageOn; // Nurture
    QString target; // Redirect: the new owner
    QString routingReason; // Redirect: the Rerouted event's reason (rule and owner)
    QString explanation;

    // The reason written on the recycle event ("quarterly-re-engagement until 2027-02-21").
    QString eventReason() const;
};

} // namespace sal::core
