// PushBatch applies a pushed batch set-based. Its answers and what it stores must be exactly those of
// applying the same operations one at a time (a batch of one each), including everything a batch
// can do to itself: a duplicate inside the batch, a decision that makes a later one conflict, an
// attempt that makes a later rejection valid. Also: a batch costs the same statements whatever its
// size. One suite, two backends: SQLite here, PostgreSQL (each rep their own login role under
// row-level security) as tst_PushBatch_postgres.

#include "disposition/DispositionCodec.h"
#include "sla/ManualClock.h"
#include "support/SyncFixture.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace sal::core;
using namespace sal::test;

class tst_PushBatch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgTeamServer> server; // PostgreSQL runs only
    const QDateTime t0 = utc("2026-03-10T15:00:00Z");

    static QString opId(int n)
    {
        return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    }

    Operation decision(
        int n, const QString &leadId, const QString &actor, int base, const Disposition &d) const
    {
        Operation op;
        op.id = opId(n);
        op.leadId = leadId;
        op.kind = operationKindFor(d.kind);
        op.actor = actor;
        op.baseVersion = base;
        op.decidedAtUtc = t0.addSecs(n);
        op.payload = DispositionCodec::toJson(d);
        op.snapshot = QJsonObject { { QStringLiteral("score"), 70 + n } };
        return op;
    }

    Operation attempt(
        int n, const QString &leadId, const QString &actor, ContactChannel channel, int secs) const
    {
        Operation op;
        op.id = opId(n);
        op.leadId = leadId;
        op.kind = OperationKind::ContactAttempt;
        op.actor = actor;
        op.decidedAtUtc = t0.addSecs(secs);
        op.payload = DispositionCodec::toJson(
            ContactAttempt { leadId, channel, QStringLiteral("no answer"), op.decidedAtUtc, actor });
        return op;
    }

    // Leads L1..L7 of Ana's, L7 then re-routed to Ben, and two earlier attempts on L2.
    void seed(SyncFixture &f)
    {
        for (int i = 1; i <= 7; ++i)
            QVERIFY_OK(
                f.team->putLead(makeLead(QStringLiteral("L%1").arg(i), f.repA, t0.addSecs(-7200)), {}));
        QVERIFY_OK(f.team->assign(
            QStringLiteral("L7"), f.repB, f.manager, QStringLiteral("wrong_territory"), t0.addSecs(-3600)));
        auto ana = f.teamAs(f.repA);
        QVERIFY(ana);
        QVERIFY_OK(ana->push({ attempt(90, QStringLiteral("L2"), f.repA, ContactChannel::Phone, -600),
                                 attempt(91, QStringLiteral("L2"), f.repA, ContactChannel::Email, -300) },
            t0));
    }

    // Text that a hand-written JSON writer must escape: quotes, a backslash, control characters,
    // letters outside ASCII and outside the basic plane.
    static QString trickyNote()
    {
        return QStringLiteral("Said \"call me\" \\ then\nleft;\ttab \u00fcber \u4e2d \U0001F600 \u0001 end");
    }
    static Disposition withTrickyNote(Disposition d)
    {
        d.note = trickyNote();
        return d;
    }

    QList<Operation> mixedBatch(const SyncFixture &f) const
    {
        const Disposition accept = acceptDisposition(t0.addDays(2));
        return {
            decision(1, QStringLiteral("L1"), f.repA, 1, accept), // applied
            decision(1, QStringLiteral("L1"), f.repA, 1, accept), // the same again: duplicate
            decision(3, QStringLiteral("L1"), f.repA, 2, rejectDisposition(QStringLiteral("duplicate"))),
            attempt(4, QStringLiteral("L2"), f.repA, ContactChannel::Phone, 4), // the third attempt
            decision(
                5, QStringLiteral("L2"), f.repA, 1, rejectDisposition(QStringLiteral("bad_contact_data"))),
            decision(6, QStringLiteral("L3"), f.repA, 0, accept), // stale version
            decision(7, QStringLiteral("L7"), f.repA, 2, accept), // re-routed to Ben
            decision(8, QStringLiteral("L8"), f.repA, 1, accept), // never existed
            decision(
                9, QStringLiteral("L4"), f.repA, 1, rejectDisposition(QStringLiteral("bad_contact_data"))),
            decision(10, QStringLiteral("L5"), f.repA, 1, withTrickyNote(accept)),
            decision(
                11, QStringLiteral("L6"), f.repA, 1, rejectDisposition(QStringLiteral("wrong_territory"))),
        };
    }

    // Every row the push writes, in stored order (events and changes by id/seq, without them).
    static QStringList dump(SqlTeamStore &team)
    {
        QStringList rows;
        for (const char *sql : { "SELECT id, stage, version, owner_email, team_id FROM leads ORDER BY id",
                 "SELECT lead_id, kind, from_stage, to_stage, at, actor, reason, operation_id, recorded_at "
                 "FROM events ORDER BY id",
                 "SELECT lead_id, owner_email, previous_owner, team_id, at FROM changes ORDER BY seq",
                 "SELECT * FROM decisions ORDER BY operation_id",
                 "SELECT * FROM contact_attempts ORDER BY operation_id",
                 "SELECT * FROM operations ORDER BY id" }) {
            QSqlQuery q = team.database().exec(QLatin1String(sql)).value();
            while (q.next()) {
                QStringList values;
                for (int c = 0; c < q.record().count(); ++c)
                    values << (q.isNull(c) ? QStringLiteral("<null>") : q.value(c).toString());
                rows << QLatin1String(sql).left(40) + QStringLiteral(": ") + values.join(QLatin1Char('|'));
            }
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (backendUnderTest() != Backend::Postgres)
            return;
        server = std::make_unique<PgTeamServer>();
        QString error;
        SyncFixture people;
        QVERIFY2(server->start(DispositionValidator(PolicyLoader::loadDefaults().value().reasons),
                     people.people(), &error),
            qPrintable(error));
    }

    void batchAnswersAndStoresWhatOneByOneDoes()
    {
        SyncFixture batched;
        SyncFixture oneByOne;
        QVERIFY(batched.init(server.get()));
        QVERIFY(oneByOne.init(server.get()));
        seed(batched);
        seed(oneByOne);
        const QList<Operation> ops = mixedBatch(batched);

        auto anaBatched = batched.teamAs(batched.repA);
        const QList<OperationResult> together = anaBatched->push(ops, t0).value();
        auto anaOneByOne = oneByOne.teamAs(oneByOne.repA);
        QList<OperationResult> single;
        for (const Operation &op : ops)
            single << anaOneByOne->push({ op }, t0).value();

        QCOMPARE(together, single);
        QCOMPARE(dump(*batched.team), dump(*oneByOne.team));

        // And what the answers are, one by one.
        QCOMPARE(together.size(), ops.size());
        const auto is = [&](int i, ApplyStatus s, ConflictKind k, int version) {
            QCOMPARE(together[i].operationId, ops[i].id);
            QCOMPARE(together[i].status, s);
            QCOMPARE(together[i].conflict, k);
            QCOMPARE(together[i].serverVersion, version);
        };
        is(0, ApplyStatus::Applied, ConflictKind::None, 2);
        is(1, ApplyStatus::Duplicate, ConflictKind::None, 2);
        is(2, ApplyStatus::Conflict, ConflictKind::AlreadyDecided, 2);
        QVERIFY2(together[2].message.contains(batched.repA), qPrintable(together[2].message)); // decided by
        is(3, ApplyStatus::Applied, ConflictKind::None, 1);
        is(4, ApplyStatus::Applied, ConflictKind::None, 2); // valid thanks to the attempt before it
        is(5, ApplyStatus::Conflict, ConflictKind::LeadChanged, 1);
        is(6, ApplyStatus::Conflict, ConflictKind::Rerouted, batched.isPostgres() ? 0 : 2);
        QCOMPARE(together[6].currentOwner, batched.repB);
        is(7, ApplyStatus::Conflict, ConflictKind::LeadChanged, 0);
        is(8, ApplyStatus::Conflict, ConflictKind::Invalid, 1);
        is(9, ApplyStatus::Applied, ConflictKind::None, 2);
        is(10, ApplyStatus::Applied, ConflictKind::None, 2);
        QCOMPARE(batched.team->lead(QStringLiteral("L2")).value()->lead.stage, Stage::Rejected);
        QCOMPARE(batched.team->lead(QStringLiteral("L2")).value()->attempts.size(), 3);
        QCOMPARE(batched.team->database()
                     .scalar(QStringLiteral("SELECT note FROM decisions WHERE lead_id = ?"),
                         { QStringLiteral("L5") })
                     .value()
                     .toString(),
            trickyNote());
        QCOMPARE(
            batched.team->operations(QStringLiteral("L5")).value().first().operation.payload, ops[9].payload);

        // Sent again (the answer was lost): the first answers, applied ones as duplicates, and
        // nothing stored twice.
        const QStringList before = dump(*batched.team);
        const QList<OperationResult> again = anaBatched->push(ops, t0.addSecs(60)).value();
        QCOMPARE(again.size(), together.size());
        for (qsizetype i = 0; i < again.size(); ++i) {
            OperationResult expected = together[i];
            if (expected.status == ApplyStatus::Applied)
                expected.status = ApplyStatus::Duplicate;
            QCOMPARE(again[i], expected);
        }
        QCOMPARE(dump(*batched.team), before);
    }

    void batchCostsTheSameStatementsWhateverItsSize()
    {
        SyncFixture f;
        QVERIFY(f.init(server.get()));
        const Disposition accept = acceptDisposition(t0.addDays(2));
        for (int i = 1; i <= 60; ++i)
            QVERIFY_OK(
                f.team->putLead(makeLead(QStringLiteral("B%1").arg(i), f.repA, t0.addSecs(-7200)), {}));
        auto ana = f.teamAs(f.repA);
        const auto executionsFor = [&](int first, int count) {
            QList<Operation> ops;
            for (int i = first; i < first + count; ++i)
                ops << decision(i, QStringLiteral("B%1").arg(i), f.repA, 1, accept);
            const qint64 before = ana->database().traffic().executions;
            const QList<OperationResult> results = ana->push(ops, t0).value();
            for (const OperationResult &r : results)
                if (r.status != ApplyStatus::Applied)
                    qFatal("not applied: %s", qPrintable(r.message));
            return ana->database().traffic().executions - before;
        };
        const qint64 ofTen = executionsFor(1, 10);
        const qint64 ofFifty = executionsFor(11, 50);
        QCOMPARE(ofFifty, ofTen);
        QVERIFY2(ofTen <= 12, qPrintable(QString::number(ofTen)));
    }
};

QTEST_GUILESS_MAIN(tst_PushBatch)
#include "tst_PushBatch.moc"
