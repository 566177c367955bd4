#pragma once

#include "demo/DemoLeadPlan.h"

#include <QList>

namespace sal::core {

class DemoRandom;
class DemoRoster;
struct PolicySet;

// Decides, before any data is made up, what happens to each demo lead: who gets it, whether it is
// still open, and how it will be (or would be) decided. Shares are met exactly rather than by
// chance, so even a small workspace has every kind of decision, every reason code and an open
// queue for every rep:
//   - 8 % of the leads are open, spread over the reps by capacity (at least one each), their SLA
//     clocks 55 % on track, 20 % at risk, 25 % breached;
//   - of the decided ones 67.5 % are accepted, 24 % rejected (all reasons of the taxonomy, in
//     realistic proportions) and 8.5 % sent back for more information.
class DemoPlanner
{
public:
    DemoPlanner(const DemoRoster &roster, const PolicySet &policy, DemoRandom &random);

    QList<DemoLeadPlan> plan(int leads);

    static constexpr double kOpenShare = 0.08;

private:
    QList<DemoFate> historyFates(int count);
    DemoFate sampledFate(const Rep &owner); // the data profile of an open lead
    QStringList missingItems();
    Rep ownerFor(const DemoFate &fate);
    bool fits(const DemoFate &fate, const Rep &owner) const;

    const DemoRoster &m_roster;
    const PolicySet &m_policy;
    DemoRandom &m_random;
};

} // namespace sal::core
