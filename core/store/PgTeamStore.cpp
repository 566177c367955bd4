#include "store/PgTeamStore.h"

#include "store/JsonRecordSet.h"
#include "store/PgTeamStoreSchema.h"
#include "store/PushBatch.h"

#include <QSqlQuery>

namespace sal::core {

Result<std::unique_ptr<PgTeamStore>> PgTeamStore::open(
    const PgConnectionInfo &info, DispositionValidator validator, Schema schema)
{
    std::unique_ptr<PgTeamStore> store(new PgTeamStore(std::move(validator)));
    SqlDatabase &db = store->database();
    if (auto r = db.openPostgres(info); !r)
        return r.problems();
    const SchemaMigrator migrator = pgTeamStoreMigrator();
    if (schema == Schema::Upgrade) {
        // Only administration uses a privileged role, and only a privileged role administers.
        Result<QVariant> privileged = db.scalar(
            QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"));
        if (!privileged)
            return privileged.problems();
        if (!privileged->toBool())
            return Problem::at(info.display(), {},
                tr("%1 is not an administrator: connect as a superuser or a role with CREATEROLE "
                   "(postgresql://ADMIN@HOST/DATABASE)")
                    .arg(info.user.isEmpty() ? tr("this login") : info.user));
        if (auto r = migrator.migrate(db); !r)
            return r.problems();
        return store;
    }
    Result<int> version = migrator.currentVersion(db);
    if (!version)
        return version.problems();
    if (*version == 0)
        return Problem::at(info.display(), {},
            tr("no team store in this database yet: an administrator runs 'salctl team init --team-store "
               "%1'")
                .arg(info.display()));
    if (*version < migrator.latestVersion())
        return Problem::at(info.display(), {},
            tr("the team store has schema version %1, this program needs %2: an administrator runs "
               "'salctl team init' to upgrade it")
                .arg(*version)
                .arg(migrator.latestVersion()));
    if (*version > migrator.latestVersion())
        return Problem::at(info.display(), {},
            tr("the team store has schema version %1, newer than this program understands (%2): update "
               "the program")
                .arg(*version)
                .arg(migrator.latestVersion()));
    return store;
}

Result<bool> PgTeamStore::beginWrite()
{
    if (auto r = database().begin(); !r)
        return r;
    if (auto r = database().exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), { kChangeLock }); !r) {
        database().rollback();
        return r.problems();
    }
    return true;
}

Result<bool> PgTeamStore::beginRead()
{
    // One snapshot for the change rows and the leads they point at.
    if (auto r = database().exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); !r)
        return r.problems();
    return true;
}

Result<QHash<QString, QString>> PgTeamStore::takenAwayOwners(const QList<Operation> &unseen)
{
    // Invisible to this person: either it never was theirs (then it "no longer exists" for them) or
    // it was taken away, which the change feed shows them, with the new owner (the latest change
    // that took it from them). One statement for every such operation of the batch.
    JsonRecordSet pairs(true, { JsonRecordSet::Column { "lead_id" }, JsonRecordSet::Column { "actor" } });
    for (const Operation &op : unseen)
        pairs.row().text(op.leadId).text(op.actor);
    QHash<QString, QString> owners;
    if (auto r = database().each(
            QStringLiteral("SELECT DISTINCT ON (c.lead_id, r.actor) c.lead_id, r.actor, c.owner_email "
                           "FROM changes c JOIN %1 ON c.lead_id = r.lead_id AND c.previous_owner = r.actor "
                           "ORDER BY c.lead_id, r.actor, c.seq DESC")
                .arg(pairs.from()),
            { pairs.bound() },
            [&](const QSqlQuery &q) {
                owners.insert(
                    PushBatch::key(q.value(0).toString(), q.value(1).toString()), q.value(2).toString());
            });
        !r)
        return r.problems();
    return owners;
}

Result<bool> PgTeamStore::putLogin(const QString &email, Role role, const QString &password)
{
    const QString group = pgGroupRoleFor(roleToString(role));
    const bool own = !inBulk(); // else it joins the caller's transaction (with the person's row)
    if (own) {
        if (auto r = database().begin(); !r)
            return r;
    }
    Problems problems
        = database().exec(QStringLiteral("SELECT sal_put_login(?, ?)"), { email, group }).problems();
    if (problems.isEmpty() && !password.isEmpty())
        problems = database()
                       .exec(QStringLiteral("SELECT sal_set_password(?, ?)"), { email, password })
                       .problems();
    if (!problems.isEmpty()) {
        if (own)
            database().rollback();
        return problems;
    }
    return own ? database().commit() : Result<bool>(true);
}

} // namespace sal::core
