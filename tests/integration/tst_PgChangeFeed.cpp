// The change feed on PostgreSQL, where transactions may commit in any order: a writer that starts
// after another must not publish a change number the earlier writer's commit could still fall
// below. Writers take one advisory lock, so the later one waits; a pull in between sees neither, a
// pull after sees both, in order. (The sequential interleaving runs in tst_SyncEngine_postgres.)

#include "sla/ManualClock.h"
#include "support/SyncFixture.h"
#include "sync/SyncEngine.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QThread>

using namespace sal::core;
using namespace sal::test;

class tst_PgChangeFeed : public QObject
{
    Q_OBJECT

private:
    SyncFixture f;
    std::unique_ptr<PgTeamServer> server;
    ManualClock clock { utc("2026-03-10T15:00:00Z") };

    int waitingForTheFeedLock()
    {
        return f.team->database()
            .scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                   "AND wait_event_type = 'Lock' AND wait_event = 'advisory'"))
            .value()
            .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        server = std::make_unique<PgTeamServer>();
        QString error;
        QVERIFY2(server->start(
                     DispositionValidator(PolicyLoader::loadDefaults().value().reasons), f.people(), &error),
            qPrintable(error));
        QVERIFY(f.init(server.get()));
    }

    void laterWriterWaitsSoAPullNeverSkips()
    {
        auto local = f.openLocal(QStringLiteral("ana"));
        auto ana = f.teamAs(f.repA);
        SyncEngine sync(*local, *ana, clock, f.repA);
        QVERIFY_OK(sync.pull());
        const qint64 before = local->checkpoint().value();

        // Writer A opens its transaction and writes; it has not committed.
        auto writerA = f.openTeamAgain();
        QVERIFY_OK(writerA->beginBulk());
        QVERIFY_OK(writerA->putLead(makeLead(QStringLiteral("F-A"), f.repA, clock.nowUtc()), {}));
        // Writer B starts later, on its own thread and connection, and would commit first.
        bool writtenB = false;
        QThread *writerB = QThread::create([&] {
            auto b = f.openTeamAgain();
            writtenB = b && b->putLead(makeLead(QStringLiteral("F-B"), f.repA, clock.nowUtc()), {}).ok();
        });
        writerB->start();
        const QDeadlineTimer deadline(60000);
        while (waitingForTheFeedLock() == 0 && !deadline.hasExpired())
            QThread::yieldCurrentThread();
        const int waiting = waitingForTheFeedLock();
        QCOMPARE(waiting, 1); // B waits for A instead of taking the next number and committing

        QVERIFY_OK(sync.pull());
        const int duringUpserts = int(local->leads().value().size());
        const qint64 during = local->checkpoint().value();
        QCOMPARE(during, before); // nothing committed yet, nothing to skip past

        QVERIFY_OK(writerA->commitBulk());
        writerB->wait();
        delete writerB;
        QVERIFY(writtenB);
        QVERIFY_OK(sync.pull());
        QStringList cached;
        for (const CachedLead &c : local->leads().value())
            cached << c.lead.id;
        cached.sort();
        const qint64 seqA = f.team->database()
                                .scalar(QStringLiteral("SELECT max(seq) FROM changes WHERE lead_id = 'F-A'"))
                                .value()
                                .toLongLong();
        const qint64 seqB = f.team->database()
                                .scalar(QStringLiteral("SELECT max(seq) FROM changes WHERE lead_id = 'F-B'"))
                                .value()
                                .toLongLong();
        qInfo().noquote() << QStringLiteral(
            "change feed: writer B waited for A (%1 waiting), pull while A was open: %2 "
            "leads, checkpoint %3 -> %4; after both committed: %5 leads, seq A %6 < seq B "
            "%7, checkpoint %8")
                                 .arg(waiting)
                                 .arg(duringUpserts)
                                 .arg(before)
                                 .arg(during)
                                 .arg(cached.size())
                                 .arg(seqA)
                                 .arg(seqB)
                                 .arg(local->checkpoint().value());
        QCOMPARE(cached, (QStringList { QStringLiteral("F-A"), QStringLiteral("F-B") }));
        QVERIFY(seqA < seqB);
        QCOMPARE(local->checkpoint().value(), seqB);
    }

    void cleanupTestCase()
    {
        f.team.reset();
        server.reset();
    }
};

QTEST_GUILESS_MAIN(tst_PgChangeFeed)
#include "tst_PgChangeFeed.moc"
