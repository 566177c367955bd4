#pragma once

#include "sla/BusinessCalendar.h"
#include "sla/SlaPolicy.h"

#include <QDateTime>

namespace sal::core {

enum class SlaState { OnTrack, AtRisk, Breached, Paused, Met };

QString slaStateToString(SlaState state); // "on_track", "at_risk", "breached", "paused", "met"

// One running SLA: when it started, how much business time it grants and where that ends. A
// paused window (needs info) remembers what was left; resuming grants exactly that again.
struct SlaWindow
{
    QDateTime startUtc;
    qint64 windowSeconds = 0;
    QDateTime deadlineUtc;
    QDateTime pausedAtUtc; // valid while paused
    qint64 remainingAtPause = 0;
    QDateTime metAtUtc; // valid once the decision (or first outreach) happened

    bool isPaused() const { return pausedAtUtc.isValid(); }
    bool isMet() const { return metAtUtc.isValid(); }
    bool operator==(const SlaWindow &) const = default;
};

struct SlaStatus
{
    SlaState state = SlaState::OnTrack;
    qint64 remainingSeconds = 0; // business seconds to the deadline; negative once overdue
    qint64 elapsedSeconds = 0; // business seconds used since the start
};

// The moments of the escalation ladder for one window.
struct EscalationThresholds
{
    QDateTime warnAtUtc; // the owner is warned: the window entered "at risk"
    QDateTime escalateAtUtc; // the manager is told: the deadline
    QDateTime rerouteAtUtc; // another rep gets the lead: deadline + rerouteAfterShare of the window
};

// SLA arithmetic on the team's business calendar under its policy. The countdown is always
// computed from a window and "now", never stored.
class SlaClock
{
public:
    SlaClock(BusinessCalendar calendar, SlaPolicy policy);

    const BusinessCalendar &calendar() const { return m_calendar; }
    const SlaPolicy &policy() const { return m_policy; }

    // The response window of a lead routed at `startUtc` in `tier`.
    SlaWindow open(const QDateTime &startUtc, const SlaTier &tier) const;
    // The follow-up window that starts when a lead of `tier` is accepted.
    SlaWindow openFollowUp(const QDateTime &acceptedAtUtc, const SlaTier &tier) const;
    SlaWindow openFor(const QDateTime &startUtc, qint64 businessSeconds) const;

    SlaWindow pause(const SlaWindow &window, const QDateTime &atUtc) const;
    SlaWindow resume(const SlaWindow &window, const QDateTime &atUtc) const;
    SlaWindow meet(const SlaWindow &window, const QDateTime &atUtc) const;

    SlaStatus status(const SlaWindow &window, const QDateTime &nowUtc) const;
    EscalationThresholds thresholds(const SlaWindow &window) const;

private:
    BusinessCalendar m_calendar;
    SlaPolicy m_policy;
};

} // namespace sal::core
