#pragma once

#include "demo/DemoCompanyFactory.h"
#include "demo/DemoLeadPlan.h"

#include <QDateTime>

namespace sal::core {

class DemoRandom;
class DemoRoster;
struct PolicySet;

// Makes up the context of a demo lead as marketing hands it over: source and campaign, account and
// contact (DemoCompanyFactory), the engagement signals that made it an MQL, the fit lines of its
// score, its SLA tier by the policy's tier rules, and a talk track for the first call.
class DemoLeadFactory
{
public:
    DemoLeadFactory(
        const DemoRoster &roster, const PolicySet &policy, DemoRandom &random, const QDateTime &nowUtc);

    // Fills plan.lead (and plan.complete for NeedsInfo) as the lead stood when it became an MQL at
    // `mqlAtUtc`. A duplicate takes the account and contact of `original`.
    void build(DemoLeadPlan &plan, const QDateTime &mqlAtUtc, const Lead *original);

    // Moves every moment of the context by `seconds`: open leads are built before their time is known.
    static void shift(Lead &lead, qint64 seconds);

private:
    QString sourceFor(const DemoFate &fate);
    QList<EngagementSignal> engagement(const Lead &lead, const DemoFate &fate, const QDateTime &mqlAtUtc);
    EngagementSignal signal(const QString &kind, const Lead &lead);
    ScoreBreakdown fitLines(const Lead &lead, const QDateTime &mqlAtUtc) const;
    TalkTrack talkTrack(const Lead &lead);
    void removeMissing(Lead &lead, const QStringList &missingItems);

    const DemoRoster &m_roster;
    const PolicySet &m_policy;
    DemoRandom &m_random;
    DemoCompanyFactory m_companies;
};

} // namespace sal::core
