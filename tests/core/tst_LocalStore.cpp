// The local store: numbered migrations up from every earlier version, refusal of a newer file,
// and the queries the queue, the sync engine and the conflict list rely on.

#include "bench/BenchLeads.h"
#include "store/LeadCodec.h"
#include "store/LocalStoreSchema.h"
#include "store/StoreRows.h"
#include "store/TeamStoreSchema.h"
#include "support/SyncFixture.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace sal::core;
using namespace sal::test;

class tst_LocalStore : public QObject
{
    Q_OBJECT

    const QString me = QStringLiteral("ana@example.com");

    static LeadSnapshot snapshot(const QString &id, const QString &owner, int version = 1)
    {
        return LeadSnapshot { makeLead(id, owner, utc("2026-03-10T14:00:00Z")), version, {}, {} };
    }

    ValidatedOperation decide(LocalStore &store, const QString &leadId, const Disposition &d)
    {
        const DecisionMaker maker(DispositionValidator(PolicyLoader::loadDefaults()->reasons));
        Result<ValidatedOperation> op
            = maker.decide(store.leadState(leadId, me).value(), d, me, utc("2026-03-10T15:00:00Z"));
        if (!op)
            qFatal("%s", qPrintable(joinProblems(op.problems())));
        return *op;
    }

private Q_SLOTS:
    void migratesUpFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < localStoreMigrator().latestVersion(); ++v)
            QTest::addRow("from version %d", v) << v;
    }

    void migratesUpFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            SqlDatabase db;
            QVERIFY_OK(db.open(path));
            QVERIFY_OK(localStoreMigrator().migrate(db, from));
            if (from >= 1) // a cached lead written by the older program
                QVERIFY_OK(
                    db.run(QStringLiteral(
                               "INSERT INTO leads (id, stage, owner_email, version, context, cached_at) "
                               "VALUES ('OLD1', 'mql', ?, 3, '{\"id\":\"OLD1\"}', '2026-01-01T00:00:00Z')"),
                        { me }));
        }
        auto store = LocalStore::open(path);
        QVERIFY_OK(store);
        QCOMPARE(localStoreMigrator().currentVersion((*store)->database()).value(),
            localStoreMigrator().latestVersion());
        if (from >= 1) {
            const auto old = (*store)->lead(QStringLiteral("OLD1")).value();
            QVERIFY(old.has_value());
            QCOMPARE(old->version, 3);
            QCOMPARE((*store)->openQueue().value().size(), 1);
        }
        // The upgraded file works like a new one.
        QCOMPARE((*store)->pendingCount().value(), 0);
        QVERIFY_OK((*store)->setMeta(QStringLiteral("k"), QStringLiteral("v")));
    }

    void refusesANewerFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        {
            SqlDatabase db;
            QVERIFY_OK(db.open(path));
            QVERIFY_OK(db.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        auto store = LocalStore::open(path);
        QVERIFY(!store.ok());
        const QString message = joinProblems(store.problems());
        QVERIFY2(message.contains(QStringLiteral("99")) && message.contains(QStringLiteral("newer")),
            qPrintable(message));
        QVERIFY(message.contains(path));
        // The refused file is left exactly as it was.
        SqlDatabase db;
        QVERIFY_OK(db.open(path));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version")).value().toInt(), 99);
    }

    void teamStoreAlsoRefusesANewerFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("team.sqlite"));
        {
            SqlDatabase db;
            QVERIFY_OK(db.open(path));
            QVERIFY_OK(db.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(teamStoreMigrator().latestVersion() + 1)));
        }
        QVERIFY(!SqliteTeamStore::open(path, DispositionValidator({}), false).ok());
    }

    void notADatabaseIsAClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        auto store = LocalStore::open(path);
        QVERIFY(!store.ok());
        QVERIFY(joinProblems(store.problems()).contains(path));
    }

    void opensWithWalAndFullSync()
    {
        QTemporaryDir dir;
        auto store = LocalStore::open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY_OK(store);
        SqlDatabase &db = (*store)->database();
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).value().toString(), QStringLiteral("wal"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA synchronous")).value().toInt(), 2); // FULL
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
    }

    void queueSummariesAreTheOpenQueueWithoutItsContext()
    {
        QTemporaryDir dir;
        auto store = LocalStore::open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY_OK(store);
        LocalStore &s = **store;
        ChangeBatch batch;
        batch.upserts = { snapshot(QStringLiteral("L1"), me), snapshot(QStringLiteral("L2"), me),
            LeadSnapshot { BenchLeads::lead(3, utc("2026-03-10T14:00:00Z")), 4, {}, {} } };
        batch.upserts[1].lead.account.employees = std::nullopt;
        batch.upserts[1].lead.account.annualRevenue = 40'000'000;
        batch.upserts[1].lead.account.region = QStringLiteral("EMEA");
        batch.upserts[1].lead.contact.title = QStringLiteral("VP Sales");
        batch.upserts[1].lead.campaign = QStringLiteral("q1-webinar");
        batch.upserts << snapshot(QStringLiteral("L4"), me);
        batch.nextSequence = 4;
        QVERIFY_OK(s.applyPull(batch, utc("2026-03-10T14:30:00Z")));
        // A logged attempt counts; a decision hides the lead.
        const DecisionMaker maker(DispositionValidator(PolicyLoader::loadDefaults()->reasons));
        QVERIFY_OK(s.record(maker
                                .attempt(s.leadState(QStringLiteral("L1"), me).value(), ContactChannel::Phone,
                                    QStringLiteral("voicemail"), me, utc("2026-03-10T15:00:00Z"))
                                .value()));
        QVERIFY_OK(s.record(decide(s, QStringLiteral("L4"), rejectDisposition(QStringLiteral("duplicate")))));

        QList<LeadSummary> expected;
        for (const CachedLead &c : s.openQueue().value())
            expected << LeadSummary::of(c);
        QCOMPARE(expected.size(), 3);
        QCOMPARE(s.openQueueSummaries().value(), expected);
        const LeadSummary &l2 = *std::find_if(expected.cbegin(), expected.cend(),
            [](const LeadSummary &l) { return l.id == QStringLiteral("L2"); });
        QCOMPARE(l2.annualRevenue, std::optional<qint64>(40'000'000));
        QCOMPARE(l2.employees, std::optional<int>());
        QCOMPARE(l2.contactTitle, QStringLiteral("VP Sales"));
        for (const LeadSummary &summary : expected)
            QCOMPARE(summary.attempts, summary.id == QStringLiteral("L1") ? 1 : 0);

        // The same leads in full, one at a time.
        QStringList visited;
        QVERIFY_OK(s.eachOpenLead([&](const CachedLead &c) { visited << c.lead.id; }));
        QStringList ids;
        for (const LeadSummary &summary : expected)
            ids << summary.id;
        QCOMPARE(visited, ids);
        QCOMPARE(
            s.leads({ QStringLiteral("L4"), QStringLiteral("L1"), QStringLiteral("nope") }).value().size(),
            2);
    }

    void versionThreeFillsTheQueueColumnsOfLeadsCachedBefore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        Lead lead = BenchLeads::lead(1, utc("2026-03-10T14:00:00Z"));
        lead.ownerEmail = me;
        lead.account.annualRevenue = 7'000'000;
        {
            SqlDatabase db;
            QVERIFY_OK(db.open(path));
            QVERIFY_OK(localStoreMigrator().migrate(db, 2));
            QVERIFY_OK(db.run(
                QStringLiteral(
                    "INSERT INTO leads (id, stage, owner_email, tier, routed_at, company, contact_name, "
                    "score, version, context, cached_at) VALUES (?, 'mql', ?, ?, ?, ?, ?, ?, 1, ?, ?)"),
                { lead.id, me, lead.tier, LeadCodec::isoUtc(lead.routedAt), lead.account.name,
                    lead.contact.fullName(), lead.score.total(), StoreRows::json(LeadCodec::toJson(lead)),
                    QStringLiteral("2026-03-10T14:30:00Z") }));
        }
        auto store = LocalStore::open(path);
        QVERIFY_OK(store);
        const QList<LeadSummary> queue = (*store)->openQueueSummaries().value();
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue.first(), LeadSummary::of((*store)->lead(lead.id).value().value()));
        QCOMPARE(queue.first().source, lead.source);
        QCOMPARE(queue.first().industry, lead.account.industry);
        QCOMPARE(queue.first().employees, lead.account.employees);
        QCOMPARE(queue.first().annualRevenue, std::optional<qint64>(7'000'000));
        QCOMPARE(queue.first().mqlAt, lead.mqlAt);
    }

    void pullRoundCommitsItsRowsWithTheirCheckpoint()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        auto store = LocalStore::open(path);
        QVERIFY_OK(store);
        LocalStore &s = **store;
        s.beginPullRound();
        for (int round = 0; round < 3; ++round) {
            ChangeBatch batch;
            batch.upserts = { snapshot(QStringLiteral("L%1").arg(round), me) };
            batch.nextSequence = 10 + round;
            QVERIFY_OK(s.applyPull(batch, utc("2026-03-10T14:30:00Z")));
        }
        QVERIFY_OK(s.endPullRound());
        // Another connection (the window's) sees all of it, checkpoint included.
        auto other = LocalStore::open(path);
        QVERIFY_OK(other);
        QCOMPARE((*other)->openQueueSummaries().value().size(), 3);
        QCOMPARE((*other)->checkpoint().value(), 12);
        // Out of a round, a decision is its own transaction again.
        QVERIFY_OK(s.record(decide(s, QStringLiteral("L1"), rejectDisposition(QStringLiteral("duplicate")))));
        QCOMPARE((*other)->pendingCount().value(), 1);

        // A batch that fails takes back what its transaction held and ends the round.
        QVERIFY_OK(s.database().run(
            QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON events "
                           "WHEN NEW.lead_id = 'L8' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        s.beginPullRound();
        ChangeBatch good;
        good.upserts = { snapshot(QStringLiteral("L7"), me) };
        good.nextSequence = 20;
        QVERIFY_OK(s.applyPull(good, utc("2026-03-10T14:30:00Z")));
        ChangeBatch bad;
        LeadSnapshot broken = snapshot(QStringLiteral("L8"), me);
        broken.events = { StageEvent { QStringLiteral("L8"), EventKind::Routed, Stage::Mql, Stage::Mql,
                              utc("2026-03-10T14:00:00Z"), QStringLiteral("system"), {} },
            StageEvent { QStringLiteral("L8"), EventKind::Routed, Stage::Mql, Stage::Mql,
                utc("2026-03-10T14:00:00Z"), QStringLiteral("system"), {} } };
        bad.upserts = { broken };
        bad.nextSequence = 21;
        QVERIFY(!s.applyPull(bad, utc("2026-03-10T14:30:00Z")));
        QVERIFY_OK(s.endPullRound());
        // L7 was committed only if its transaction had been open kPullCommitMs: either way the
        // checkpoint covers exactly the rows stored, and nothing of the failed batch is.
        const bool l7 = (*other)->lead(QStringLiteral("L7")).value().has_value();
        QCOMPARE((*other)->checkpoint().value(), l7 ? 20 : 12);
        QVERIFY(!(*other)->lead(QStringLiteral("L8")).value().has_value());
        ChangeBatch after; // the store takes pulls again
        after.nextSequence = 30;
        QVERIFY_OK(s.applyPull(after, utc("2026-03-10T14:30:00Z")));
        QCOMPARE((*other)->checkpoint().value(), 30);
    }

    void pullReplacesAndRemovesButKeepsUndeliveredDecisions()
    {
        QTemporaryDir dir;
        auto store = LocalStore::open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY_OK(store);
        LocalStore &s = **store;
        ChangeBatch first;
        first.upserts = { snapshot(QStringLiteral("L1"), me), snapshot(QStringLiteral("L2"), me),
            snapshot(QStringLiteral("L3"), me) };
        first.nextSequence = 7;
        QVERIFY_OK(s.applyPull(first, utc("2026-03-10T14:30:00Z")));
        QCOMPARE(s.checkpoint().value(), 7);
        QCOMPARE(s.openQueue().value().size(), 3);

        QVERIFY_OK(s.record(decide(s, QStringLiteral("L2"), rejectDisposition(QStringLiteral("duplicate")))));
        QCOMPARE(s.openQueue().value().size(), 2);
        QCOMPARE(s.lead(QStringLiteral("L2")).value()->pendingDecision, QStringLiteral("reject"));
        QCOMPARE(s.leadState(QStringLiteral("L2"), me).value().stage, Stage::Rejected);

        // The team store took L2 and L3 away and changed L1.
        ChangeBatch second;
        LeadSnapshot changed = snapshot(QStringLiteral("L1"), me, 2);
        changed.events = { StageEvent { QStringLiteral("L1"), EventKind::Routed, Stage::Mql, Stage::Mql,
            utc("2026-03-10T14:00:00Z"), QStringLiteral("system:routing"), QStringLiteral("na-mid") } };
        second.upserts = { changed };
        second.removedLeadIds = { QStringLiteral("L2"), QStringLiteral("L3") };
        second.nextSequence = 9;
        QVERIFY_OK(s.applyPull(second, utc("2026-03-10T15:30:00Z")));
        QVERIFY(!s.lead(QStringLiteral("L3")).value().has_value());
        // L2 holds an undelivered decision: kept, so the conflict can reach the rep.
        QVERIFY(s.lead(QStringLiteral("L2")).value().has_value());
        QCOMPARE(s.lead(QStringLiteral("L1")).value()->version, 2);
        // The team store's history replaced the cached one; this device's own event stayed.
        QCOMPARE(s.events(QStringLiteral("L1")).value().size(), 1);
        QCOMPARE(s.events(QStringLiteral("L2")).value().size(), 1);
        QCOMPARE(s.events(QStringLiteral("L2")).value().first().kind, EventKind::Rejected);
        QCOMPARE(s.checkpoint().value(), 9);
    }

    void resultsMarkOperationsAndRecordConflicts()
    {
        QTemporaryDir dir;
        auto store = LocalStore::open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY_OK(store);
        LocalStore &s = **store;
        ChangeBatch batch;
        batch.upserts = { snapshot(QStringLiteral("L1"), me), snapshot(QStringLiteral("L2"), me) };
        QVERIFY_OK(s.applyPull(batch, utc("2026-03-10T14:30:00Z")));
        QVERIFY_OK(s.record(decide(s, QStringLiteral("L1"), acceptDisposition(utc("2026-03-12T15:00:00Z")))));
        QVERIFY_OK(s.record(decide(s, QStringLiteral("L2"), rejectDisposition(QStringLiteral("wrong_rep")))));
        const QList<Operation> pending = s.pendingOperations(10).value();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).leadId, QStringLiteral("L1")); // outbox order is decision order
        QCOMPARE(pending.at(0).decidedAtUtc, utc("2026-03-10T15:00:00Z"));

        OperationResult applied { pending.at(0).id, ApplyStatus::Applied, ConflictKind::None, {}, 2, me,
            utc("2026-03-10T16:00:00Z") };
        OperationResult conflict { pending.at(1).id, ApplyStatus::Conflict, ConflictKind::Rerouted,
            QStringLiteral("The lead was re-routed to ben@example.com"), 2, QStringLiteral("ben@example.com"),
            utc("2026-03-10T16:00:00Z") };
        QVERIFY_OK(s.applyResults({ applied, conflict }, utc("2026-03-10T16:00:01Z")));
        QCOMPARE(s.pendingCount().value(), 0);
        QCOMPARE(s.openConflictCount().value(), 1);
        const Conflict c = s.conflicts().value().first();
        QCOMPARE(c.operation.id, pending.at(1).id);
        QCOMPARE(c.operation.payload.value(QStringLiteral("reason")).toString(), QStringLiteral("wrong_rep"));
        QCOMPARE(c.kind, ConflictKind::Rerouted);
        QCOMPARE(c.resolution, QStringLiteral("open"));
        // Applying the same answers again (a retried round) changes nothing.
        QVERIFY_OK(s.applyResults({ applied, conflict }, utc("2026-03-10T16:05:00Z")));
        QCOMPARE(s.conflicts(false).value().size(), 1);
        // The accepted lead stays out of the queue until the team store's newer version arrives.
        QCOMPARE(s.openQueue().value().size(), 0);
    }

    void retractTakesBackOnlyWhatWasNotSent()
    {
        QTemporaryDir dir;
        auto store = LocalStore::open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY_OK(store);
        LocalStore &s = **store;
        ChangeBatch batch;
        batch.upserts = { snapshot(QStringLiteral("L1"), me), snapshot(QStringLiteral("L2"), me) };
        QVERIFY_OK(s.applyPull(batch, utc("2026-03-10T14:30:00Z")));
        const ValidatedOperation first
            = decide(s, QStringLiteral("L1"), rejectDisposition(QStringLiteral("duplicate")));
        const ValidatedOperation second
            = decide(s, QStringLiteral("L2"), rejectDisposition(QStringLiteral("duplicate")));
        QVERIFY_OK(s.record(first));
        QVERIFY_OK(s.record(second));
        QCOMPARE(s.openQueue().value().size(), 0);

        // L1's decision was sent; L2's was not: only L2 can be taken back.
        OperationResult sent { first.operation().id, ApplyStatus::Applied, ConflictKind::None, {}, 2, me,
            utc("2026-03-10T16:00:00Z") };
        QVERIFY_OK(s.applyResults({ sent }, utc("2026-03-10T16:00:00Z")));
        QVERIFY(!s.retract(first.operation().id).ok());
        QVERIFY_OK(s.retract(second.operation().id));
        QCOMPARE(s.pendingCount().value(), 0);
        QCOMPARE(s.openQueue().value().size(), 1);
        QCOMPARE(s.openQueue().value().first().lead.id, QStringLiteral("L2"));
        QCOMPARE(s.events(QStringLiteral("L2")).value().size(), 0);
        QVERIFY(!s.retract(second.operation().id).ok()); // gone
    }

    void walCheckpointKeepsTheLogSmall()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        auto store = LocalStore::open(path);
        QVERIFY_OK(store);
        ChangeBatch batch;
        for (int i = 0; i < 500; ++i)
            batch.upserts << snapshot(QStringLiteral("L%1").arg(i), me);
        QVERIFY_OK((*store)->applyPull(batch, utc("2026-03-10T14:30:00Z")));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QVERIFY_OK((*store)->checkpointWal());
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    }

    void defaultPathIsPerUser()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString a = LocalStore::defaultPath(QStringLiteral("Ana@Example.com"));
        const QString b = LocalStore::defaultPath(QStringLiteral("ben@example.com"));
        QVERIFY(a != b);
        QVERIFY(a.endsWith(QStringLiteral("ana@example.com.sqlite")));
        QVERIFY(a.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }
};

QTEST_GUILESS_MAIN(tst_LocalStore)
#include "tst_LocalStore.moc"
