#pragma once

#include "store/LeadRow.h"
#include "store/SqlDatabase.h"
#include "store/TeamStore.h"
#include "sync/DecisionMaker.h"

#include <QHash>
#include <memory>

namespace sal::core {

// The team store over one SQL connection: every rule of push and pull, written once for both
// backends (SqliteTeamStore: a file; PgTeamStore: a PostgreSQL server with row-level security). The
// subclasses open the connection and supply the few things the engines do differently. One object
// per thread (connections are not shared across threads).
class SqlTeamStore : public TeamStore
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::SqlTeamStore)

public:
    Result<QList<OperationResult>> push(
        const QList<Operation> &operations, const QDateTime &receivedAtUtc) override;
    Result<ChangeBatch> pull(const QString &userEmail, qint64 sinceSequence, int limit) override;

    Result<QList<Rep>> people() override;
    Result<std::optional<Rep>> person(const QString &email) override;
    Result<QList<Team>> teams() override;
    Result<QList<Territory>> territories() override;
    Result<std::optional<LeadSnapshot>> lead(const QString &leadId) override;
    Result<QList<StageEvent>> events(const QString &leadId) override;

    Result<bool> putTeam(const Team &team) override;
    Result<bool> putTerritory(const Territory &territory) override;
    Result<bool> putPerson(const Rep &person) override;
    Result<bool> putCalendar(const QString &id, const QByteArray &definitionJson) override;
    Result<bool> putLead(const Lead &lead, const QList<StageEvent> &events) override;
    Result<bool> putNewLeads(const QList<Lead> &leads, const QList<QList<StageEvent>> &events) override;
    Result<bool> assign(const QString &leadId, const QString &newOwner, const QString &actor,
        const QString &reason, const QDateTime &atUtc) override;
    Result<bool> appendEvent(const QString &leadId, EventKind kind, const QString &actor,
        const QString &reason, const QDateTime &atUtc) override;

    Result<bool> beginBulk() override;
    Result<bool> commitBulk() override;
    void rollbackBulk() override;
    Result<QList<LeadSnapshot>> leadsInStage(Stage stage) override;
    Result<QList<OwnerLoad>> ownerLoads(const QDateTime &sinceUtc) override;
    Result<QList<Absence>> absences() override;
    Result<bool> putAbsence(const Absence &absence) override;
    Result<QList<ReceivedOperation>> operations(const QString &leadId) override;
    Result<bool> atomically(const std::function<Result<bool>()> &work) override;
    Result<bool> putAcceptanceModel(const StoredAcceptanceModel &model) override;
    Result<std::optional<StoredAcceptanceModel>> latestAcceptanceModel(
        const QDateTime &newerThanUtc) override;

    Result<QStringList> findLeadIds(const QString &externalId, const QString &email) override;
    Result<QStringList> customerDomains() override;
    Result<QStringList> leadIds() override;
    Result<QList<RecordedDecision>> decisions(const QDateTime &sinceUtc) override;

    SqlDatabase &database() { return m_db; }

protected:
    explicit SqlTeamStore(DispositionValidator validator);
    bool inBulk() const { return m_inBulk; }

    Result<std::optional<LeadRow>> leadRow(const QString &leadId);

    // Opens a write transaction in which sequence numbers of `changes` are taken in commit order.
    virtual Result<bool> beginWrite() { return m_db.begin(); }
    // Opens a read-only transaction whose reads are one snapshot.
    virtual Result<bool> beginRead();
    // For pushed operations on leads this connection cannot see: who has each lead now, when it
    // was taken away from the operation's actor (keyed by PushBatch::key). A backend whose readers
    // see every lead (SQLite) has nothing to add.
    virtual Result<QHash<QString, QString>> takenAwayOwners(const QList<Operation> &unseen)
    {
        Q_UNUSED(unseen);
        return QHash<QString, QString>();
    }

private:
    Result<bool> insertEvent(
        const StageEvent &event, const QString &operationId, const QDateTime &recordedAtUtc);
    Result<bool> insertChange(const QString &leadId, const QString &owner, const QString &previousOwner,
        const QString &teamId, const QDateTime &atUtc);
    Result<QList<ContactAttempt>> attempts(const QString &leadId);
    // The rows of putLead once it knows whether the lead exists.
    Result<bool> writeLead(
        const Lead &lead, const QList<StageEvent> &events, const std::optional<LeadRow> &existing);
    // Runs `work` inside a transaction unless a bulk transaction is already open.
    template<typename Work> Result<bool> write(Work work);
    Result<bool> writeOne(const QString &sql, const QVariantList &binds); // one statement via write()

    SqlDatabase m_db;
    DecisionMaker m_maker;
    bool m_inBulk = false;
};

} // namespace sal::core
