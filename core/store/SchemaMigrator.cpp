#include "store/SchemaMigrator.h"

namespace sal::core {

SchemaMigrator::SchemaMigrator(QString schemaName, QList<Migration> migrations)
    : m_schemaName(std::move(schemaName))
    , m_migrations(std::move(migrations))
{
}

Result<int> SchemaMigrator::currentVersion(SqlDatabase &db) const
{
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
        for (const QString &statement : m_migrations.at(version - 1)) {
            if (auto r = db.exec(statement); !r)
                return r.problems();
        }
        // PRAGMA does not take bound parameters; the number is ours, not user input.
        if (auto r = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !r)
            return r.problems();
        if (auto r = tx.commit(); !r)
            return r.problems();
    }
    return std::max(*current, target);
}

} // namespace sal::core
