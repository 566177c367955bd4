#pragma once

#include "domain/Rep.h"
#include "domain/Result.h"
#include "policy/PolicySet.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sal::core {

class TeamStore;

// Marketing disputes a rejection ("this lead was fine"); the team's manager settles it with data:
// upheld, the rejection stands; overturned, the lead is an MQL again and is routed by the rules.
// The dispute and its outcome are events (Disputed, DisputeUpheld, DisputeOverturned), so the
// closed-loop reports can count them. One open dispute per rejection.
class DisputeDesk
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::DisputeDesk)

public:
    enum class Outcome { Uphold, Overturn };

    DisputeDesk(TeamStore &store, const PolicySet &policy);

    // `by` must be marketing or a manager; `why` at least 10 characters.
    Result<QString> open(const QString &leadId, const Rep &by, const QString &why, const QDateTime &nowUtc);
    // `by` must be the manager of the lead's team.
    Result<QString> settle(
        const QString &leadId, const Rep &by, Outcome outcome, const QString &note, const QDateTime &nowUtc);

    static constexpr int kMinTextLength = 10;

private:
    TeamStore &m_store;
    const PolicySet &m_policy;
};

} // namespace sal::core
