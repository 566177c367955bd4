#pragma once

#include "store/SchemaMigrator.h"

namespace sal::core {

// The team store's tables, as numbered migrations. Never edit a published migration: add one.
SchemaMigrator teamStoreMigrator();

} // namespace sal::core
