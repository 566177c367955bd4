#include "demo/DemoPlanner.h"

#include "demo/DemoRandom.h"
#include "demo/DemoRoster.h"
#include "disposition/MissingInfo.h"
#include "policy/PolicySet.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sal::core {

namespace {
// How often reps pick each reason; codes a team adds to its taxonomy get a small share.
double reasonWeight(const QString &code)
{
    static const QList<std::pair<const char *, double>> weights {
        { "outside_icp", 16 },
        { "wrong_persona", 14 },
        { "company_too_small", 12 },
        { "bad_contact_data", 12 },
        { "duplicate", 9 },
        { "wrong_territory", 9 },
        { "no_authority", 8 },
        { "existing_customer", 7 },
        { "wrong_rep", 5 },
        { "competitor", 4 },
        { "other", 4 },
    };
    for (const auto &[name, weight] : weights) {
        if (code == QLatin1String(name))
            return weight;
    }
    return 4;
}

// Splits `total` in proportion to `weights` (largest remainder), giving each share at least
// `minimum` when the total allows it.
QList<int> apportion(int total, const QList<double> &weights, int minimum)
{
    QList<int> shares(weights.size(), 0);
    if (weights.isEmpty() || total <= 0)
        return shares;
    int left = total;
    if (qsizetype(total) >= qsizetype(minimum) * weights.size()) {
        shares.fill(minimum);
        left -= minimum * int(weights.size());
    }
    const double sum = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    QList<std::pair<double, qsizetype>> remainders;
    int given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const double exact = sum > 0 ? double(left) * weights.at(i) / sum : 0.0;
        const int whole = int(std::floor(exact));
        shares[i] += whole;
        given += whole;
        remainders << std::pair { exact - whole, i };
    }
    std::stable_sort(
        remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype i = 0; given < left; ++i, ++given)
        ++shares[remainders.at(i % remainders.size()).second];
    return shares;
}
} // namespace

DemoPlanner::DemoPlanner(const DemoRoster &roster, const PolicySet &policy, DemoRandom &random)
    : m_roster(roster)
    , m_policy(policy)
    , m_random(random)
{ }

QStringList DemoPlanner::missingItems()
{
    const QStringList known = MissingInfo::knownItems();
    QList<double> weights;
    for (const QString &item : known) {
        static const QList<std::pair<const char *, double>> table {
            { "phone", 30 },
            { "title", 20 },
            { "company_size", 18 },
            { "use_case", 15 },
            { "email", 8 },
            { "revenue", 8 },
            { "industry", 6 },
            { "timeline", 5 },
            { "budget", 4 },
            { "region", 3 },
            { "company", 2 },
        };
        double w = 2;
        for (const auto &[name, weight] : table) {
            if (item == QLatin1String(name))
                w = weight;
        }
        weights << w;
    }
    const int count = 1 + m_random.weighted({ 55, 35, 10 });
    QList<bool> chosen(known.size(), false);
    for (int i = 0; i < count; ++i) {
        const int pick = m_random.weighted(weights);
        chosen[pick] = true;
        weights[pick] = 0;
    }
    QStringList items;
    for (qsizetype i = 0; i < known.size(); ++i) {
        if (chosen.at(i))
            items << known.at(i);
    }
    return items;
}

QList<DemoFate> DemoPlanner::historyFates(int count)
{
    const int accepted = int(std::lround(count * 0.675));
    const int needsInfo = int(std::lround(count * 0.085));
    const int rejected = std::max(0, count - accepted - needsInfo);
    QList<DemoFate> fates;
    fates.reserve(count);
    for (int i = 0; i < accepted; ++i)
        fates << DemoFate { DispositionKind::Accept, {}, {} };
    QList<double> weights;
    for (const RejectionReason &reason : m_policy.reasons.reasons)
        weights << reasonWeight(reason.code);
    const QList<int> perReason = apportion(rejected, weights, 1);
    for (qsizetype r = 0; r < perReason.size(); ++r) {
        for (int i = 0; i < perReason.at(r); ++i)
            fates << DemoFate { DispositionKind::Reject, m_policy.reasons.reasons.at(r).code, {} };
    }
    while (fates.size() < count)
        fates << DemoFate { DispositionKind::NeedsInfo, {}, missingItems() };
    m_random.shuffle(fates);
    return fates;
}

bool DemoPlanner::fits(const DemoFate &fate, const Rep &owner) const
{
    // A company too small for the ICP is routed to the SMB desk; nobody else sees those.
    if (fate.kind == DispositionKind::Reject && fate.reasonCode == QLatin1String("company_too_small"))
        return m_roster.territory(owner.territoryId).segment == QLatin1String("smb");
    return true;
}

Rep DemoPlanner::ownerFor(const DemoFate &fate)
{
    QList<Rep> candidates;
    QList<double> weights;
    for (const Rep &rep : m_roster.reps()) {
        if (fits(fate, rep)) {
            candidates << rep;
            weights << double(rep.dailyCapacity);
        }
    }
    if (candidates.isEmpty())
        return m_roster.reps().constFirst();
    return candidates.at(m_random.weighted(weights));
}

DemoFate DemoPlanner::sampledFate(const Rep &owner)
{
    QList<double> reasonWeights;
    for (const RejectionReason &reason : m_policy.reasons.reasons)
        reasonWeights << reasonWeight(reason.code);
    for (;;) {
        DemoFate fate;
        const int kind = m_random.weighted({ 67.5, 24, 8.5 });
        if (kind == 1 && !reasonWeights.isEmpty()) {
            fate.kind = DispositionKind::Reject;
            fate.reasonCode = m_policy.reasons.reasons.at(m_random.weighted(reasonWeights)).code;
        } else if (kind == 2) {
            fate.kind = DispositionKind::NeedsInfo;
            fate.missingItems = missingItems();
        }
        if (fits(fate, owner))
            return fate;
    }
}

QList<DemoLeadPlan> DemoPlanner::plan(int leads)
{
    const QList<Rep> reps = m_roster.reps();
    const int open = leads <= 0
        ? 0
        : std::clamp(int(std::lround(leads * kOpenShare)), std::min(leads, int(reps.size())), leads);
    QList<DemoLeadPlan> plans;
    plans.reserve(leads);
    for (const DemoFate &fate : historyFates(leads - open)) {
        DemoLeadPlan p;
        p.fate = fate;
        p.owner = ownerFor(fate);
        plans << p;
    }

    // Open queues follow capacity, flattened so the enterprise reps' queues are not empty.
    QList<double> queueWeights;
    for (const Rep &rep : reps)
        queueWeights << double(rep.dailyCapacity + 15);
    const QList<int> perRep = apportion(open, queueWeights, 1);
    QList<SlaState> states;
    const QList<int> perState = apportion(open, { 55, 20, 25 }, 0);
    const SlaState kinds[] = { SlaState::OnTrack, SlaState::AtRisk, SlaState::Breached };
    for (int s = 0; s < 3; ++s)
        states.append(QList<SlaState>(perState.at(s), kinds[s]));
    m_random.shuffle(states);
    for (qsizetype r = 0; r < reps.size(); ++r) {
        for (int i = 0; i < perRep.at(r); ++i) {
            DemoLeadPlan p;
            p.owner = reps.at(r);
            p.open = true;
            p.queueState = states.takeLast();
            p.fate = sampledFate(p.owner);
            plans << p;
        }
    }
    return plans;
}

} // namespace sal::core
