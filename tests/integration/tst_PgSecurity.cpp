// Row-level security on a real PostgreSQL server: each person connects as their own login role
// (with a password from PGPASSFILE), through psql and through the app's PgTeamStore. A rep reads
// and decides only their own leads and can move none; a manager sees only their team; marketing sees
// what came back to them; even the tables' owner role sees nothing (FORCE ROW LEVEL SECURITY).

#include "support/SyncFixture.h"

#include <QTest>

using namespace sal::core;
using namespace sal::test;

class tst_PgSecurity : public QObject
{
    Q_OBJECT

private:
    SyncFixture f;
    std::unique_ptr<PgTeamServer> server;
    const QString eve = QStringLiteral("eve@example.com"); // a rep of team eu
    const QString max = QStringLiteral("max@example.com"); // the manager of team eu
    const QString rita = QStringLiteral("rita@example.com"); // marketing
    const QDateTime now = utc("2026-03-10T15:00:00Z");

    // psql as `user`: the output, or "ERROR: …" when the server refused.
    QString psql(const QString &user, const QString &sql)
    {
        QString error;
        const std::optional<QString> out = server->cluster.psql(f.database, user, sql, &error);
        return out ? *out : QStringLiteral("ERROR: ") + error;
    }
    QString affected(const QString &user, const QString &dml) // rows a statement changed, via RETURNING
    {
        return psql(
            user, QStringLiteral("WITH changed AS (%1 RETURNING 1) SELECT count(*) FROM changed").arg(dml));
    }
    std::unique_ptr<SqlTeamStore> as(const QString &email)
    {
        auto store = f.teamAs(email);
        if (!store)
            qFatal("cannot connect as %s", qPrintable(email));
        return store;
    }
    Operation acceptOn(const QString &leadId, const QString &actor)
    {
        Disposition d = acceptDisposition(now.addDays(1));
        Result<ValidatedOperation> op
            = f.maker().decide(LeadState { leadId, Stage::Mql, 1, actor, {} }, d, actor, now);
        if (!op)
            qFatal("%s", qPrintable(joinProblems(op.problems())));
        return op->operation();
    }

private Q_SLOTS:
    void initTestCase()
    {
        server = std::make_unique<PgTeamServer>();
        QString error;
        QVERIFY2(server->start(DispositionValidator(PolicyLoader::loadDefaults().value().reasons),
                     f.people() + QStringList { eve, max, rita }, &error),
            qPrintable(error));
        QVERIFY(f.init(server.get()));
        auto *admin = static_cast<PgTeamStore *>(f.team.get());
        QVERIFY_OK(admin->putTeam(
            Team { QStringLiteral("eu"), QStringLiteral("Europe"), max, QStringLiteral("berlin"), false }));
        QVERIFY_OK(admin->putPerson(
            Rep { eve, QStringLiteral("Eve"), QStringLiteral("eu"), Role::Rep, {}, 25, true, false }));
        QVERIFY_OK(admin->putPerson(
            Rep { max, QStringLiteral("Max"), QStringLiteral("eu"), Role::Manager, {}, 0, true, false }));
        QVERIFY_OK(admin->putPerson(
            Rep { rita, QStringLiteral("Rita"), QStringLiteral("na"), Role::Marketing, {}, 0, true, false }));
        QVERIFY_OK(admin->putLogin(eve, Role::Rep, {}));
        QVERIFY_OK(admin->putLogin(max, Role::Manager, {}));
        QVERIFY_OK(admin->putLogin(rita, Role::Marketing, {}));
        QVERIFY_OK(admin->putLead(makeLead(QStringLiteral("L-ana"), f.repA, now), {}));
        QVERIFY_OK(admin->putLead(makeLead(QStringLiteral("L-ben"), f.repB, now), {}));
        Lead rejected = makeLead(QStringLiteral("L-rejected"), f.repB, now);
        rejected.stage = Stage::Rejected;
        QVERIFY_OK(admin->putLead(rejected, {}));
        Lead european = makeLead(QStringLiteral("L-eu"), eve, now);
        european.teamId = QStringLiteral("eu");
        QVERIFY_OK(admin->putLead(european, {}));
    }

    void everyTableForcesRowLevelSecurity()
    {
        const QString tables = psql(QStringLiteral("postgres"),
            QStringLiteral("SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class "
                           "WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace "
                           "AND relname <> 'sal_schema_version' AND NOT (relrowsecurity AND "
                           "relforcerowsecurity)"));
        QCOMPARE(tables, QString()); // none without
        // The owner role itself, without an administrator's policy, sees nothing.
        QVERIFY(psql(QStringLiteral("postgres"),
            QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE "
                           "rolname = 'owner_probe') THEN CREATE ROLE owner_probe "
                           "LOGIN PASSWORD 'probe'; END IF; END $$; "
                           "GRANT sal_owner TO owner_probe"))
                    .isEmpty());
        server->cluster.addPassword(QStringLiteral("owner_probe"), QStringLiteral("probe"));
        QCOMPARE(psql(QStringLiteral("owner_probe"),
                     QStringLiteral("SET ROLE sal_owner; SELECT count(*) FROM leads")),
            QStringLiteral("0"));
        QCOMPARE(psql(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM leads")),
            QStringLiteral("4"));
    }

    void repThroughPsqlSeesAndChangesOnlyTheirOwn()
    {
        QCOMPARE(
            psql(f.repA, QStringLiteral("SELECT string_agg(id, ',') FROM leads")), QStringLiteral("L-ana"));
        QCOMPARE(psql(f.repA, QStringLiteral("SELECT count(*) FROM leads WHERE id = 'L-ben'")),
            QStringLiteral("0"));
        QCOMPARE(psql(f.repA, QStringLiteral("SELECT count(*) FROM events WHERE lead_id = 'L-ben'")),
            QStringLiteral("0"));
        QCOMPARE(psql(f.repA, QStringLiteral("SELECT count(*) FROM changes WHERE lead_id = 'L-ben'")),
            QStringLiteral("0"));
        // Deciding B's lead: no row to update.
        QCOMPARE(affected(f.repA, QStringLiteral("UPDATE leads SET stage = 'sal' WHERE id = 'L-ben'")),
            QStringLiteral("0"));
        // Re-assigning: B's lead to A, or A's lead away — a rep may not move leads at all.
        const QString takeB = affected(
            f.repA, QStringLiteral("UPDATE leads SET owner_email = 'ana@example.com' WHERE id = 'L-ben'"));
        QVERIFY2(takeB.contains(QLatin1String("permission denied")), qPrintable(takeB));
        const QString giveA = affected(
            f.repA, QStringLiteral("UPDATE leads SET owner_email = 'ben@example.com' WHERE id = 'L-ana'"));
        QVERIFY2(giveA.contains(QLatin1String("permission denied")), qPrintable(giveA));
        // A decision row for B's lead, or in B's name: refused by the WITH CHECK policies.
        const QString decideB = psql(f.repA,
            QStringLiteral("INSERT INTO decisions (operation_id, lead_id, rep_email, kind, "
                           "decided_at, synced_at) VALUES ('forged-1', 'L-ben', "
                           "'ana@example.com', 'accept', 'x', 'x')"));
        QVERIFY2(decideB.contains(QLatin1String("row-level security")), qPrintable(decideB));
        const QString asB = psql(f.repA,
            QStringLiteral("INSERT INTO decisions (operation_id, lead_id, rep_email, kind, "
                           "decided_at, synced_at) VALUES ('forged-2', 'L-ana', "
                           "'ben@example.com', 'accept', 'x', 'x')"));
        QVERIFY2(asB.contains(QLatin1String("row-level security")), qPrintable(asB));
        const QString newLead = psql(f.repA,
            QStringLiteral("INSERT INTO leads (id, stage, owner_email, context) VALUES "
                           "('L-mine', 'mql', 'ana@example.com', '{}')"));
        QVERIFY2(newLead.contains(QLatin1String("permission denied")), qPrintable(newLead));
        const QString deleted = psql(f.repA, QStringLiteral("DELETE FROM leads"));
        QVERIFY2(deleted.contains(QLatin1String("permission denied")), qPrintable(deleted));
        // Nothing changed underneath.
        QCOMPARE(psql(QStringLiteral("postgres"),
                     QStringLiteral("SELECT owner_email || '/' || stage FROM leads WHERE id = 'L-ben'")),
            QStringLiteral("ben@example.com/mql"));
        QCOMPARE(psql(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM decisions")),
            QStringLiteral("0"));
    }

    void managerSeesOnlyTheirTeam()
    {
        QCOMPARE(psql(f.manager, QStringLiteral("SELECT string_agg(id, ',' ORDER BY id) FROM leads")),
            QStringLiteral("L-ana,L-ben,L-rejected"));
        QCOMPARE(psql(f.manager, QStringLiteral("SELECT count(*) FROM leads WHERE team_id = 'eu'")),
            QStringLiteral("0"));
        QCOMPARE(psql(max, QStringLiteral("SELECT string_agg(id, ',') FROM leads")), QStringLiteral("L-eu"));
        QCOMPARE(affected(f.manager, QStringLiteral("UPDATE leads SET stage = 'sal' WHERE id = 'L-eu'")),
            QStringLiteral("0"));
        // Re-routing inside the team is the manager's job; to a rep of another team it is refused.
        const QString away = affected(
            f.manager, QStringLiteral("UPDATE leads SET owner_email = 'eve@example.com' WHERE id = 'L-ben'"));
        QVERIFY2(away.contains(QLatin1String("row-level security")), qPrintable(away));
    }

    void marketingSeesWhatCameBack()
    {
        QCOMPARE(psql(rita, QStringLiteral("SELECT string_agg(id, ',') FROM leads")),
            QStringLiteral("L-rejected"));
        const QString write
            = affected(rita, QStringLiteral("UPDATE leads SET stage = 'mql' WHERE id = 'L-rejected'"));
        QVERIFY2(write.contains(QLatin1String("permission denied")), qPrintable(write));
    }

    void repThroughTheAppGetsNoRowsOrAnError()
    {
        std::unique_ptr<SqlTeamStore> ana = as(f.repA);
        QVERIFY(!ana->lead(QStringLiteral("L-ben")).value().has_value());
        QVERIFY(ana->lead(QStringLiteral("L-ana")).value().has_value());
        QVERIFY(ana->events(QStringLiteral("L-ben")).value().isEmpty());

        // Deciding B's lead: a conflict, nothing applied.
        const QList<OperationResult> results
            = ana->push({ acceptOn(QStringLiteral("L-ben"), f.repA) }, now).value();
        QCOMPARE(results.first().status, ApplyStatus::Conflict);
        // Deciding in B's name through A's connection: the server refuses the whole batch.
        QVERIFY(!ana->push({ acceptOn(QStringLiteral("L-ben"), f.repB) }, now).ok());
        // Re-assigning either way, or writing a lead: refused.
        QVERIFY(!ana->assign(QStringLiteral("L-ben"), f.repA, f.repA, QStringLiteral("mine"), now).ok());
        QVERIFY(!ana->assign(QStringLiteral("L-ana"), f.repB, f.repA, QStringLiteral("yours"), now).ok());
        QVERIFY(!ana->putLead(makeLead(QStringLiteral("L-ben"), f.repA, now), {}).ok());
        // Pulling B's changes through A's connection yields nothing of B's.
        const ChangeBatch batch = ana->pull(f.repB, 0, 100).value();
        QVERIFY(batch.upserts.isEmpty());

        const LeadSnapshot ben = f.team->lead(QStringLiteral("L-ben")).value().value();
        QCOMPARE(ben.lead.ownerEmail, f.repB);
        QCOMPARE(ben.lead.stage, Stage::Mql);
        QCOMPARE(ben.version, 1);
        QCOMPARE(
            f.team->database().scalar(QStringLiteral("SELECT count(*) FROM decisions")).value().toInt(), 0);
    }

    void managerThroughTheAppSeesNothingOfAnotherTeam()
    {
        std::unique_ptr<SqlTeamStore> mia = as(f.manager);
        QVERIFY(!mia->lead(QStringLiteral("L-eu")).value().has_value());
        QVERIFY(mia->lead(QStringLiteral("L-ben")).value().has_value());
        QStringList pulled;
        for (const LeadSnapshot &s : mia->pull(f.manager, 0, 100).value().upserts)
            pulled << s.lead.id;
        pulled.sort();
        QCOMPARE(pulled,
            (QStringList { QStringLiteral("L-ana"), QStringLiteral("L-ben"), QStringLiteral("L-rejected") }));
        QVERIFY(!mia->assign(QStringLiteral("L-eu"), f.repA, f.manager, QStringLiteral("grab"), now).ok());
    }

    // The acceptance model: every device pulls it, so everyone reads it; only a manager (or an
    // administrator) trains one, and only in their own name; nobody rewrites or removes a training.
    void acceptanceModelIsTrainedByManagersInTheirOwnName()
    {
        const QString forgedByRep = psql(f.repA,
            QStringLiteral("INSERT INTO acceptance_models (trained_at, decisions, trained_by, model) "
                           "VALUES ('2026-03-10T15:00:00Z', 1, 'ana@example.com', '{}')"));
        QVERIFY2(forgedByRep.contains(QLatin1String("permission denied")), qPrintable(forgedByRep));
        const QString inAnotherName = psql(f.manager,
            QStringLiteral("INSERT INTO acceptance_models (trained_at, decisions, trained_by, model) "
                           "VALUES ('2026-03-10T15:00:00Z', 1, 'max@example.com', '{}')"));
        QVERIFY2(inAnotherName.contains(QLatin1String("row-level security")), qPrintable(inAnotherName));

        // Through the app: the manager trains in their own name, a rep reads it, nobody rewrites it.
        const StoredAcceptanceModel model { now, 42, f.manager, QStringLiteral("{\"intercept\": 0.5}") };
        QVERIFY_OK(as(f.manager)->putAcceptanceModel(model));
        QVERIFY(!as(f.repA)
                     ->putAcceptanceModel(StoredAcceptanceModel { now, 1, f.repA, QStringLiteral("{}") })
                     .ok());
        const std::optional<StoredAcceptanceModel> read = as(eve)->latestAcceptanceModel({}).value();
        QVERIFY(read.has_value());
        QCOMPARE(*read, model);
        for (const QString &who : { f.repA, f.manager }) {
            const QString rewrite
                = affected(who, QStringLiteral("UPDATE acceptance_models SET decisions = 0"));
            QVERIFY2(rewrite.contains(QLatin1String("permission denied")), qPrintable(rewrite));
            const QString removed = psql(who, QStringLiteral("DELETE FROM acceptance_models"));
            QVERIFY2(removed.contains(QLatin1String("permission denied")), qPrintable(removed));
        }
        QCOMPARE(psql(QStringLiteral("postgres"),
                     QStringLiteral("SELECT count(*) || '/' || max(trained_by) FROM acceptance_models")),
            QStringLiteral("1/") + f.manager);
    }

    void wrongPasswordIsRefused()
    {
        PgConnectionInfo info = server->info(f.database, f.repA);
        info.password = QStringLiteral("not-the-password");
        const auto opened = PgTeamStore::open(info, f.validator());
        QVERIFY(!opened.ok());
        QVERIFY2(joinProblems(opened.problems()).contains(QLatin1String("password authentication failed")),
            qPrintable(joinProblems(opened.problems())));
    }

    void cleanupTestCase()
    {
        f.team.reset();
        server.reset(); // stops the server and removes its folder
    }
};

QTEST_GUILESS_MAIN(tst_PgSecurity)
#include "tst_PgSecurity.moc"
