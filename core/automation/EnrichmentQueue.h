#pragma once

#include "domain/Result.h"
#include "lifecycle/Stage.h"
#include "policy/PolicySet.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sal::core {

class TeamStore;

// One lead waiting for marketing to complete its data.
struct EnrichmentItem
{
    QString leadId;
    QString company;
    QString owner;
    Stage stage = Stage::NeedsInfo; // NeedsInfo (the rep asked) or Rejected (a clerical rejection)
    QString missing; // the items the rep named, or the rejection reason
    QDateTime sinceUtc;
};

// Marketing's enrichment queue: leads a rep sent back for more information (their SLA paused) and
// leads rejected for clerical reasons. Marking one enriched returns it to sales: a needs-info lead
// to its owner's queue with the SLA time that was left; a rejected one is routed again by the rules.
class EnrichmentQueue
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::EnrichmentQueue)

public:
    EnrichmentQueue(TeamStore &store, const PolicySet &policy);

    Result<QList<EnrichmentItem>> items();
    // What happened, in plain words.
    Result<QString> markEnriched(const QString &leadId, const QString &actor, const QDateTime &nowUtc);

private:
    TeamStore &m_store;
    const PolicySet &m_policy;
};

} // namespace sal::core
