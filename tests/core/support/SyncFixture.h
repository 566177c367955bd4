#pragma once

// Shared set-up for the store and sync tests: a policy, a team store with a small team, and leads
// built in code so each test states exactly what it starts from. The team store is a SQLite file,
// or — when the test runs with SAL_TEST_BACKEND=postgres — a fresh database on a throw-away
// PostgreSQL cluster, where each person connects as their own login role: one suite, both backends.

#include "PgTestCluster.h"
#include "policy/PolicyLoader.h"
#include "store/LocalStore.h"
#include "store/PgTeamStore.h"
#include "store/SqliteTeamStore.h"
#include "sync/DecisionMaker.h"

#include <QTemporaryDir>
#include <QTest>

namespace sal::test {

using namespace sal::core;

inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

inline Lead makeLead(const QString &id, const QString &owner, const QDateTime &routedAt)
{
    Lead lead;
    lead.id = id;
    lead.stage = Stage::Mql;
    lead.source = QStringLiteral("webinar");
    lead.ownerEmail = owner;
    lead.teamId = QStringLiteral("na");
    lead.tier = QStringLiteral("standard");
    lead.createdAt = routedAt.addDays(-1);
    lead.mqlAt = routedAt;
    lead.routedAt = routedAt;
    lead.account.name = QStringLiteral("Company ") + id;
    lead.account.industry = QStringLiteral("Software");
    lead.account.employees = 250;
    lead.contact.firstName = QStringLiteral("Pat");
    lead.contact.lastName = id;
    lead.contact.email = id + QStringLiteral("@example.com");
    lead.contact.emailVerified = true;
    return lead;
}

inline Disposition acceptDisposition(const QDateTime &due)
{
    Disposition d;
    d.kind = DispositionKind::Accept;
    d.nextStep = NextStepKind::Call;
    d.nextStepDueUtc = due;
    d.note = QStringLiteral("Discovery call booked");
    return d;
}

inline Disposition rejectDisposition(const QString &code, const QString &text = {})
{
    Disposition d;
    d.kind = DispositionKind::Reject;
    d.reasonCode = code;
    d.reasonText = text;
    return d;
}

enum class Backend { Sqlite, Postgres };

// Which backend this run tests: SAL_TEST_BACKEND=postgres, else SQLite.
inline Backend backendUnderTest()
{
    return qEnvironmentVariable("SAL_TEST_BACKEND") == QLatin1String("postgres") ? Backend::Postgres
                                                                                 : Backend::Sqlite;
}

// The PostgreSQL side of the fixture: the cluster, a template database with the team store's
// schema, and the test people's login roles (cluster-wide, made once).
struct PgTeamServer
{
    PgTestCluster cluster;
    static constexpr const char *kTemplate = "sal_template";
    static constexpr const char *kPassword = "s3cret-for-tests";
    int databases = 0;

    // Starts the cluster and prepares the template; `error` says why not.
    bool start(const DispositionValidator &validator, const QStringList &logins, QString *error)
    {
        if (!cluster.startWithDatabase(QLatin1String(kTemplate), error))
            return false;
        auto admin
            = PgTeamStore::open(adminInfo(QLatin1String(kTemplate)), validator, PgTeamStore::Schema::Upgrade);
        if (!admin) {
            *error = joinProblems(admin.problems());
            return false;
        }
        for (const QString &login : logins) {
            // Role: any group works for creating the login; the person's row decides in each database.
            if (auto r = (*admin)->putLogin(login, Role::Rep, QLatin1String(kPassword)); !r) {
                *error = joinProblems(r.problems());
                return false;
            }
            cluster.addPassword(login, QLatin1String(kPassword));
        }
        return true;
    }
    // A new database, a copy of the template.
    QString createDatabase(QString *error)
    {
        const QString name = QStringLiteral("team_%1").arg(++databases);
        if (!cluster.psql(QStringLiteral("postgres"), QStringLiteral("postgres"),
                QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, QLatin1String(kTemplate)), error))
            return {};
        return name;
    }
    PgConnectionInfo adminInfo(const QString &database) const
    {
        return info(database, QStringLiteral("postgres"));
    }
    PgConnectionInfo info(const QString &database, const QString &user) const
    {
        return PgConnectionInfo::parse(cluster.address(database, user)).value();
    }
};

struct SyncFixture
{
    QTemporaryDir dir;
    PolicySet policy;
    std::unique_ptr<SqlTeamStore> team; // the administrator's connection (seeding, routing, checks)
    QString repA = QStringLiteral("ana@example.com");
    QString repB = QStringLiteral("ben@example.com");
    QString manager = QStringLiteral("mia@example.com");
    PgTeamServer *server = nullptr; // set: PostgreSQL
    QString database; // PostgreSQL: this test's database

    QStringList people() const { return { repA, repB, manager }; }

    // `pg`: the PostgreSQL server to make this test's database on; nullptr: a SQLite file.
    bool init(PgTeamServer *pg = nullptr)
    {
        const Result<PolicySet> loaded = PolicyLoader::loadDefaults();
        if (!loaded || !dir.isValid())
            return false;
        policy = *loaded;
        server = pg;
        if (server) {
            QString error;
            database = server->createDatabase(&error);
            if (database.isEmpty())
                qFatal("cannot create a test database: %s", qPrintable(error));
        }
        team = openTeamAgain();
        if (!team)
            return false;
        const bool seeded = team->putTeam(Team { QStringLiteral("na"), QStringLiteral("North America"),
                                manager, QStringLiteral("new_york"), false })
            && team->putPerson(
                Rep { repA, QStringLiteral("Ana"), QStringLiteral("na"), Role::Rep, {}, 25, true, false })
            && team->putPerson(
                Rep { repB, QStringLiteral("Ben"), QStringLiteral("na"), Role::Rep, {}, 25, true, false })
            && team->putPerson(Rep {
                manager, QStringLiteral("Mia"), QStringLiteral("na"), Role::Manager, {}, 0, true, false });
        if (seeded && server) {
            // Group memberships follow the people's roles (cluster-wide, so set again per test).
            auto *pgStore = static_cast<PgTeamStore *>(team.get());
            return pgStore->putLogin(repA, Role::Rep, {}) && pgStore->putLogin(repB, Role::Rep, {})
                && pgStore->putLogin(manager, Role::Manager, {});
        }
        return seeded;
    }

    bool isPostgres() const { return server != nullptr; }
    QString teamPath() const { return dir.filePath(QStringLiteral("team.sqlite")); }
    // What --team-store takes for this fixture's team store (without a user on PostgreSQL).
    QString teamAddress() const { return server ? server->cluster.address(database) : teamPath(); }
    DispositionValidator validator() const { return DispositionValidator(policy.reasons); }
    DecisionMaker maker() const { return DecisionMaker(validator()); }

    std::unique_ptr<LocalStore> openLocal(const QString &name)
    {
        auto opened = LocalStore::open(dir.filePath(name + QStringLiteral(".sqlite")));
        return opened ? std::move(opened).value() : nullptr;
    }

    // Another administrator's connection to the same team store (another writer, another thread).
    std::unique_ptr<SqlTeamStore> openTeamAgain()
    {
        if (server) {
            auto opened = PgTeamStore::open(server->adminInfo(database), validator());
            if (!opened)
                qWarning("%s", qPrintable(joinProblems(opened.problems())));
            return opened ? std::unique_ptr<SqlTeamStore>(std::move(opened).value()) : nullptr;
        }
        auto opened = SqliteTeamStore::open(teamPath(), validator(), !team); // the first one creates it
        return opened ? std::unique_ptr<SqlTeamStore>(std::move(opened).value()) : nullptr;
    }

    // `email`'s own connection: on PostgreSQL their login role, under row-level security.
    std::unique_ptr<SqlTeamStore> teamAs(const QString &email)
    {
        if (!server)
            return openTeamAgain();
        auto opened = PgTeamStore::open(server->info(database, email), validator());
        if (!opened)
            qWarning("%s", qPrintable(joinProblems(opened.problems())));
        return opened ? std::unique_ptr<SqlTeamStore>(std::move(opened).value()) : nullptr;
    }

    // A team store that cannot be reached: a missing file, or a server socket folder with no server.
    Result<std::unique_ptr<SqlTeamStore>> openUnreachable()
    {
        if (server) {
            PgConnectionInfo nowhere = server->info(database, repA);
            nowhere.host = dir.filePath(QStringLiteral("nowhere"));
            auto opened = PgTeamStore::open(nowhere, validator());
            if (!opened)
                return opened.problems();
            return std::unique_ptr<SqlTeamStore>(std::move(opened).value());
        }
        auto opened
            = SqliteTeamStore::open(dir.filePath(QStringLiteral("nowhere/team.sqlite")), validator(), false);
        if (!opened)
            return opened.problems();
        return std::unique_ptr<SqlTeamStore>(std::move(opened).value());
    }
};

} // namespace sal::test

// QVERIFY for a Result, printing its problems when it failed.
#define QVERIFY_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto &result_ = (expr);                                                                        \
        QVERIFY2(result_.ok(), qPrintable(sal::core::joinProblems(result_.problems())));                     \
    } while (false)
