#pragma once

#include <QList>
#include <QString>

namespace sal::core {

// What one feature adds to a lead's log-odds of acceptance: positive speaks for acceptance.
struct FeatureContribution
{
    QString key;
    QString label; // the lead's own fact: "pricing page 2 days ago"
    double logit = 0;

    bool operator==(const FeatureContribution &) const = default;
};

// A lead's acceptance likelihood with its exact explanation: logit = intercept + the sum of every
// contribution, likelihood = 1 / (1 + e^-logit). It informs the rep; it never decides.
struct AcceptanceEstimate
{
    double intercept = 0;
    double logit = 0;
    double likelihood = 0;
    QList<FeatureContribution> contributions; // every non-zero one, largest effect first
    QString likeliestReason; // reason code, when the model has reason models
    double reasonProbability = 0; // of that reason, given a rejection

    // The `count` strongest contributions for (positive) and against (negative) acceptance.
    QList<FeatureContribution> strongestFor(int count) const;
    QList<FeatureContribution> strongestAgainst(int count) const;
};

} // namespace sal::core
