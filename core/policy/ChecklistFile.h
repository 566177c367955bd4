#pragma once

#include "policy/JsonReader.h"
#include "qualification/ChecklistThresholds.h"

namespace sal::core {

// Reads checklist.json:
//   {"recent_engagement_days": 14, "min_engaged_contacts": 2, "growth_funding_days": 365,
//    "growth_open_roles": 5, "intent_signal_kinds": ["intent"]}
class ChecklistFile
{
public:
    static ChecklistThresholds read(const QJsonObject &root, JsonReader &reader);
};

} // namespace sal::core
