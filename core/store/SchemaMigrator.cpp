#include "store/SchemaMigrator.h"

namespace sal::core {

SchemaMigrator::SchemaMigrator(QString schemaName, QList<Migration> migrations)
    : m_schemaName(std::move(schemaName))
    , m_migrations(std::move(migrations))
{ }

namespace {
const QString kPgVersionTable = QStringLiteral("sal_schema_version");
}

Result<int> SchemaMigrator::currentVersion(SqlDatabase &db) const
{
    if (db.isPostgres()) {
        const Result<QVariant> table
            = db.scalar(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), { kPgVersionTable });
        if (!table)
            return table.problems();
        if (!table->toBool())
            return 0;
        const Result<QVariant> v = db.scalar(QStringLiteral("SELECT max(version) FROM sal_schema_version"));
        if (!v)
            return v.problems();
        return v->toInt();
    }
    const Result<QVariant> v = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!v)
        return v.problems();
    return v->toInt();
}

Result<int> SchemaMigrator::migrate(SqlDatabase &db, int target) const
{
    if (target < 0)
        target = latestVersion();
    Result<int> current = currentVersion(db);
    if (!current)
        return current.problems();
    if (*current > latestVersion())
        return Problem::at(db.path(), {},
            tr("this %1 has schema version %2, newer than this program understands (%3): update the "
               "program instead of opening the file with an older one")
                .arg(m_schemaName)
                .arg(*current)
                .arg(latestVersion()));
    for (int version = *current + 1; version <= target; ++version) {
        Transaction tx(db);
        if (!tx.started())
            return tx.started().problems();
        if (db.isPostgres()) {
            // Two administrators upgrading at once: the second waits, then finds the work done.
            if (auto r = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), { qint64(0x5a15c4e3a) });
                !r)
                return r.problems();
            Result<int> now = currentVersion(db);
            if (!now)
                return now.problems();
            if (*now >= version)
                continue;
        }
        for (const QString &statement : m_migrations.at(version - 1)) {
            if (auto r = db.exec(statement); !r)
                return r.problems();
        }
        if (auto r = setVersion(db, version); !r)
            return r.problems();
        if (auto r = tx.commit(); !r)
            return r.problems();
    }
    return std::max(*current, target);
}

Result<bool> SchemaMigrator::setVersion(SqlDatabase &db, int version) const
{
    if (db.isPostgres()) {
        const Result<QVariant> exists
            = db.scalar(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), { kPgVersionTable });
        if (!exists)
            return exists.problems();
        if (!exists->toBool()) {
            if (auto r
                = db.exec(QStringLiteral("CREATE TABLE sal_schema_version (version integer NOT NULL)"));
                !r)
                return r.problems();
        }
        if (auto r = db.exec(QStringLiteral("DELETE FROM sal_schema_version")); !r)
            return r.problems();
        if (auto r
            = db.exec(QStringLiteral("INSERT INTO sal_schema_version (version) VALUES (?)"), { version });
            !r)
            return r.problems();
        return true;
    }
    // PRAGMA does not take bound parameters; the number is ours, not user input.
    if (auto r = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !r)
        return r.problems();
    return true;
}

} // namespace sal::core
