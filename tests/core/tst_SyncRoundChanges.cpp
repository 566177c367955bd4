// What a sync round tells a view about the leads it touched (SyncReport::changedLeadIds), and the
// local store's read of just those leads: together they let the window update a few rows of a
// 100,000-lead queue instead of reading it all again.

#include "sla/ManualClock.h"
#include "support/SyncFixture.h"
#include "sync/SyncEngine.h"

#include <QTest>

using namespace sal::core;
using namespace sal::test;

class tst_SyncRoundChanges : public QObject
{
    Q_OBJECT

    SyncFixture f;
    ManualClock clock { utc("2026-03-10T15:00:00Z") };

    static QStringList ids(const QList<CachedLead> &leads)
    {
        QStringList list;
        for (const CachedLead &c : leads)
            list << c.lead.id;
        list.sort();
        return list;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(f.init()); }

    void roundNamesPulledRemovedAndRefusedLeads()
    {
        for (const char *id : { "L1", "L2", "L3" })
            QVERIFY_OK(f.team->putLead(makeLead(QLatin1String(id), f.repA, utc("2026-03-10T14:00:00Z")), {}));
        auto ana = f.openLocal(QStringLiteral("ana"));
        SyncEngine sync(*ana, *f.team, clock, f.repA);
        Result<SyncReport> first = sync.syncOnce();
        QVERIFY_OK(first);
        QStringList changed = first->changedLeadIds;
        changed.sort();
        QCOMPARE(changed, (QStringList { QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3") }));

        // Nothing happened since: an empty round names nothing (the window then touches no row).
        Result<SyncReport> quiet = sync.syncOnce();
        QVERIFY_OK(quiet);
        QVERIFY(quiet->changedLeadIds.isEmpty());

        // Ana decides L1 offline; meanwhile L1 goes to Ben and L2 too. Her push is refused for L1,
        // the pull removes L1 and L2 from her cache: the round names both, and not L3.
        Result<LeadState> state = ana->leadState(QStringLiteral("L1"), f.repA);
        QVERIFY_OK(state);
        Result<ValidatedOperation> op = f.maker().decide(
            *state, acceptDisposition(utc("2026-03-11T15:00:00Z")), f.repA, clock.nowUtc());
        QVERIFY_OK(op);
        QVERIFY_OK(ana->record(*op));
        for (const char *id : { "L1", "L2" })
            QVERIFY_OK(f.team->assign(
                QLatin1String(id), f.repB, f.manager, QStringLiteral("rebalance"), clock.nowUtc()));
        Result<SyncReport> third = sync.syncOnce();
        QVERIFY_OK(third);
        QCOMPARE(third->conflicts, 1);
        changed = third->changedLeadIds;
        changed.sort();
        QCOMPARE(changed, (QStringList { QStringLiteral("L1"), QStringLiteral("L2") }));

        // Re-reading just those: neither is in Ana's open queue any more; L3 still is.
        QVERIFY(ana->openQueue(changed).value().isEmpty());
        QCOMPARE(ids(ana->openQueue({ QStringLiteral("L2"), QStringLiteral("L3") }).value()),
            QStringList { QStringLiteral("L3") });
    }

    void readOfManyIdsGoesInSlices()
    {
        // More ids than SQLite binds in one statement: read in slices, all found.
        auto bea = f.openLocal(QStringLiteral("bea"));
        ChangeBatch batch;
        QStringList wanted;
        for (int i = 0; i < 1'200; ++i) {
            const QString id = QStringLiteral("M%1").arg(i, 4, 10, QLatin1Char('0'));
            batch.upserts << LeadSnapshot { makeLead(id, f.repA, utc("2026-03-10T14:00:00Z")), 1, {}, {} };
            wanted << id;
        }
        QVERIFY_OK(bea->applyPull(batch, clock.nowUtc()));
        QCOMPARE(ids(bea->openQueue(wanted).value()), wanted);
        QCOMPARE(ids(bea->acceptedLeads().value()), QStringList {});
    }
};

QTEST_GUILESS_MAIN(tst_SyncRoundChanges)
#include "tst_SyncRoundChanges.moc"
