#pragma once

#include "store/SchemaMigrator.h"

namespace sal::core {

// The PostgreSQL team store: the same tables as teamStoreMigrator() (times as ISO 8601 UTC text, so
// both backends share their row readers), plus the group roles, grants and row-level security
// policies (enabled and FORCEd, so even the owner role sees only what a policy allows). Run by
// `salctl team init` as an administrator (a superuser, or a role with CREATEROLE). Never edit a
// published migration: add one, and port every new teamStoreMigrator() step here.
SchemaMigrator pgTeamStoreMigrator();

// The group roles a login role (named exactly as the person's email) is made a member of.
QString pgGroupRoleFor(const QString &role); // "rep" → "sal_rep"; empty when unknown

} // namespace sal::core
