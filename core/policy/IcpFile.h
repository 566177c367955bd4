#pragma once

#include "policy/JsonReader.h"
#include "qualification/IcpDefinition.h"

namespace sal::core {

// Reads icp.json:
//   {"industries": ["Software", …], "employees": {"min": 50, "max": 5000}, "min_annual_revenue": 5000000,
//    "regions": ["NA", "EMEA"], "countries": [], "buying_seniorities": ["manager", "director", …],
//    "buying_title_keywords": ["head of", …]}
class IcpFile
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::IcpFile)

public:
    static IcpDefinition read(const QJsonObject &root, JsonReader &reader);
};

} // namespace sal::core
