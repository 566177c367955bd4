#include "sla/SlaClock.h"

#include "domain/EnumNames.h"

#include <cmath>

namespace sal::core {

namespace {
constexpr EnumName<SlaState> kSlaStateNames[] = {
    { SlaState::OnTrack, "on_track" }, { SlaState::AtRisk, "at_risk" }, { SlaState::Breached, "breached" },
    { SlaState::Paused, "paused" },    { SlaState::Met, "met" },
};
} // namespace

QString slaStateToString(SlaState state)
{
    return enumToString(kSlaStateNames, state);
}

SlaClock::SlaClock(BusinessCalendar calendar, SlaPolicy policy)
    : m_calendar(std::move(calendar))
    , m_policy(std::move(policy))
{
}

SlaWindow SlaClock::openFor(const QDateTime &startUtc, qint64 businessSeconds) const
{
    SlaWindow window;
    window.startUtc = startUtc.toUTC();
    window.windowSeconds = businessSeconds;
    window.deadlineUtc = m_calendar.addBusinessSeconds(window.startUtc, businessSeconds);
    return window;
}

SlaWindow SlaClock::open(const QDateTime &startUtc, const SlaTier &tier) const
{
    return openFor(startUtc, tier.responseSeconds());
}

SlaWindow SlaClock::openFollowUp(const QDateTime &acceptedAtUtc, const SlaTier &tier) const
{
    return openFor(acceptedAtUtc, tier.followUpSeconds());
}

SlaWindow SlaClock::pause(const SlaWindow &window, const QDateTime &atUtc) const
{
    if (window.isPaused() || window.isMet())
        return window;
    SlaWindow paused = window;
    paused.pausedAtUtc = atUtc.toUTC();
    paused.remainingAtPause = m_calendar.businessSecondsBetween(paused.pausedAtUtc, window.deadlineUtc);
    return paused;
}

SlaWindow SlaClock::resume(const SlaWindow &window, const QDateTime &atUtc) const
{
    if (!window.isPaused())
        return window;
    SlaWindow resumed = window;
    resumed.pausedAtUtc = {};
    // A window paused while already overdue comes back overdue: its deadline is the resume moment
    // (the breach was recorded when it happened; the pause does not undo it).
    const QDateTime at = atUtc.toUTC();
    resumed.deadlineUtc = window.remainingAtPause > 0 ? m_calendar.addBusinessSeconds(at, window.remainingAtPause) : at;
    resumed.remainingAtPause = 0;
    return resumed;
}

SlaWindow SlaClock::meet(const SlaWindow &window, const QDateTime &atUtc) const
{
    SlaWindow met = window.isPaused() ? resume(window, atUtc) : window;
    met.metAtUtc = atUtc.toUTC();
    return met;
}

SlaStatus SlaClock::status(const SlaWindow &window, const QDateTime &nowUtc) const
{
    SlaStatus status;
    const QDateTime now = window.isMet() ? window.metAtUtc : nowUtc.toUTC();
    if (window.isPaused()) {
        status.state = SlaState::Paused;
        status.remainingSeconds = window.remainingAtPause;
        status.elapsedSeconds = window.windowSeconds - window.remainingAtPause;
        return status;
    }
    status.remainingSeconds = m_calendar.businessSecondsBetween(now, window.deadlineUtc);
    // What is used of the window, so a pause does not count (and one calendar walk, not two: this
    // runs for every visible row once a second).
    status.elapsedSeconds = window.windowSeconds - status.remainingSeconds;
    if (window.isMet())
        status.state = now <= window.deadlineUtc ? SlaState::Met : SlaState::Breached;
    else if (now >= window.deadlineUtc)
        status.state = SlaState::Breached;
    else if (double(status.remainingSeconds) < m_policy.atRiskShare * double(window.windowSeconds))
        status.state = SlaState::AtRisk;
    else
        status.state = SlaState::OnTrack;
    return status;
}

EscalationThresholds SlaClock::thresholds(const SlaWindow &window) const
{
    const auto share = [&](double s) { return qint64(std::llround(double(window.windowSeconds) * s)); };
    EscalationThresholds t;
    // Counted back from the deadline, so a resumed window warns when its remaining time gets short, not
    // at 75 % of the time since the start (which would count the pause as used).
    const qint64 untilDeadline = m_calendar.businessSecondsBetween(window.startUtc, window.deadlineUtc);
    t.warnAtUtc = m_calendar.addBusinessSeconds(window.startUtc, untilDeadline - share(m_policy.atRiskShare));
    t.escalateAtUtc = window.deadlineUtc;
    t.rerouteAtUtc = m_calendar.addBusinessSeconds(window.deadlineUtc, share(m_policy.rerouteAfterShare));
    return t;
}

} // namespace sal::core
