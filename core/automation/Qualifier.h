#pragma once

#include "automation/Qualification.h"
#include "domain/Rep.h"
#include "domain/Result.h"
#include "policy/PolicySet.h"
#include "sync/ChangeBatch.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sal::core {

class TeamStore;

// Marks an accepted lead SQL or Disqualified after the discovery conversation. Validation returns
// every problem at once: who may do it (the owner or the team's manager), the stage (SAL; an SQL can
// still be disqualified), all four BANT items stated for an SQL, a reason from the disqualification
// picklist ("other" explained in at least 10 characters) and a re-engagement date in the future.
// A disqualification with a nurture track enrols the lead in it in the same transaction. These
// events feed the SAL→SQL conversion.
class Qualifier
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::Qualifier)

public:
    Qualifier(TeamStore &store, const PolicySet &policy);

    Problems validate(
        const LeadSnapshot &lead, const Rep &by, const Qualification &q, const QDate &today) const;
    Result<QString> record(
        const QString &leadId, const Rep &by, const Qualification &q, const QDateTime &nowUtc);

    static constexpr int kMinTextLength = 10;

private:
    TeamStore &m_store;
    const PolicySet &m_policy;
};

} // namespace sal::core
