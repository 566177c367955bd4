#pragma once

#include "domain/Absence.h"
#include "domain/Rep.h"
#include "domain/Result.h"
#include "domain/Team.h"
#include "domain/Territory.h"
#include "lifecycle/StageEvent.h"
#include "store/OwnerLoad.h"
#include "store/RecordedDecision.h"
#include "store/StoredAcceptanceModel.h"
#include "sync/ChangeBatch.h"
#include "sync/Operation.h"
#include "sync/OperationResult.h"
#include "sync/ReceivedOperation.h"

#include <QList>
#include <functional>
#include <optional>

namespace sal::core {

// The team's shared truth: who owns which lead at which version, every decision, every event, the
// people and their calendars, and a change sequence for incremental pull. Backends: SqliteTeamStore
// (a file: the embedded default and the demo) and PgTeamStore (PostgreSQL), both SqlTeamStore: same
// behaviour, same tests (tst_SyncEngine runs on each). Add new methods to SqlTeamStore in portable SQL.
class TeamStore
{
public:
    virtual ~TeamStore() = default;

    // Applies a batch of operations in one round trip. Each is applied at most once (its id is
    // unique: a re-sent one reports Duplicate, or the conflict it met the first time) and only if
    // the lead is still the actor's, undecided and at the version the actor saw.
    virtual Result<QList<OperationResult>> push(
        const QList<Operation> &operations, const QDateTime &receivedAtUtc)
        = 0;

    // Changes visible to `userEmail` after `sinceSequence`: leads they own (or, for a manager,
    // their team's), and leads taken away from them. At most `limit` changes per call.
    virtual Result<ChangeBatch> pull(const QString &userEmail, qint64 sinceSequence, int limit) = 0;

    virtual Result<QList<Rep>> people() = 0;
    virtual Result<std::optional<Rep>> person(const QString &email) = 0;
    virtual Result<QList<Team>> teams() = 0;
    virtual Result<QList<Territory>> territories() = 0;
    virtual Result<std::optional<LeadSnapshot>> lead(const QString &leadId) = 0;
    virtual Result<QList<StageEvent>> events(const QString &leadId) = 0;

    // Administration and automation (demo seeding, import, routing, escalation).
    virtual Result<bool> putTeam(const Team &team) = 0;
    virtual Result<bool> putTerritory(const Territory &territory) = 0;
    virtual Result<bool> putPerson(const Rep &person) = 0;
    virtual Result<bool> putCalendar(const QString &id, const QByteArray &definitionJson) = 0;
    // Adds a new lead (version 1) with its first events, or replaces its context (version + 1).
    virtual Result<bool> putLead(const Lead &lead, const QList<StageEvent> &events) = 0;
    // Adds many new leads at once, as putLead would one by one (in the given order), with a few
    // statements instead of several per lead: for import. Fails, storing none, when one exists.
    virtual Result<bool> putNewLeads(const QList<Lead> &leads, const QList<QList<StageEvent>> &events) = 0;
    // Gives the lead to `newOwner` (version + 1), appending a Routed or Rerouted event.
    virtual Result<bool> assign(const QString &leadId, const QString &newOwner, const QString &actor,
        const QString &reason, const QDateTime &atUtc)
        = 0;
    // Appends a lifecycle event not made through an operation (escalation, SQL, first outreach…).
    virtual Result<bool> appendEvent(const QString &leadId, EventKind kind, const QString &actor,
        const QString &reason, const QDateTime &atUtc)
        = 0;

    // Groups many writes (demo seeding, import) into one transaction; the put* calls then join it,
    // so an import with a bad row leaves nothing behind (rollbackBulk).
    virtual Result<bool> beginBulk() = 0;
    virtual Result<bool> commitBulk() = 0;
    virtual void rollbackBulk() = 0;

    // Import and export (core/io).
    // Ids of the leads whose external id is `externalId` or whose contact email is `email` (case
    // insensitive); an empty argument matches nothing. Ordered by id.
    virtual Result<QStringList> findLeadIds(const QString &externalId, const QString &email) = 0;
    // Company domains of accounts marked as existing customers, lower case.
    virtual Result<QStringList> customerDomains() = 0;
    // Every lead id, ordered (the JSON Lines export walks them).
    virtual Result<QStringList> leadIds() = 0;
    // Decisions that reached the team store at or after `sinceUtc`, oldest first.
    virtual Result<QList<RecordedDecision>> decisions(const QDateTime &sinceUtc) = 0;

    // Automation (core/automation: routing, escalation ladder, recycling).
    // Every lead in `stage`, all teams, with attempts and events.
    virtual Result<QList<LeadSnapshot>> leadsInStage(Stage stage) = 0;
    // Per owner: leads routed to them at or after `sinceUtc` that they still own, and their latest.
    virtual Result<QList<OwnerLoad>> ownerLoads(const QDateTime &sinceUtc) = 0;
    virtual Result<QList<Absence>> absences() = 0;
    virtual Result<bool> putAbsence(const Absence &absence) = 0;
    // The operations received for a lead, oldest first, with what the team store did with each.
    virtual Result<QList<ReceivedOperation>> operations(const QString &leadId) = 0;
    // The acceptance model (core/insight): stores a newly trained one; the newest stored one, only
    // when it was trained after `newerThanUtc` (invalid: any), so a pull fetches it only once.
    virtual Result<bool> putAcceptanceModel(const StoredAcceptanceModel &model) = 0;
    virtual Result<std::optional<StoredAcceptanceModel>> latestAcceptanceModel(const QDateTime &newerThanUtc)
        = 0;
    // Runs `work` (calls on this store) in one transaction: all of it is stored or none.
    virtual Result<bool> atomically(const std::function<Result<bool>()> &work) = 0;
};

} // namespace sal::core
