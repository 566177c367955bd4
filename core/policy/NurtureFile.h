#pragma once

#include "automation/NurtureTrack.h"
#include "policy/JsonReader.h"

namespace sal::core {

// Reads nurture.json:
//   {"tracks": [{"id": "quarterly-re-engagement", "label": "…", "re_engage_after_days": 90,
//                "deprioritised": false}, …]}
class NurtureFile
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::NurtureFile)

public:
    static NurtureTracks read(const QJsonObject &root, JsonReader &reader);
};

} // namespace sal::core
