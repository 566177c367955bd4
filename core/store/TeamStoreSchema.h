#pragma once

#include "store/SchemaMigrator.h"

namespace sal::core {

// The team store's tables, as numbered migrations. Never edit a published migration: add one, and
// its PostgreSQL twin to pgTeamStoreMigrator() (tst_PgConnectionInfo fails while the counts differ).
SchemaMigrator teamStoreMigrator();

// Migration 5 of both backends: the indexes the reports aggregate over (plain SQL, the same text).
SchemaMigrator::Migration reportIndexes();

} // namespace sal::core
