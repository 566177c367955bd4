#pragma once

#include "policy/JsonReader.h"
#include "sla/SlaPolicy.h"

namespace sal::core {

// Reads sla.json:
//   {"max_hours": 48, "at_risk_share": 0.25, "reroute_after_share": 0.5, "default_tier": "standard",
//    "tiers": [{"id": "hot", "label": "Hot", "response_hours": 4, "follow_up_hours": 4}, …],
//    "tier_rules": [{"tier": "hot", "require_icp_fit": true, "any_signal": ["demo_request"],
//                    "signal_within_days": 14, "min_score": 0, "max_score": 100, "min_fit": 0,
//                    "sources": ["webinar"]}, …]}
class SlaPolicyFile
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::SlaPolicyFile)

public:
    static SlaPolicy read(const QJsonObject &root, JsonReader &reader);
};

} // namespace sal::core
