// Two reps' local stores against one team store: offline decisions, re-sent operations, competing
// decisions, re-routes while offline, and pulls under interleaved commits. One suite, two backends:
// CTest runs it on a SQLite file (tst_SyncEngine) and, with SAL_TEST_BACKEND=postgres, on a
// throw-away PostgreSQL cluster where each rep syncs through their own login role under row-level
// security (tst_SyncEngine_postgres).

#include "sla/ManualClock.h"
#include "support/SyncFixture.h"
#include "sync/SyncBackoff.h"
#include "sync/SyncEngine.h"

#include <QSqlQuery>
#include <QTest>

using namespace sal::core;
using namespace sal::test;

class tst_SyncEngine : public QObject
{
    Q_OBJECT

private:
    SyncFixture f;
    ManualClock clock { utc("2026-03-10T15:00:00Z") };
    std::unique_ptr<PgTeamServer> server; // PostgreSQL runs only
    std::map<QString, std::unique_ptr<SqlTeamStore>> connections; // each person's own, per test

    // The team store as `email` connects to it (on PostgreSQL: their login role).
    SqlTeamStore &as(const QString &email)
    {
        auto &c = connections[email];
        if (!c)
            c = f.teamAs(email);
        if (!c)
            qFatal("cannot connect as %s", qPrintable(email));
        return *c;
    }

    void seedLead(const QString &id, const QString &owner)
    {
        QVERIFY_OK(f.team->putLead(makeLead(id, owner, utc("2026-03-10T14:00:00Z")), {}));
    }

    ValidatedOperation decide(
        LocalStore &local, const QString &leadId, const QString &actor, const Disposition &d)
    {
        Result<LeadState> state = local.leadState(leadId, actor);
        if (!state)
            qFatal("no lead state for %s", qPrintable(leadId));
        Result<ValidatedOperation> op = f.maker().decide(*state, d, actor, clock.nowUtc());
        if (!op)
            qFatal("decision refused: %s", qPrintable(joinProblems(op.problems())));
        return *op;
    }

    int count(const char *sql, const QVariantList &binds = {})
    {
        return f.team->database().scalar(QLatin1String(sql), binds).value().toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (backendUnderTest() != Backend::Postgres)
            return;
        server = std::make_unique<PgTeamServer>();
        QString error;
        QVERIFY2(server->start(
                     DispositionValidator(PolicyLoader::loadDefaults().value().reasons), f.people(), &error),
            qPrintable(error));
    }

    void init()
    {
        connections.clear();
        f.~SyncFixture();
        new (&f) SyncFixture();
        QVERIFY(f.init(server.get()));
        clock.set(utc("2026-03-10T15:00:00Z"));
    }

    void offlineDecisionIsSyncedLaterWithBothTimes()
    {
        seedLead(QStringLiteral("L1"), f.repA);
        auto local = f.openLocal(QStringLiteral("ana"));
        SyncEngine engine(*local, as(f.repA), clock, f.repA);
        QVERIFY_OK(engine.syncOnce());
        QCOMPARE(local->openQueue().value().size(), 1);

        // On the plane: decided at 15:00, nothing reaches the team store.
        QVERIFY_OK(local->record(
            decide(*local, QStringLiteral("L1"), f.repA, acceptDisposition(utc("2026-03-11T15:00:00Z")))));
        QCOMPARE(local->pendingCount().value(), 1);
        QCOMPARE(local->openQueue().value().size(), 0); // the rep sees it decided at once
        QCOMPARE(count("SELECT count(*) FROM decisions"), 0);

        clock.advance(3 * 3600); // landed
        const Result<SyncReport> report = engine.syncOnce();
        QVERIFY_OK(report);
        QCOMPARE(report->applied, 1);
        QCOMPARE(local->pendingCount().value(), 0);
        QCOMPARE(f.team->lead(QStringLiteral("L1")).value()->lead.stage, Stage::Sal);
        QSqlQuery q
            = f.team->database().exec(QStringLiteral("SELECT decided_at, synced_at FROM decisions")).value();
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-03-10T15:00:00Z"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2026-03-10T18:00:00Z"));
        // The accepted event carries the device time, not the sync time.
        const QList<StageEvent> events = f.team->events(QStringLiteral("L1")).value();
        QCOMPARE(events.last().kind, EventKind::Accepted);
        QCOMPARE(events.last().at, utc("2026-03-10T15:00:00Z"));
        // After the pull the local cache shows the team store's stage and version.
        QCOMPARE(local->lead(QStringLiteral("L1")).value()->lead.stage, Stage::Sal);
        QCOMPARE(local->lead(QStringLiteral("L1")).value()->version, 2);
    }

    void resentOperationIsDuplicateEvenWhenTheAnswerWasLost()
    {
        seedLead(QStringLiteral("L1"), f.repA);
        auto local = f.openLocal(QStringLiteral("ana"));
        SyncEngine engine(*local, as(f.repA), clock, f.repA);
        QVERIFY_OK(engine.pull());
        QVERIFY_OK(local->record(
            decide(*local, QStringLiteral("L1"), f.repA, acceptDisposition(utc("2026-03-11T15:00:00Z")))));

        // The team store commits, but the answer never reaches the device.
        const QList<Operation> pending = local->pendingOperations(10).value();
        const QList<OperationResult> first = as(f.repA).push(pending, clock.nowUtc()).value();
        QCOMPARE(first.first().status, ApplyStatus::Applied);
        QCOMPARE(local->pendingCount().value(), 1);

        const Result<SyncReport> report = engine.push();
        QVERIFY_OK(report);
        QCOMPARE(report->duplicates, 1);
        QCOMPARE(report->applied, 0);
        QCOMPARE(local->pendingCount().value(), 0);
        QCOMPARE(local->openConflictCount().value(), 0);
        QCOMPARE(count("SELECT count(*) FROM decisions"), 1);
        QCOMPARE(count("SELECT count(*) FROM events WHERE kind = 'accepted'"), 1);
        QCOMPARE(f.team->lead(QStringLiteral("L1")).value()->version, 2);

        // Pushing the very same batch again changes nothing either.
        const QList<OperationResult> again = as(f.repA).push(pending, clock.nowUtc()).value();
        QCOMPARE(again.first().status, ApplyStatus::Duplicate);
        QCOMPARE(count("SELECT count(*) FROM decisions"), 1);
    }

    void twoRepsDecideTheSameLead_data()
    {
        QTest::addColumn<bool>("ownerSyncsFirst");
        QTest::newRow("new owner syncs first") << true;
        QTest::newRow("old owner syncs first") << false;
    }

    void twoRepsDecideTheSameLead()
    {
        QFETCH(bool, ownerSyncsFirst);
        seedLead(QStringLiteral("L1"), f.repA);
        auto ana = f.openLocal(QStringLiteral("ana"));
        auto ben = f.openLocal(QStringLiteral("ben"));
        SyncEngine anaSync(*ana, as(f.repA), clock, f.repA);
        SyncEngine benSync(*ben, as(f.repB), clock, f.repB);
        QVERIFY_OK(anaSync.pull());

        // Ana accepts offline; meanwhile the manager re-routes the lead to Ben, who rejects it.
        QVERIFY_OK(ana->record(
            decide(*ana, QStringLiteral("L1"), f.repA, acceptDisposition(utc("2026-03-11T15:00:00Z")))));
        QVERIFY_OK(as(f.manager).assign(
            QStringLiteral("L1"), f.repB, f.manager, QStringLiteral("escalation"), clock.nowUtc()));
        QVERIFY_OK(benSync.pull());
        QVERIFY_OK(ben->record(decide(
            *ben, QStringLiteral("L1"), f.repB, rejectDisposition(QStringLiteral("wrong_territory")))));

        if (ownerSyncsFirst) {
            QVERIFY_OK(benSync.syncOnce());
            QVERIFY_OK(anaSync.syncOnce());
        } else {
            QVERIFY_OK(anaSync.syncOnce());
            QVERIFY_OK(benSync.syncOnce());
        }
        // Exactly one decision stands: the owner's. Ana's is a visible conflict, kept whole.
        QCOMPARE(count("SELECT count(*) FROM decisions"), 1);
        QCOMPARE(count("SELECT count(*) FROM decisions WHERE rep_email = ?", { f.repB }), 1);
        QCOMPARE(f.team->lead(QStringLiteral("L1")).value()->lead.stage, Stage::Rejected);
        const QList<Conflict> conflicts = ana->conflicts().value();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().kind, ConflictKind::Rerouted);
        QCOMPARE(conflicts.first().operation.kind, OperationKind::Accept);
        QCOMPARE(conflicts.first().operation.payload.value(QStringLiteral("note")).toString(),
            QStringLiteral("Discovery call booked"));
        QCOMPARE(ben->openConflictCount().value(), 0);
        QCOMPARE(ana->pendingCount().value(), 0);
    }

    void sameRepOnTwoDevicesGetsAlreadyDecided()
    {
        seedLead(QStringLiteral("L1"), f.repA);
        auto laptop = f.openLocal(QStringLiteral("laptop"));
        auto phone = f.openLocal(QStringLiteral("phone"));
        SyncEngine laptopSync(*laptop, as(f.repA), clock, f.repA);
        SyncEngine phoneSync(*phone, as(f.repA), clock, f.repA);
        QVERIFY_OK(laptopSync.pull());
        QVERIFY_OK(phoneSync.pull());
        QVERIFY_OK(laptop->record(
            decide(*laptop, QStringLiteral("L1"), f.repA, acceptDisposition(utc("2026-03-11T15:00:00Z")))));
        QVERIFY_OK(phone->record(
            decide(*phone, QStringLiteral("L1"), f.repA, rejectDisposition(QStringLiteral("duplicate")))));
        QVERIFY_OK(laptopSync.syncOnce());
        QVERIFY_OK(phoneSync.syncOnce());
        const Conflict conflict = phone->conflicts().value().first();
        QCOMPARE(conflict.kind, ConflictKind::AlreadyDecided);
        QVERIFY2(conflict.message.contains(f.repA), qPrintable(conflict.message)); // says who decided
        QCOMPARE(f.team->lead(QStringLiteral("L1")).value()->lead.stage, Stage::Sal);
    }

    void leadReroutedWhileOfflineMovesQueues()
    {
        seedLead(QStringLiteral("L1"), f.repA);
        seedLead(QStringLiteral("L2"), f.repA);
        auto ana = f.openLocal(QStringLiteral("ana"));
        auto ben = f.openLocal(QStringLiteral("ben"));
        SyncEngine anaSync(*ana, as(f.repA), clock, f.repA);
        SyncEngine benSync(*ben, as(f.repB), clock, f.repB);
        QVERIFY_OK(anaSync.syncOnce());
        QVERIFY_OK(benSync.syncOnce());
        QCOMPARE(ana->openQueue().value().size(), 2);
        QCOMPARE(ben->openQueue().value().size(), 0);

        QVERIFY_OK(f.team->assign(QStringLiteral("L2"), f.repB, QStringLiteral("system:escalation"),
            QStringLiteral("reroute"), clock.nowUtc()));
        QVERIFY_OK(anaSync.syncOnce());
        QVERIFY_OK(benSync.syncOnce());
        QCOMPARE(ana->openQueue().value().size(), 1);
        QCOMPARE(ana->openQueue().value().first().lead.id, QStringLiteral("L1"));
        QCOMPARE(ben->openQueue().value().size(), 1);
        QCOMPARE(ben->openQueue().value().first().lead.id, QStringLiteral("L2"));
        QCOMPARE(ben->events(QStringLiteral("L2")).value().last().kind, EventKind::Rerouted);
    }

    void leadChangedConflictCanBeReapplied()
    {
        seedLead(QStringLiteral("L1"), f.repA);
        auto ana = f.openLocal(QStringLiteral("ana"));
        SyncEngine sync(*ana, as(f.repA), clock, f.repA);
        QVERIFY_OK(sync.pull());
        QVERIFY_OK(ana->record(
            decide(*ana, QStringLiteral("L1"), f.repA, acceptDisposition(utc("2026-03-11T15:00:00Z")))));
        // Marketing enriches the lead while Ana is offline: version 2.
        Lead enriched = makeLead(QStringLiteral("L1"), f.repA, utc("2026-03-10T14:00:00Z"));
        enriched.contact.phone = QStringLiteral("+1 555 0100");
        QVERIFY_OK(f.team->putLead(enriched, {}));
        QVERIFY_OK(sync.syncOnce());
        const QList<Conflict> conflicts = ana->conflicts().value();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().kind, ConflictKind::LeadChanged);
        QCOMPARE(f.team->lead(QStringLiteral("L1")).value()->lead.stage, Stage::Mql);

        // Ana looks again and keeps her decision: a new operation on version 2.
        QVERIFY_OK(ana->markReapplied(conflicts.first().operation.id, clock.nowUtc()));
        QCOMPARE(ana->openConflictCount().value(), 0);
        QVERIFY_OK(ana->record(
            decide(*ana, QStringLiteral("L1"), f.repA, acceptDisposition(utc("2026-03-11T15:00:00Z")))));
        QCOMPARE(ana->pendingOperations(10).value().first().baseVersion, 2);
        QVERIFY_OK(sync.syncOnce());
        QCOMPARE(f.team->lead(QStringLiteral("L1")).value()->lead.stage, Stage::Sal);
    }

    void discardedConflictShowsTheTeamStoreState()
    {
        seedLead(QStringLiteral("L1"), f.repA);
        auto ana = f.openLocal(QStringLiteral("ana"));
        SyncEngine sync(*ana, as(f.repA), clock, f.repA);
        QVERIFY_OK(sync.pull());
        QVERIFY_OK(ana->record(
            decide(*ana, QStringLiteral("L1"), f.repA, rejectDisposition(QStringLiteral("duplicate")))));
        Lead enriched = makeLead(QStringLiteral("L1"), f.repA, utc("2026-03-10T14:00:00Z"));
        QVERIFY_OK(f.team->putLead(enriched, {}));
        QVERIFY_OK(sync.syncOnce());
        QCOMPARE(ana->openQueue().value().size(), 0); // still hidden: the conflict is open
        const QString op = ana->conflicts().value().first().operation.id;
        QVERIFY_OK(ana->discardConflict(op, clock.nowUtc()));
        QCOMPARE(ana->openQueue().value().size(), 1);
        QCOMPARE(ana->conflicts(false).value().first().resolution, QStringLiteral("discarded"));
        QVERIFY(!ana->discardConflict(op, clock.nowUtc()).ok()); // nothing open any more
    }

    void offlineAttemptsThenRejectionSyncInOrder()
    {
        seedLead(QStringLiteral("L1"), f.repA);
        auto ana = f.openLocal(QStringLiteral("ana"));
        SyncEngine sync(*ana, as(f.repA), clock, f.repA);
        QVERIFY_OK(sync.pull());
        const ContactChannel channels[]
            = { ContactChannel::Phone, ContactChannel::Email, ContactChannel::Phone };
        for (ContactChannel c : channels) {
            Result<ValidatedOperation> a
                = f.maker().attempt(ana->leadState(QStringLiteral("L1"), f.repA).value(), c,
                    QStringLiteral("no answer"), f.repA, clock.nowUtc());
            QVERIFY_OK(a);
            QVERIFY_OK(ana->record(*a));
            clock.advance(600);
        }
        // The validator counts the offline attempts: the rejection is allowed before any sync.
        QVERIFY_OK(ana->record(decide(
            *ana, QStringLiteral("L1"), f.repA, rejectDisposition(QStringLiteral("bad_contact_data")))));
        QCOMPARE(ana->pendingCount().value(), 4);
        const Result<SyncReport> report = sync.syncOnce();
        QVERIFY_OK(report);
        QCOMPARE(report->applied, 4);
        QCOMPARE(count("SELECT count(*) FROM contact_attempts"), 3);
        QCOMPARE(f.team->lead(QStringLiteral("L1")).value()->lead.stage, Stage::Rejected);
        QCOMPARE(ana->lead(QStringLiteral("L1")).value()->attempts.size(), 3);
    }

    void teamStoreRevalidatesWhatItReceives()
    {
        seedLead(QStringLiteral("L1"), f.repA);
        // An operation built outside DecisionMaker (another client, a bug): no attempts logged.
        Operation op { QStringLiteral("op-forged"), QStringLiteral("L1"), OperationKind::Reject, f.repA, 1,
            clock.nowUtc(),
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("reject") },
                { QStringLiteral("reason"), QStringLiteral("no_authority") } },
            {} };
        const QList<OperationResult> results = as(f.repA).push({ op }, clock.nowUtc()).value();
        QCOMPARE(results.first().status, ApplyStatus::Conflict);
        QCOMPARE(results.first().conflict, ConflictKind::Invalid);
        QCOMPARE(f.team->lead(QStringLiteral("L1")).value()->lead.stage, Stage::Mql);
    }

    void pullUnderInterleavedCommitsMissesNothing()
    {
        auto writer2 = f.openTeamAgain();
        QVERIFY(writer2);
        auto ana = f.openLocal(QStringLiteral("ana"));
        auto reader = f.teamAs(f.repA);
        SyncEngine sync(*ana, *reader, clock, f.repA, 3); // tiny batches: many pulls between commits
        for (int i = 0; i < 60; ++i) {
            SqlTeamStore &w = i % 2 ? *f.team : *writer2;
            const QString id = QStringLiteral("L%1").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY_OK(w.putLead(makeLead(id, i % 3 ? f.repA : f.repB, clock.nowUtc()), {}));
            if (i % 5 == 0 && i > 0) // re-route an earlier lead away or back
                QVERIFY_OK(w.assign(QStringLiteral("L%1").arg(i - 5, 3, 10, QLatin1Char('0')),
                    i % 2 ? f.repB : f.repA, f.manager, QStringLiteral("rebalance"), clock.nowUtc()));
            if (i % 7 == 0)
                QVERIFY_OK(sync.pull());
        }
        QVERIFY_OK(sync.pull());

        // Compare with a full snapshot of what the team store says Ana owns.
        QMap<QString, int> expected;
        QSqlQuery q
            = f.team->database()
                  .exec(QStringLiteral("SELECT id, version FROM leads WHERE owner_email = ?"), { f.repA })
                  .value();
        while (q.next())
            expected.insert(q.value(0).toString(), q.value(1).toInt());
        QMap<QString, int> cached;
        for (const CachedLead &c : ana->leads().value())
            cached.insert(c.lead.id, c.version);
        QCOMPARE(cached, expected);
        QCOMPARE(ana->checkpoint().value(),
            f.team->database().scalar(QStringLiteral("SELECT max(seq) FROM changes")).value().toLongLong());
    }

    void unreachableTeamStoreLosesNothing()
    {
        seedLead(QStringLiteral("L1"), f.repA);
        auto ana = f.openLocal(QStringLiteral("ana"));
        {
            SyncEngine sync(*ana, as(f.repA), clock, f.repA);
            QVERIFY_OK(sync.pull());
        }
        QVERIFY_OK(ana->record(
            decide(*ana, QStringLiteral("L1"), f.repA, acceptDisposition(utc("2026-03-11T15:00:00Z")))));
        // The team store file is gone (network share unmounted): opening it fails, the outbox stays.
        auto missing = f.openUnreachable();
        QVERIFY(!missing.ok());
        QCOMPARE(ana->pendingCount().value(), 1);
        SyncEngine sync(*ana, as(f.repA), clock, f.repA);
        QVERIFY_OK(sync.syncOnce());
        QCOMPARE(ana->pendingCount().value(), 0);
    }

    void backoffGrowsAndCaps()
    {
        const SyncBackoff b;
        QCOMPARE(b.delayAfter(0), 60);
        QCOMPARE(b.delayAfter(1), 5);
        QCOMPARE(b.delayAfter(2), 10);
        QCOMPARE(b.delayAfter(4), 40);
        QCOMPARE(b.delayAfter(7), 300);
        QCOMPARE(b.delayAfter(1000), 300);
    }
};

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_SyncEngine.moc"
