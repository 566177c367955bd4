// Sync against a real PostgreSQL server that fails: stopped in the middle of pushes, a connection
// dropped after the server committed, two processes racing on the same leads, a lead re-routed
// while its rep was offline. Each test prints its figures ("fault: …") and asserts the invariants:
// no decision lost, none applied twice, every one applied or shown as a conflict.

#include "sla/ManualClock.h"
#include "support/CommitDroppingProxy.h"
#include "support/SalctlProcess.h"
#include "support/SyncFixture.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSemaphore>
#include <QTest>
#include <random>

using namespace sal::core;
using namespace sal::test;

class tst_PgFaults : public QObject
{
    Q_OBJECT

private:
    SyncFixture f;
    std::unique_ptr<PgTeamServer> server;
    ManualClock clock { utc("2026-03-10T15:00:00Z") };

    int scalar(const QString &sql, const QVariantList &binds = {})
    {
        return f.team->database().scalar(sql, binds).value().toInt();
    }
    void seedLeads(const QString &prefix, int count, const QString &owner)
    {
        QVERIFY_OK(f.team->beginBulk());
        for (int i = 0; i < count; ++i)
            QVERIFY_OK(
                f.team->putLead(makeLead(QStringLiteral("%1-%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0')),
                                    owner, utc("2026-03-10T14:00:00Z")),
                    {}));
        QVERIFY_OK(f.team->commitBulk());
    }
    std::unique_ptr<SqlTeamStore> as(const QString &email)
    {
        auto store = f.teamAs(email);
        if (!store)
            qFatal("cannot connect as %s", qPrintable(email));
        return store;
    }
    void decide(LocalStore &local, const QString &leadId, const QString &actor, const Disposition &d)
    {
        Result<ValidatedOperation> op
            = f.maker().decide(local.leadState(leadId, actor).value(), d, actor, clock.nowUtc());
        QVERIFY_OK(op);
        QVERIFY_OK(local.record(*op));
    }
    // Decisions recorded twice in the team store: a second stage event for one operation, a
    // second decision on one lead, or a lead whose version moved more often than its events say.
    int appliedTwice()
    {
        return scalar(QStringLiteral(
                   "SELECT count(*) FROM (SELECT operation_id FROM events WHERE operation_id <> '' "
                   "GROUP BY operation_id HAVING count(*) > 1) AS twice"))
            + scalar(QStringLiteral("SELECT count(*) FROM (SELECT lead_id FROM decisions GROUP BY lead_id "
                                    "HAVING count(*) > 1) AS twice"))
            + scalar(QStringLiteral(
                "SELECT count(*) FROM leads l WHERE l.version <> 1 + (SELECT count(*) FROM events e "
                "WHERE e.lead_id = l.id AND (e.operation_id <> '' AND e.kind <> 'contact_attempt' "
                "OR e.kind IN ('routed', 'rerouted')))"));
    }
    SalctlRun salctl(const QStringList &args)
    {
        return runSalctl(args, f.dir.filePath(QStringLiteral("xdg")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        server = std::make_unique<PgTeamServer>();
        QString error;
        QVERIFY2(server->start(
                     DispositionValidator(PolicyLoader::loadDefaults().value().reasons), f.people(), &error),
            qPrintable(error));
    }

    void init()
    {
        f.~SyncFixture();
        new (&f) SyncFixture();
        QVERIFY(f.init(server.get()));
        clock.set(utc("2026-03-10T15:00:00Z"));
    }

    void serverStoppedFiftyTimesMidPush()
    {
        constexpr int kRounds = 51; // the first measures a push; the other 50 are stopped
        constexpr int kPerRound = 4;
        seedLeads(QStringLiteral("S"), kRounds * kPerRound, f.repA);
        const QString localPath = f.dir.filePath(QStringLiteral("ana.sqlite"));
        auto local = LocalStore::open(localPath).value();
        {
            auto ana = as(f.repA);
            QVERIFY_OK(SyncEngine(*local, *ana, clock, f.repA).pull());
        }
        QCOMPARE(local->openQueue().value().size(), kRounds * kPerRound);

        // Each round's push runs on its own thread with its own connections, as SyncService runs
        // it; one operation per batch, so a stop can fall between two committed transactions.
        // How long one round's push takes here: the stops are spread over that span. A figure for
        // placing faults, never asserted.
        QElapsedTimer timer;
        qint64 spanMicros = 0;
        std::mt19937 random(20261123);
        int interrupted = 0;
        int betweenCommits = 0;
        int beforeFirstCommit = 0;
        int duplicates = 0;
        QStringList decided;
        const QList<CachedLead> queue = local->openQueue().value();
        for (int round = 0; round < kRounds; ++round) {
            for (int k = 0; k < kPerRound; ++k) {
                const QString id = queue.at(round * kPerRound + k).lead.id;
                decide(*local, id, f.repA,
                    k % 2 ? rejectDisposition(QStringLiteral("duplicate"))
                          : acceptDisposition(utc("2026-03-11T15:00:00Z")));
                decided << id;
            }
            QSemaphore started;
            bool ok = false;
            const int pendingBefore = local->pendingCount().value();
            QThread *worker = QThread::create([&] {
                auto threadLocal = LocalStore::open(localPath);
                auto team = PgTeamStore::open(server->info(f.database, f.repA), f.validator());
                started.release();
                if (!threadLocal || !team)
                    return;
                const Result<SyncReport> report = SyncEngine(**threadLocal, **team, clock, f.repA, 1).push();
                ok = report.ok();
                if (ok)
                    duplicates += report->duplicates;
            });
            timer.start();
            worker->start();
            started.acquire();
            if (round == 0) { // calibration round: no stop
                worker->wait();
                spanMicros = std::max<qint64>(timer.nsecsElapsed() / 1000, 1000);
            } else {
                // The fault lands at a random moment of the push: that is the point of the test.
                QThread::usleep(std::uniform_int_distribution<qint64>(0, spanMicros)(random));
                QString error;
                QVERIFY2(server->cluster.stopImmediately(&error), qPrintable(error));
                worker->wait();
                interrupted += ok ? 0 : 1;
                // Did the stop fall between two committed operations of the push, or before any?
                const bool progressed = local->pendingCount().value() < pendingBefore;
                betweenCommits += !ok && progressed ? 1 : 0;
                beforeFirstCommit += !ok && !progressed ? 1 : 0;
                QVERIFY2(server->cluster.startServer(&error), qPrintable(error));
            }
            delete worker;
        }

        // Back online: one more round delivers whatever is still pending.
        f.team = f.openTeamAgain(); // the checks' own connection died with the server too
        QVERIFY(f.team);
        auto ana = as(f.repA);
        const Result<SyncReport> last = SyncEngine(*local, *ana, clock, f.repA).syncOnce();
        QVERIFY_OK(last);
        duplicates += last->duplicates;

        const int made = int(decided.size());
        const int applied
            = scalar(QStringLiteral("SELECT count(*) FROM decisions WHERE rep_email = ?"), { f.repA });
        const int conflicts = local->openConflictCount().value();
        int lost = 0;
        for (const QString &id : decided) {
            const bool inStore
                = scalar(QStringLiteral("SELECT count(*) FROM decisions WHERE lead_id = ?"), { id }) == 1;
            lost += inStore ? 0 : 1;
        }
        lost -= conflicts; // a conflict is shown to the rep, not lost
        const int twice = appliedTwice();
        qInfo().noquote() << QStringLiteral(
            "fault: PostgreSQL stopped %1 times during pushes (%2 interrupted a push: %3 "
            "between two committed operations, %4 before its first commit; stop points "
            "spread over %5 ms): decisions %6, applied %7, conflicts %8, duplicates on "
            "re-push %9, pending %10, lost %11, applied twice %12")
                                 .arg(kRounds - 1)
                                 .arg(interrupted)
                                 .arg(betweenCommits)
                                 .arg(beforeFirstCommit)
                                 .arg(double(spanMicros) / 1000.0, 0, 'f', 1)
                                 .arg(made)
                                 .arg(applied)
                                 .arg(conflicts)
                                 .arg(duplicates)
                                 .arg(local->pendingCount().value())
                                 .arg(lost)
                                 .arg(twice);
        QCOMPARE(lost, 0);
        QCOMPARE(twice, 0);
        QCOMPARE(applied + conflicts, made);
        QCOMPARE(local->pendingCount().value(), 0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM leads WHERE stage = 'mql' AND id LIKE 'S-%'")), 0);
    }

    void connectionDroppedAfterCommitReportsDuplicates()
    {
        constexpr int kLeads = 5;
        seedLeads(QStringLiteral("D"), kLeads, f.repA);
        auto local = f.openLocal(QStringLiteral("ana"));
        QTemporaryDir proxyDir;
        CommitDroppingProxy proxy(proxyDir.path(), server->cluster.socketDir(), PgTestCluster::kPort);
        PgConnectionInfo viaProxy = server->info(f.database, f.repA);
        viaProxy.host = proxyDir.path();
        auto throughProxy = PgTeamStore::open(viaProxy, f.validator());
        QVERIFY_OK(throughProxy);
        SyncEngine engine(*local, **throughProxy, clock, f.repA);
        QVERIFY_OK(engine.pull());
        for (const CachedLead &c : local->openQueue().value())
            decide(*local, c.lead.id, f.repA, acceptDisposition(utc("2026-03-11T15:00:00Z")));

        proxy.arm();
        const Result<SyncReport> lostAnswer = engine.push();
        QVERIFY(!lostAnswer.ok()); // the client never heard back
        QCOMPARE(proxy.dropped(), 1);
        const int committed = scalar(QStringLiteral("SELECT count(*) FROM decisions"));
        QCOMPARE(committed, kLeads); // …but the server had committed the batch
        QCOMPARE(local->pendingCount().value(), kLeads); // and the device still holds it

        auto direct = as(f.repA);
        const Result<SyncReport> again = SyncEngine(*local, *direct, clock, f.repA).push();
        QVERIFY_OK(again);
        qInfo().noquote() << QStringLiteral(
            "fault: connection dropped after COMMIT: batch %1, committed %2, re-push "
            "applied %3, duplicates %4, conflicts %5, decisions in store %6, applied twice %7")
                                 .arg(kLeads)
                                 .arg(committed)
                                 .arg(again->applied)
                                 .arg(again->duplicates)
                                 .arg(again->conflicts)
                                 .arg(scalar(QStringLiteral("SELECT count(*) FROM decisions")))
                                 .arg(appliedTwice());
        QCOMPARE(again->duplicates, kLeads);
        QCOMPARE(again->applied, 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM decisions")), kLeads);
        QCOMPARE(appliedTwice(), 0);
        QCOMPARE(local->pendingCount().value(), 0);
        QCOMPARE(local->openConflictCount().value(), 0);
    }

    void twoRepsDecideConcurrentlyFromTwoProcesses()
    {
        constexpr int kLeads = 20;
        seedLeads(QStringLiteral("R"), kLeads, f.repA);
        auto ana = f.openLocal(QStringLiteral("ana"));
        auto ben = f.openLocal(QStringLiteral("ben"));
        auto anaTeam = as(f.repA);
        auto benTeam = as(f.repB);
        auto manager = as(f.manager);
        QVERIFY_OK(SyncEngine(*ana, *anaTeam, clock, f.repA).pull());
        // Ana accepts every lead offline; the manager re-routes them all to Ben, who rejects them.
        for (const CachedLead &c : ana->openQueue().value())
            decide(*ana, c.lead.id, f.repA, acceptDisposition(utc("2026-03-11T15:00:00Z")));
        for (int i = 0; i < kLeads; ++i)
            QVERIFY_OK(manager->assign(QStringLiteral("R-%1").arg(i, 3, 10, QLatin1Char('0')), f.repB,
                f.manager, QStringLiteral("rebalance"), clock.nowUtc()));
        QVERIFY_OK(SyncEngine(*ben, *benTeam, clock, f.repB).pull());
        for (const CachedLead &c : ben->openQueue().value())
            decide(*ben, c.lead.id, f.repB, rejectDisposition(QStringLiteral("wrong_territory")));
        ana.reset();
        ben.reset();

        // Both push at the same moment, each from its own salctl process.
        const QString address = f.teamAddress();
        QProcess anaSync;
        QProcess benSync;
        const QStringList common { QStringLiteral("sync"), QStringLiteral("--team-store"), address };
        anaSync.start(QStringLiteral(SALCTL_PATH),
            common
                + QStringList { QStringLiteral("--as"), f.repA, QStringLiteral("--local-store"),
                    f.dir.filePath(QStringLiteral("ana.sqlite")) });
        benSync.start(QStringLiteral(SALCTL_PATH),
            common
                + QStringList { QStringLiteral("--as"), f.repB, QStringLiteral("--local-store"),
                    f.dir.filePath(QStringLiteral("ben.sqlite")) });
        QVERIFY(anaSync.waitForFinished(120000) && benSync.waitForFinished(120000));
        QCOMPARE(anaSync.exitCode(), 0);
        QCOMPARE(benSync.exitCode(), 0);

        const int decisions
            = scalar(QStringLiteral("SELECT count(*) FROM decisions WHERE lead_id LIKE 'R-%'"));
        const int bens
            = scalar(QStringLiteral("SELECT count(*) FROM decisions WHERE rep_email = ?"), { f.repB });
        const SalctlRun conflicts = salctl(
            { QStringLiteral("conflicts"), QStringLiteral("--team-store"), address, QStringLiteral("--as"),
                f.repA, QStringLiteral("--local-store"), f.dir.filePath(QStringLiteral("ana.sqlite")) });
        QCOMPARE(conflicts.exitCode, 0);
        const int anaConflicts = int(conflicts.out.count(QLatin1String("rerouted")));
        qInfo().noquote() << QStringLiteral(
            "fault: two reps, two processes, %1 leads decided by both at once: applied %2 "
            "(all %3's, the owner), conflicts for %4 %5, applied twice %6")
                                 .arg(kLeads)
                                 .arg(decisions)
                                 .arg(f.repB)
                                 .arg(f.repA)
                                 .arg(anaConflicts)
                                 .arg(appliedTwice());
        QCOMPARE(decisions, kLeads); // exactly one per lead
        QCOMPARE(bens, kLeads);
        QCOMPARE(anaConflicts, kLeads); // the other one is a conflict the rep sees
        QCOMPARE(appliedTwice(), 0);
    }

    void sameLeadsRacedByTwoDevicesApplyOnce()
    {
        constexpr int kLeads = 20;
        seedLeads(QStringLiteral("T"), kLeads, f.repA);
        auto laptop = f.openLocal(QStringLiteral("laptop"));
        auto phone = f.openLocal(QStringLiteral("phone"));
        auto team = as(f.repA);
        QVERIFY_OK(SyncEngine(*laptop, *team, clock, f.repA).pull());
        QVERIFY_OK(SyncEngine(*phone, *team, clock, f.repA).pull());
        for (const CachedLead &c : laptop->openQueue().value()) {
            decide(*laptop, c.lead.id, f.repA, acceptDisposition(utc("2026-03-11T15:00:00Z")));
            decide(*phone, c.lead.id, f.repA, rejectDisposition(QStringLiteral("duplicate")));
        }
        laptop.reset();
        phone.reset();
        QProcess a;
        QProcess b;
        const QStringList common { QStringLiteral("sync"), QStringLiteral("--team-store"), f.teamAddress(),
            QStringLiteral("--as"), f.repA, QStringLiteral("--local-store") };
        a.start(QStringLiteral(SALCTL_PATH),
            common + QStringList { f.dir.filePath(QStringLiteral("laptop.sqlite")) });
        b.start(QStringLiteral(SALCTL_PATH),
            common + QStringList { f.dir.filePath(QStringLiteral("phone.sqlite")) });
        QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        const int accepted = scalar(QStringLiteral("SELECT count(*) FROM decisions WHERE kind = 'accept'"));
        const int rejected = scalar(QStringLiteral("SELECT count(*) FROM decisions WHERE kind = 'reject'"));
        laptop = f.openLocal(QStringLiteral("laptop"));
        phone = f.openLocal(QStringLiteral("phone"));
        const int conflicts = laptop->openConflictCount().value() + phone->openConflictCount().value();
        qInfo().noquote() << QStringLiteral(
            "fault: one rep, two devices racing on %1 leads: applied %2 (laptop %3, phone "
            "%4), already-decided conflicts %5, applied twice %6")
                                 .arg(kLeads)
                                 .arg(accepted + rejected)
                                 .arg(accepted)
                                 .arg(rejected)
                                 .arg(conflicts)
                                 .arg(appliedTwice());
        QCOMPARE(accepted + rejected, kLeads);
        QCOMPARE(conflicts, kLeads);
        QCOMPARE(appliedTwice(), 0);
    }

    void reroutedWhileOfflineShowsInSalctlConflicts()
    {
        seedLeads(QStringLiteral("O"), 1, f.repA);
        const QString address = f.teamAddress();
        const QString localPath = f.dir.filePath(QStringLiteral("ana-cli.sqlite"));
        const QStringList ana { QStringLiteral("--team-store"), address, QStringLiteral("--as"), f.repA,
            QStringLiteral("--local-store"), localPath };
        const SalctlRun synced = salctl(QStringList { QStringLiteral("sync") } + ana);
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        const SalctlRun decided = salctl(
            QStringList { QStringLiteral("decide"), QStringLiteral("O-000"), QStringLiteral("reject"),
                QStringLiteral("--reason"), QStringLiteral("duplicate"), QStringLiteral("--offline") }
            + ana);
        QVERIFY2(decided.exitCode == 0, qPrintable(decided.err));
        // While Ana is offline her manager gives the lead to Ben.
        QVERIFY_OK(as(f.manager)->assign(
            QStringLiteral("O-000"), f.repB, f.manager, QStringLiteral("Ana is out"), clock.nowUtc()));
        const SalctlRun conflicts = salctl(QStringList { QStringLiteral("conflicts") } + ana);
        QVERIFY2(conflicts.exitCode == 0, qPrintable(conflicts.err));
        qInfo().noquote() << QStringLiteral("fault: re-routed while offline: salctl conflicts says: %1")
                                 .arg(conflicts.out.trimmed().replace(
                                     QLatin1Char('\n'), QLatin1String(" | ")));
        QVERIFY2(conflicts.out.contains(QLatin1String("O-000"))
                && conflicts.out.contains(QLatin1String("rerouted")) && conflicts.out.contains(f.repB),
            qPrintable(conflicts.out));
        QVERIFY(conflicts.out.contains(QLatin1String("1 open conflict")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM decisions")), 0);
    }

    void cleanupTestCase()
    {
        f.team.reset();
        server.reset();
    }
};

QTEST_GUILESS_MAIN(tst_PgFaults)
#include "tst_PgFaults.moc"
