#pragma once

#include "store/SqlDatabase.h"

#include <QList>
#include <QStringList>

namespace sal::core {

// Numbered migrations kept in PRAGMA user_version (SQLite) or the one-row table sal_schema_version
// (PostgreSQL): migration i (1-based) takes a database from version i-1 to i, each in its own
// transaction. A newer program upgrades an older database step by step; an older program refuses
// a newer one instead of guessing.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::SchemaMigrator)

public:
    using Migration = QStringList; // statements, run in order

    SchemaMigrator(QString schemaName, QList<Migration> migrations);

    int latestVersion() const { return int(m_migrations.size()); }
    Result<int> currentVersion(SqlDatabase &db) const;

    // Brings `db` up to `target` (default: the latest). Returns the version reached.
    Result<int> migrate(SqlDatabase &db, int target = -1) const;

private:
    Result<bool> setVersion(SqlDatabase &db, int version) const;

    QString m_schemaName;
    QList<Migration> m_migrations;
};

} // namespace sal::core
