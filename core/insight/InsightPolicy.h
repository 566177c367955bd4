#pragma once

#include "automation/RoutingRule.h"

#include <optional>

namespace sal::core {

// The routing option of the acceptance model: leads whose likelihood is at least `fastLaneFrom`
// go straight to the fast-lane group (the account executives), leads below `sdrReviewBelow` to the
// SDR-review group first; the rest route by the ordered rules as before. Both groups are routing
// targets (territory, team or reps) written like a rule of routing.json.
struct ConfidenceBand
{
    double fastLaneFrom = 0.8;
    double sdrReviewBelow = 0.3;
    RoutingRule fastLane;
    RoutingRule sdrReview;

    bool operator==(const ConfidenceBand &) const = default;
};

// insight.json: when the model is retrained on its own, what counts as a low likelihood (the rep
// then sees the likeliest rejection reason), and the confidence band (absent: off, the default).
// The acceptance health band is reports.json's (ReportPolicy), shared with the Team panel.
struct InsightPolicy
{
    int retrainAfterDecisions = 200; // new accepts + rejects since the stored model
    double lowLikelihoodBelow = 0.4;
    std::optional<ConfidenceBand> band;

    bool operator==(const InsightPolicy &) const = default;
};

} // namespace sal::core
