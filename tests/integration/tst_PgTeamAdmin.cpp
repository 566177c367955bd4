// A team server from scratch through the real salctl: `team init` on an empty database, the demo
// seeded into it, `team add-user` with a password read from standard input, and a rep working
// against it as their own login role (password from PGPASSFILE). Bad input is refused clearly.

#include "store/PgTeamStoreSchema.h"
#include "support/PgTestCluster.h"
#include "support/SalctlProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sal::test;

class tst_PgTeamAdmin : public QObject
{
    Q_OBJECT

private:
    PgTestCluster cluster;
    QTemporaryDir dir;
    QString rep;
    QString team;

    SalctlRun salctl(const QStringList &args, const QByteArray &input = {})
    {
        return runSalctl(args, dir.filePath(QStringLiteral("xdg")), input);
    }
    QString admin() const { return cluster.address(QStringLiteral("teamdb"), QStringLiteral("postgres")); }
    QString users() const { return cluster.address(QStringLiteral("teamdb")); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(cluster.startWithDatabase(QStringLiteral("teamdb"), &error), qPrintable(error));
    }

    void initCreatesTheSchemaAndIsRepeatable()
    {
        const SalctlRun first = salctl(
            { QStringLiteral("team"), QStringLiteral("init"), QStringLiteral("--team-store"), admin() });
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QStringLiteral("schema version %1").arg(sal::core::pgTeamStoreMigrator().latestVersion())),
                 qPrintable(first.out));
        const SalctlRun again = salctl(
            { QStringLiteral("team"), QStringLiteral("init"), QStringLiteral("--team-store"), admin() });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(cluster.psql(QStringLiteral("teamdb"), QStringLiteral("postgres"),
                     QStringLiteral("SELECT max(version) FROM sal_schema_version")),
            QString::number(sal::core::pgTeamStoreMigrator().latestVersion()));
    }

    void demoSeedsTheServer()
    {
        const SalctlRun demo = salctl({ QStringLiteral("demo"), QStringLiteral("--team-store"), admin(),
            QStringLiteral("--leads"), QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("7"),
            QStringLiteral("--now"), QStringLiteral("2026-03-10T15:00:00Z") });
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QVERIFY2(demo.out.contains(QLatin1String("120 leads")), qPrintable(demo.out));
        QCOMPARE(cluster.psql(QStringLiteral("teamdb"), QStringLiteral("postgres"),
                     QStringLiteral("SELECT count(*) FROM leads")),
            QStringLiteral("120"));
        const SalctlRun reps = salctl(
            { QStringLiteral("reps"), QStringLiteral("--json"), QStringLiteral("--team-store"), admin() });
        QVERIFY2(reps.exitCode == 0, qPrintable(reps.err));
        for (const QJsonValue &v : QJsonDocument::fromJson(reps.out.toUtf8()).array()) {
            if (v[QLatin1String("role")].toString() == QLatin1String("rep") && rep.isEmpty()) {
                rep = v[QLatin1String("email")].toString();
                team = v[QLatin1String("team")].toString();
            }
        }
        QVERIFY(!rep.isEmpty());
    }

    void addUserMakesALoginRoleNamedAsTheEmail()
    {
        const SalctlRun added
            = salctl({ QStringLiteral("team"), QStringLiteral("add-user"), rep, QStringLiteral("--role"),
                         QStringLiteral("rep"), QStringLiteral("--team"), team,
                         QStringLiteral("--team-store"), admin(), QStringLiteral("--password-stdin") },
                "rep-password\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(cluster.psql(QStringLiteral("teamdb"), QStringLiteral("postgres"),
                     QStringLiteral(
                         "SELECT rolcanlogin::text || ',' || pg_has_role(rolname, 'sal_rep', 'USAGE')::text "
                         "FROM pg_roles WHERE rolname = '%1'")
                         .arg(rep)),
            QStringLiteral("true,true"));
        // Not in PGPASSFILE yet: with no terminal to ask on, the connection fails and says why.
        const SalctlRun noPassword = salctl(
            { QStringLiteral("queue"), QStringLiteral("--team-store"), users(), QStringLiteral("--as"), rep,
                QStringLiteral("--local-store"), dir.filePath(QStringLiteral("nopw.sqlite")) });
        QCOMPARE(noPassword.exitCode, 2);
        QVERIFY2(noPassword.err.contains(QLatin1String("no password supplied")), qPrintable(noPassword.err));

        cluster.addPassword(rep, QStringLiteral("rep-password"));
        const SalctlRun queue = salctl({ QStringLiteral("queue"), QStringLiteral("--json"),
            QStringLiteral("--team-store"), users(), QStringLiteral("--as"), rep,
            QStringLiteral("--local-store"), dir.filePath(QStringLiteral("rep.sqlite")) });
        QVERIFY2(queue.exitCode == 0, qPrintable(queue.err));
        const QJsonArray leads = QJsonDocument::fromJson(queue.out.toUtf8()).array();
        QVERIFY(!leads.isEmpty());
        // Exactly the rep's open leads, as the server counts them.
        QCOMPARE(QString::number(leads.size()),
            cluster.psql(QStringLiteral("teamdb"), QStringLiteral("postgres"),
                QStringLiteral("SELECT count(*) FROM leads WHERE owner_email = '%1' AND stage = 'mql'")
                    .arg(rep)));
    }

    void badInputIsRefusedClearly()
    {
        const SalctlRun secret = salctl({ QStringLiteral("queue"), QStringLiteral("--team-store"),
            QStringLiteral("postgresql://ana:pw@localhost/teamdb"), QStringLiteral("--as"), rep });
        QCOMPARE(secret.exitCode, 2);
        QVERIFY2(secret.err.contains(QLatin1String("must not contain a password")), qPrintable(secret.err));
        const SalctlRun noTeam
            = salctl({ QStringLiteral("team"), QStringLiteral("add-user"), QStringLiteral("x@example.com"),
                         QStringLiteral("--role"), QStringLiteral("rep"), QStringLiteral("--team"),
                         QStringLiteral("atlantis"), QStringLiteral("--team-store"), admin(),
                         QStringLiteral("--password-stdin") },
                "pw\n");
        QCOMPARE(noTeam.exitCode, 2);
        QVERIFY2(noTeam.err.contains(QLatin1String("--team: no team \"atlantis\"")), qPrintable(noTeam.err));
        const SalctlRun badRole = salctl({ QStringLiteral("team"), QStringLiteral("add-user"),
            QStringLiteral("x@example.com"), QStringLiteral("--role"), QStringLiteral("boss"),
            QStringLiteral("--team"), team, QStringLiteral("--team-store"), admin() });
        QCOMPARE(badRole.exitCode, 2);
        QVERIFY2(badRole.err.contains(QLatin1String("--role")), qPrintable(badRole.err));
        QCOMPARE(cluster.psql(QStringLiteral("teamdb"), QStringLiteral("postgres"),
                     QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'x@example.com'")),
            QStringLiteral("0"));
        const SalctlRun fileInit = salctl({ QStringLiteral("team"), QStringLiteral("init"),
            QStringLiteral("--team-store"), dir.filePath(QStringLiteral("team.sqlite")) });
        QCOMPARE(fileInit.exitCode, 2);
    }

    void aUserCannotAdminister()
    {
        const SalctlRun init = salctl({ QStringLiteral("team"), QStringLiteral("init"),
            QStringLiteral("--team-store"), cluster.address(QStringLiteral("teamdb"), rep) });
        QCOMPARE(init.exitCode, 2);
        QVERIFY2(init.err.contains(QLatin1String("is not an administrator")), qPrintable(init.err));
    }
};

QTEST_GUILESS_MAIN(tst_PgTeamAdmin)
#include "tst_PgTeamAdmin.moc"
