#pragma once

#include "store/PgConnectionInfo.h"
#include "store/SqlTeamStore.h"

#include <memory>

namespace sal::core {

// The team store of a real team on a PostgreSQL server (Qt's QPSQL driver). Same rules as
// SqliteTeamStore (they share SqlTeamStore); what differs:
//  - each person connects as their own login role, and row-level security decides what they see
//    and may write (a rep: leads they own; a manager: the team's; marketing: rejected and returned
//    leads). Administration (`salctl team`, the demo) connects as a member of sal_admin;
//  - writers take one transaction-scoped advisory lock first, so change numbers are visible in
//    commit order (see PgTeamStoreSchema);
//  - a rep cannot read a lead taken away from them, so the guards learn the new owner from the
//    change feed, which shows a rep the changes that took leads from them.
class PgTeamStore final : public SqlTeamStore
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::PgTeamStore)

public:
    enum class Schema {
        MustBeCurrent, // a user's connection: the schema is the administrator's job
        Upgrade, // `salctl team init`: create or upgrade it
    };

    static constexpr qint64 kChangeLock = 0x5a1c4a9e; // pg_advisory_xact_lock key of the change feed

    static Result<std::unique_ptr<PgTeamStore>> open(
        const PgConnectionInfo &info, DispositionValidator validator, Schema schema = Schema::MustBeCurrent);

    // Creates or updates `email`'s login role as a member of the group of `role` (rep, manager,
    // marketing) and, when `password` is not empty, sets its password. Administrators only.
    Result<bool> putLogin(const QString &email, Role role, const QString &password);

protected:
    Result<bool> beginWrite() override;
    Result<bool> beginRead() override;
    Result<QHash<QString, QString>> takenAwayOwners(const QList<Operation> &unseen) override;

private:
    explicit PgTeamStore(DispositionValidator validator)
        : SqlTeamStore(std::move(validator))
    { }
};

} // namespace sal::core
