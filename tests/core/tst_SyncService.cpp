// SyncService: rounds on a worker thread with its own connections, status through a signal,
// backoff while the team store cannot be reached.

#include "sla/ManualClock.h"
#include "support/SyncFixture.h"
#include "sync/SyncService.h"

#include <QSignalSpy>
#include <QThread>

using namespace sal::core;
using namespace sal::test;

class tst_SyncService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncsOnItsOwnThreadAndReportsStatus()
    {
        SyncFixture f;
        QVERIFY(f.init());
        QVERIFY_OK(f.team->putLead(makeLead(QStringLiteral("L1"), f.repA, utc("2026-03-10T14:00:00Z")), {}));
        const QString localPath = f.dir.filePath(QStringLiteral("ana.sqlite"));
        {
            // A decision made before the service starts, as after an offline session.
            auto local = f.openLocal(QStringLiteral("ana"));
            ChangeBatch batch;
            batch.upserts << f.team->lead(QStringLiteral("L1")).value().value();
            QVERIFY_OK(local->applyPull(batch, utc("2026-03-10T14:30:00Z")));
            QVERIFY_OK(local->record(*f.maker().decide(local->leadState(QStringLiteral("L1"), f.repA).value(),
                                                        acceptDisposition(utc("2026-03-12T15:00:00Z")), f.repA,
                                                        utc("2026-03-10T15:00:00Z"))));
        }
        ManualClock clock(utc("2026-03-10T16:00:00Z"));
        QThread *workerThread = nullptr;
        const QString teamPath = f.teamPath();
        const PolicySet policy = f.policy;
        SyncService service(
            localPath,
            [&]() -> Result<std::unique_ptr<TeamStore>> {
                workerThread = QThread::currentThread();
                auto store = SqliteTeamStore::open(teamPath, DispositionValidator(policy.reasons), false);
                if (!store)
                    return store.problems();
                return std::unique_ptr<TeamStore>(std::move(store).value());
            },
            clock, f.repA);
        QSignalSpy statuses(&service, &SyncService::statusChanged);
        QSignalSpy rounds(&service, &SyncService::roundFinished);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 1, 20000);
        QCOMPARE(rounds.first().first().toBool(), true);
        QVERIFY(workerThread != nullptr);
        QVERIFY(workerThread != QThread::currentThread());
        const SyncStatus status = service.status();
        QCOMPARE(status.state, SyncStatus::State::Online);
        QCOMPARE(status.pending, 0);
        QCOMPARE(status.lastSuccessUtc, utc("2026-03-10T16:00:00Z"));
        QVERIFY(status.lastError.isEmpty());
        // "Syncing" was announced before the result.
        QCOMPARE(statuses.first().first().value<SyncStatus>().state, SyncStatus::State::Syncing);
        QCOMPARE(f.team->lead(QStringLiteral("L1")).value()->lead.stage, Stage::Sal);
    }

    void unreachableTeamStoreBacksOff()
    {
        QTemporaryDir dir;
        ManualClock clock(utc("2026-03-10T16:00:00Z"));
        SyncService service(
            dir.filePath(QStringLiteral("ana.sqlite")),
            []() -> Result<std::unique_ptr<TeamStore>> {
                return Problem::at(QStringLiteral("team.sqlite"), {}, QStringLiteral("unreachable"));
            },
            clock, QStringLiteral("ana@example.com"));
        QSignalSpy rounds(&service, &SyncService::roundFinished);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 1, 20000);
        QCOMPARE(rounds.first().first().toBool(), false);
        const SyncStatus status = service.status();
        QCOMPARE(status.state, SyncStatus::State::Offline);
        QVERIFY(status.lastError.contains(QStringLiteral("unreachable")));
        QCOMPARE(status.retryInSeconds, SyncBackoff().delayAfter(1));
        QVERIFY(!status.lastSuccessUtc.isValid());
        // A manual retry fails again and waits longer.
        service.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 2, 20000);
        QCOMPARE(service.status().retryInSeconds, SyncBackoff().delayAfter(2));
    }
};

QTEST_GUILESS_MAIN(tst_SyncService)
#include "tst_SyncService.moc"
