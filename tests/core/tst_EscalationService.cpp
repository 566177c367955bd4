// The app's escalation timer: a round runs on a worker thread with its own team store connection,
// reports what it did through a signal, writes each step once, and skips a round while one runs.

#include "automation/EscalationService.h"
#include "sla/ManualClock.h"
#include "support/AutomationFixture.h"

#include <QSignalSpy>

using namespace sal::core;
using namespace sal::test;

class tst_EscalationService : public QObject
{
    Q_OBJECT

    AutomationFixture f;

    // Opens the fixture's team store file (or any other path) on the worker thread.
    SyncService::TeamStoreFactory opener(const QString &path)
    {
        return [path, reasons = f.policy.reasons]() -> Result<std::unique_ptr<TeamStore>> {
            auto store = SqliteTeamStore::open(path, DispositionValidator(reasons), false);
            if (!store)
                return store.problems();
            return std::unique_ptr<TeamStore>(std::move(store).value());
        };
    }

private Q_SLOTS:
    void init()
    {
        f.~AutomationFixture();
        new (&f) AutomationFixture();
        QVERIFY(f.initAutomation());
    }

    void roundRunsOffThreadAndReportsWhatItDid()
    {
        // A hot lead routed Friday 14:00 in New York, looked at on Monday 12:00: past the re-route threshold.
        QVERIFY(f.put(AutomationFixture::midMarketLead(
            QStringLiteral("L1"), f.repA, utc("2026-03-06T19:00:00Z"), QStringLiteral("hot"))));
        ManualClock clock(utc("2026-03-09T16:00:00Z"));
        EscalationService service(opener(f.teamPath()), f.policy, QStringLiteral("na"), clock);
        QSignalSpy spy(&service, &EscalationService::roundFinished);
        QVERIFY(service.runNow());
        QVERIFY(!service.runNow()); // one round at a time
        QVERIFY(spy.wait(60000));
        QVERIFY(!service.isRunning());
        const auto actions = spy.at(0).at(0).value<QList<LadderAction>>();
        QCOMPARE(spy.at(0).at(1).toString(), QString());
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0).step, LadderStep::EscalateToManager);
        QCOMPARE(actions.at(1).step, LadderStep::Reroute);
        QCOMPARE(
            f.snapshot(QStringLiteral("L1")).lead.ownerEmail, actions.at(1).target); // written by the worker

        QVERIFY(service.runNow());
        QVERIFY(spy.wait(60000));
        QVERIFY(spy.at(1).at(0).value<QList<LadderAction>>().isEmpty()); // idempotent
    }

    void otherTeamsAreLeftAlone()
    {
        QVERIFY(f.put(AutomationFixture::midMarketLead(
            QStringLiteral("L1"), f.repA, utc("2026-03-06T19:00:00Z"), QStringLiteral("hot"))));
        ManualClock clock(utc("2026-03-09T16:00:00Z"));
        EscalationService service(opener(f.teamPath()), f.policy, QStringLiteral("emea"), clock);
        QSignalSpy spy(&service, &EscalationService::roundFinished);
        service.start(std::chrono::hours(1));
        QVERIFY(spy.wait(60000));
        QVERIFY(spy.at(0).at(0).value<QList<LadderAction>>().isEmpty());
        QCOMPARE(f.snapshot(QStringLiteral("L1")).lead.ownerEmail, f.repA);
    }

    void aBrokenStoreIsReportedNotThrown()
    {
        ManualClock clock(utc("2026-03-09T16:00:00Z"));
        EscalationService service(
            opener(f.dir.filePath(QStringLiteral("missing.sqlite"))), f.policy, QStringLiteral("na"), clock);
        QSignalSpy spy(&service, &EscalationService::roundFinished);
        QVERIFY(service.runNow());
        QVERIFY(spy.wait(60000));
        QVERIFY(!spy.at(0).at(1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_EscalationService)
#include "tst_EscalationService.moc"
