#pragma once

#include "disposition/ReasonTaxonomy.h"
#include "policy/JsonReader.h"

namespace sal::core {

// Reads reasons.json:
//   {"min_contact_attempts": 3, "min_attempt_channels": 2,
//    "reasons": [{"code": "wrong_territory", "label": "Wrong territory", "category": "procedural",
//                 "needs_attempts": false, "needs_text": false,
//                 "recycle": {"action": "nurture", "track": "…"}}, …]}
class ReasonTaxonomyFile
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ReasonTaxonomyFile)

public:
    static ReasonTaxonomy read(const QJsonObject &root, JsonReader &reader);
};

} // namespace sal::core
