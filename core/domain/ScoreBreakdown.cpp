#include "domain/ScoreBreakdown.h"

#include <algorithm>
#include <numeric>

namespace sal::core {

int ScoreContribution::recencyDays(const QDateTime &now) const
{
    if (part == Part::Fit || !at.isValid())
        return -1;
    return int(std::max<qint64>(0, at.secsTo(now) / 86400));
}

namespace {
int sumOf(const QList<ScoreContribution> &items, ScoreContribution::Part part)
{
    return std::accumulate(items.cbegin(), items.cend(), 0, [part](int sum, const ScoreContribution &c) {
        return c.part == part ? sum + c.points : sum;
    });
}
} // namespace

int ScoreBreakdown::fitPoints() const
{
    return sumOf(contributions, ScoreContribution::Part::Fit);
}

int ScoreBreakdown::engagementPoints() const
{
    return sumOf(contributions, ScoreContribution::Part::Engagement);
}

void ScoreBreakdown::addSignals(const QList<EngagementSignal> &engagement)
{
    for (const EngagementSignal &s : engagement)
        contributions.append({ ScoreContribution::Part::Engagement, s.label, s.points, s.at });
}

} // namespace sal::core
