#include "insight/AcceptanceEstimate.h"

namespace sal::core {

// `contributions` is kept sorted by |logit|, largest first, so the first matches are the strongest.
QList<FeatureContribution> AcceptanceEstimate::strongestFor(int count) const
{
    QList<FeatureContribution> out;
    for (const FeatureContribution &c : contributions) {
        if (c.logit > 0 && out.size() < count)
            out << c;
    }
    return out;
}

QList<FeatureContribution> AcceptanceEstimate::strongestAgainst(int count) const
{
    QList<FeatureContribution> out;
    for (const FeatureContribution &c : contributions) {
        if (c.logit < 0 && out.size() < count)
            out << c;
    }
    return out;
}

} // namespace sal::core
