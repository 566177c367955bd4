#pragma once

#include "automation/DisqualificationReason.h"
#include "policy/JsonReader.h"

namespace sal::core {

// Reads disqualification.json, the picklist for SAL → Disqualified after contact:
//   {"reasons": [{"code": "bad_timing", "label": "Bad timing", "track": "quarterly-re-engagement"},
//                {"code": "other", "label": "Other (explain)", "needs_text": true}, …]}
class DisqualificationFile
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::DisqualificationFile)

public:
    static DisqualificationReasons read(const QJsonObject &root, JsonReader &reader);
};

} // namespace sal::core
