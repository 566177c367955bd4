// Reading a postgresql:// team store address: hosts, Unix socket folders, users named by email,
// and the refusals (a password in the address, an unknown parameter, no database).

#include "store/PgConnectionInfo.h"
#include "store/PgTeamStoreSchema.h"
#include "store/TeamStoreLocation.h"
#include "store/TeamStoreSchema.h"

#include <QTest>

using namespace sal::core;

class tst_PgConnectionInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsHostPortDatabaseAndUser()
    {
        const PgConnectionInfo info = PgConnectionInfo::parse(
            QStringLiteral("postgresql://ana%40example.com@db.example.com:6543/sales?sslmode=require"))
                                          .value();
        QCOMPARE(info.host, QStringLiteral("db.example.com"));
        QCOMPARE(info.port, 6543);
        QCOMPARE(info.databaseName, QStringLiteral("sales"));
        QCOMPARE(info.user, QStringLiteral("ana@example.com"));
        QCOMPARE(info.sslMode, QStringLiteral("require"));
        QVERIFY(info.connectOptions().contains(QLatin1String("sslmode=require")));
        QCOMPARE(info.display(), QStringLiteral("postgresql://ana%40example.com@db.example.com:6543/sales"));
    }

    void readsAUnixSocketFolder()
    {
        const PgConnectionInfo info = PgConnectionInfo::parse(
            QStringLiteral("postgres:///team?host=%2Fvar%2Frun%2Fpostgresql&port=5433"))
                                          .value();
        QCOMPARE(info.host, QStringLiteral("/var/run/postgresql"));
        QCOMPARE(info.port, 5433);
        QCOMPARE(info.databaseName, QStringLiteral("team"));
        QVERIFY(info.user.isEmpty());
        QCOMPARE(info.display(), QStringLiteral("postgresql:///team?host=/var/run/postgresql&port=5433"));
    }

    void refusesPasswordsAndMistakes_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("says");
        QTest::newRow("password in userinfo") << QStringLiteral("postgresql://ana:secret@host/db")
                                              << QStringLiteral("must not contain a password");
        QTest::newRow("password parameter") << QStringLiteral("postgresql://host/db?password=secret")
                                            << QStringLiteral("must not contain a password");
        QTest::newRow("unknown parameter") << QStringLiteral("postgresql://host/db?colour=blue")
                                           << QStringLiteral("unknown parameter \"colour\"");
        QTest::newRow("no database") << QStringLiteral("postgresql://host")
                                     << QStringLiteral("names no database");
        QTest::newRow("bad port") << QStringLiteral("postgresql:///db?port=eighty")
                                  << QStringLiteral("\"port\" must be a number");
    }

    void refusesPasswordsAndMistakes()
    {
        QFETCH(QString, address);
        QFETCH(QString, says);
        const Result<PgConnectionInfo> parsed = PgConnectionInfo::parse(address);
        QVERIFY(!parsed.ok());
        const QString text = joinProblems(parsed.problems());
        QVERIFY2(text.contains(says), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("secret")), qPrintable(text)); // never echoed back
        QCOMPARE(parsed.problems().first().field, QStringLiteral("team-store"));
    }

    void locationTellsFilesFromServers()
    {
        QVERIFY(TeamStoreLocation::parse(QStringLiteral("postgresql://h/db")).value().isPostgres());
        QVERIFY(!TeamStoreLocation::parse(QStringLiteral("/tmp/team.sqlite")).value().isPostgres());
        QVERIFY(!TeamStoreLocation::parse(QStringLiteral("")).ok());
    }

    // Every step of the SQLite team store's schema has its PostgreSQL twin: a migration added to
    // one backend only fails here, not in production.
    void bothBackendsHaveTheSameSchemaVersion()
    {
        QCOMPARE(pgTeamStoreMigrator().latestVersion(), teamStoreMigrator().latestVersion());
        QCOMPARE(pgGroupRoleFor(QStringLiteral("manager")), QStringLiteral("sal_manager"));
        QVERIFY(pgGroupRoleFor(QStringLiteral("admin")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PgConnectionInfo)
#include "tst_PgConnectionInfo.moc"
