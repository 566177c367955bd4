#pragma once

#include "domain/Result.h"
#include "insight/AcceptanceFeatures.h"
#include "insight/DecidedLead.h"
#include "insight/TrainingExample.h"
#include "store/SqlDatabase.h"

namespace sal::core {

// The team store's past decisions the insight learns from: accepts and rejects (needs-info is a
// request for data, not a verdict on the lead), oldest first, each with the lead it was about.
class DecisionHistory
{
public:
    explicit DecisionHistory(SqlDatabase &teamStore);

    // Decisions made (device time) at or after `sinceUtc`; an invalid time reads all.
    Result<QList<DecidedLead>> decided(const QDateTime &sinceUtc = {});
    // How many accepts and rejects the team store holds.
    Result<int> count();

    static QList<TrainingExample> examples(
        const QList<DecidedLead> &decided, const AcceptanceFeatures &features);

private:
    SqlDatabase &m_db;
};

} // namespace sal::core
