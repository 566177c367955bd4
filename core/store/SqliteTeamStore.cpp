#include "store/SqliteTeamStore.h"

#include "store/TeamStoreSchema.h"

namespace sal::core {

Result<std::unique_ptr<SqliteTeamStore>> SqliteTeamStore::open(
    const QString &path, DispositionValidator validator, bool create)
{
    std::unique_ptr<SqliteTeamStore> store(new SqliteTeamStore(std::move(validator)));
    if (auto r = store->database().open(path, create); !r)
        return r.problems();
    if (auto r = teamStoreMigrator().migrate(store->database()); !r)
        return r.problems();
    return store;
}

} // namespace sal::core
