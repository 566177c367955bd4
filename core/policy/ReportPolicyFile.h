#pragma once

#include "policy/JsonReader.h"
#include "reports/ReportPolicy.h"

namespace sal::core {

// Reads reports.json:
//   {"acceptance_bands": {"red_below": 50, "amber_below": 60, "bar_too_low_above": 85},
//    "sla_compliance_target": 90, "late_sync_minutes": 15}
// Every key is optional (the defaults apply); the bands must rise: red < amber < bar too low.
class ReportPolicyFile
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ReportPolicyFile)

public:
    static ReportPolicy read(const QJsonObject &root, JsonReader &reader);
};

} // namespace sal::core
