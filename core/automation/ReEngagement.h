#pragma once

#include "automation/NurtureEnrolment.h"
#include "domain/Result.h"
#include "policy/PolicySet.h"
#include "sync/ChangeBatch.h"

#include <QCoreApplication>
#include <QDate>

namespace sal::core {

class TeamStore;

// A nurtured lead whose re-engagement date has come.
struct NurtureDue
{
    QString leadId;
    QString company;
    QString track;
    QDate reEngageOn;
    int reMqlCount = 0;
};

// The way back from nurture: a rejected or disqualified lead that re-engages becomes a new MQL
// (Recycled) and is routed by the rules again. How often that happened is the re-MQL count (the
// number of Recycled events), which marketing uses to judge a track. Excluded leads never come back.
class ReEngagement
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ReEngagement)

public:
    ReEngagement(TeamStore &store, const PolicySet &policy);

    // Nurtured leads whose re-engagement date is on or before `today`.
    Result<QList<NurtureDue>> due(const QDate &today);
    Result<QString> reMql(const QString &leadId, const QString &actor, const QDateTime &nowUtc);

    static int reMqlCount(const LeadSnapshot &lead);
    // The lead's current enrolment, from its last Nurtured event in this cycle.
    static std::optional<NurtureEnrolment> enrolment(const LeadSnapshot &lead);

private:
    TeamStore &m_store;
    const PolicySet &m_policy;
};

} // namespace sal::core
