#pragma once

#include "disposition/DispositionValidator.h"
#include "domain/Result.h"
#include "store/PgConnectionInfo.h"
#include "store/SqlTeamStore.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace sal::core {

// What `--team-store` names: a SQLite file (the embedded default and the demo) or a PostgreSQL
// server (`postgresql://…`). The one place that turns that text into an open TeamStore, used by
// salctl, salbench and the sync thread alike.
class TeamStoreLocation
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::TeamStoreLocation)

public:
    enum class Mode {
        Use, // an existing team store; on PostgreSQL its schema must be current
        Create, // a new SQLite file may be made; on PostgreSQL the schema is created or upgraded
        Administer, // PostgreSQL only: create or upgrade the schema, roles and policies
    };
    // Asked for the password of `who` when the server wants one libpq did not find. Returns an
    // empty string when the person gives up. Never called on a SQLite file.
    using PasswordPrompt = std::function<QString(const QString &who)>;

    static Result<TeamStoreLocation> parse(const QString &text);

    bool isPostgres() const { return m_postgres; }
    const QString &filePath() const { return m_path; } // SQLite only
    QString display() const; // no secrets
    bool exists() const; // a SQLite file that is there; a PostgreSQL address always "exists"

    // Opens the store as `user` (on PostgreSQL the login role, unless the address names one). On
    // success a password that was asked for is kept (in memory only) for the next open of this
    // location, e.g. by the sync thread.
    Result<std::unique_ptr<SqlTeamStore>> open(const DispositionValidator &validator, const QString &user,
        Mode mode, const PasswordPrompt &prompt = {});

    // The login role `open` connects as for `user`.
    QString loginFor(const QString &user) const;

private:
    bool m_postgres = false;
    QString m_path;
    PgConnectionInfo m_pg;
};

} // namespace sal::core
