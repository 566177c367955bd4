#pragma once

#include "io/ImportRecord.h"
#include "policy/JsonReader.h"

namespace sal::core {

// Reads one lead of our JSON Lines schema (the LeadCodec document; README "JSON Lines schema") and
// checks it the way policy files are checked: every problem with its JSON path, unknown keys refused.
// Fields the team store manages (stage, owner, tier, version, history) are accepted, so an export
// can be imported again, and ignored.
class LeadDocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::LeadDocumentReader)

public:
    // Fills `record.lead` and `record.fields`; problems go to `record.problems` with `record.line`.
    static void read(const QJsonObject &document, const QString &fileName, ImportRecord &record);
};

} // namespace sal::core
