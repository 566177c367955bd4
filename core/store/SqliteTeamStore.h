#pragma once

#include "store/SqlTeamStore.h"

#include <memory>

namespace sal::core {

// The team store in one SQLite file: the embedded default and the demo workspace. SQLite has one
// writer at a time and numbers a change inside the writing transaction, so the change sequence
// becomes visible in order and a pull never skips one.
class SqliteTeamStore final : public SqlTeamStore
{
public:
    static Result<std::unique_ptr<SqliteTeamStore>> open(
        const QString &path, DispositionValidator validator, bool create = true);

private:
    explicit SqliteTeamStore(DispositionValidator validator)
        : SqlTeamStore(std::move(validator))
    { }
};

} // namespace sal::core
