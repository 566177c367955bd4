#pragma once

#include "automation/RoutingPolicy.h"
#include "policy/JsonReader.h"

namespace sal::core {

// Reads routing.json:
//   {"segments": {"mid_from_employees": 200, "enterprise_from_employees": 2000}, "default_team": "na",
//    "rules": [{"id": "na-mid", "regions": ["NA"], "segments": ["mid"], "territory": "na-mid"},
//              {"id": "key-accounts", "accounts": ["acme.example"], "reps": [{"email": "…", "weight": 2}]},
//              {"id": "partners", "sources": ["partner"], "team": "partner-east"}]}
// Each rule names exactly one target (territory, team or reps). Whether those exist in the team
// store is checked when routing, where the store is known.
class RoutingFile
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::RoutingFile)

public:
    static RoutingPolicy read(const QJsonObject &root, JsonReader &reader);
    // One rule object at `path` (also the confidence band's groups in insight.json).
    static RoutingRule readRule(const QJsonObject &o, const QString &path, JsonReader &reader);
};

} // namespace sal::core
