#pragma once

#include "domain/Account.h"
#include "domain/Contact.h"
#include "domain/EngagementSignal.h"
#include "domain/ScoreBreakdown.h"
#include "domain/TalkTrack.h"
#include "lifecycle/Stage.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sal::core {

// A marketing-qualified lead with everything a rep needs to decide in minutes: who, which company,
// what they did, why it scored, and what to say.
struct Lead
{
    QString id;
    QString externalId; // the CRM's id (Salesforce Lead Id, HubSpot Record ID)
    Stage stage = Stage::Mql;
    QString source; // "webinar", "pricing_page", "demo_request", "content_download", "trade_show", "partner"
    QString campaign;
    QString productLine;
    QString ownerEmail;
    QString teamId;
    QString tier; // SLA tier id chosen by the tier rules ("hot", "standard", "low")
    QDateTime createdAt; // UTC: first seen by marketing
    QDateTime mqlAt; // UTC: became an MQL (start of the SLA window when routed at once)
    QDateTime routedAt; // UTC: assigned to the current owner; the SLA window starts here

    Account account;
    Contact contact;
    QList<EngagementSignal> engagement;
    ScoreBreakdown score;
    TalkTrack talkTrack;

    // Set by the importer when the CRM record looks like something the team already has, so the rep
    // can reject it in one step: the lead it duplicates, and the taxonomy reason to pre-select
    // ("duplicate", "existing_customer").
    QString duplicateOfLeadId;
    QString suggestedReason;

    bool operator==(const Lead &) const = default;
};

} // namespace sal::core
