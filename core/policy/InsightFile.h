#pragma once

#include "insight/InsightPolicy.h"
#include "policy/JsonReader.h"

namespace sal::core {

// Reads insight.json:
//   {"retrain_after_decisions": 200, "low_likelihood_below": 0.4,
//    "confidence_band": {"fast_lane_from": 0.8, "sdr_review_below": 0.3,
//                        "fast_lane": {"id": "fast-lane", "team": "…"},
//                        "sdr_review": {"id": "sdr-review", "territory": "…"}}}
// The band is optional (off when absent); its groups are read like routing.json rules. The
// acceptance health band is not here: reports.json's acceptance_bands serve both the Team panel and
// the scoring feedback, so the two can never disagree.
class InsightFile
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::InsightFile)

public:
    static InsightPolicy read(const QJsonObject &root, JsonReader &reader);
};

} // namespace sal::core
