#pragma once

#include <QDateTime>
#include <QString>

namespace sal::core {

// One rung of the escalation ladder for one lead.
enum class LadderStep {
    WarnOwner, // the response SLA went at risk: the owner is warned
    EscalateToManager, // the deadline passed: the team's manager is told
    Reroute, // the second threshold passed: another rep gets the lead, with a fresh window
    HoldReroute, // a re-route is due but must not happen (yet): nothing is written, the reason is said
    WarnFollowUp, // an accepted lead's first outreach is at risk
    EscalateFollowUp, // …or overdue: the manager is told
    RecordFirstOutreach, // a contact attempt after acceptance met the follow-up SLA: recorded as such
};

QString ladderStepToString(LadderStep step); // "warn", "escalate", "reroute", "hold", …

// What the ladder does (or, in a dry run, would do) and why, in plain words.
struct LadderAction
{
    LadderStep step = LadderStep::WarnOwner;
    QString leadId;
    QString company;
    QString teamId;
    QString owner; // the lead's owner when the ladder looked
    QString target; // the manager told, or the new owner
    QDateTime thresholdUtc; // the moment that made this due
    QString reason; // the event's reason ("at_risk", "sla_breach", "sla_reroute …")
    QString explanation;

    bool writes() const { return step != LadderStep::HoldReroute; }
};

} // namespace sal::core
