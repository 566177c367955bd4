#pragma once

#include "store/SchemaMigrator.h"

namespace sal::core {

// The local cache's tables, as numbered migrations. Never edit a published migration: add one.
SchemaMigrator localStoreMigrator();

} // namespace sal::core
