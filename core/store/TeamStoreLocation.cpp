#include "store/TeamStoreLocation.h"

#include "store/PgTeamStore.h"
#include "store/SqliteTeamStore.h"

#include <QFileInfo>

namespace sal::core {

Result<TeamStoreLocation> TeamStoreLocation::parse(const QString &text)
{
    TeamStoreLocation location;
    if (PgConnectionInfo::isPostgresAddress(text)) {
        Result<PgConnectionInfo> info = PgConnectionInfo::parse(text);
        if (!info)
            return info.problems();
        location.m_postgres = true;
        location.m_pg = *info;
        return location;
    }
    if (text.trimmed().isEmpty())
        return Problem::forField(QStringLiteral("team-store"), tr("no team store given"));
    location.m_path = text;
    return location;
}

QString TeamStoreLocation::display() const
{
    return m_postgres ? m_pg.display() : m_path;
}

bool TeamStoreLocation::exists() const
{
    return m_postgres || QFileInfo::exists(m_path);
}

QString TeamStoreLocation::loginFor(const QString &user) const
{
    return m_pg.user.isEmpty() ? user : m_pg.user;
}

Result<std::unique_ptr<SqlTeamStore>> TeamStoreLocation::open(
    const DispositionValidator &validator, const QString &user, Mode mode, const PasswordPrompt &prompt)
{
    if (!m_postgres) {
        if (mode == Mode::Administer)
            return Problem::forField(QStringLiteral("team-store"),
                tr("%1 is a file: only a postgresql:// team store has roles to administer").arg(m_path));
        auto store = SqliteTeamStore::open(m_path, validator, mode == Mode::Create);
        if (!store)
            return store.problems();
        return std::unique_ptr<SqlTeamStore>(std::move(store).value());
    }
    PgConnectionInfo info = m_pg;
    info.user = loginFor(user);
    const PgTeamStore::Schema schema
        = mode == Mode::Use ? PgTeamStore::Schema::MustBeCurrent : PgTeamStore::Schema::Upgrade;
    auto store = PgTeamStore::open(info, validator, schema);
    // libpq found no password (PGPASSFILE, ~/.pgpass): ask once, keep it in memory only.
    const bool wantsPassword = !store && info.password.isEmpty()
        && joinProblems(store.problems()).contains(QLatin1String("no password supplied"));
    if (wantsPassword && prompt) {
        info.password = prompt(info.user);
        if (info.password.isEmpty())
            return store.problems();
        store = PgTeamStore::open(info, validator, schema);
        if (store)
            m_pg.password = info.password;
    }
    if (!store)
        return store.problems();
    return std::unique_ptr<SqlTeamStore>(std::move(store).value());
}

} // namespace sal::core
