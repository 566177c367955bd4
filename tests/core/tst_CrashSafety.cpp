// A decision that was reported committed survives a SIGKILL at any moment, whole; a full disk or
// a read-only database gives a clear error and loses nothing already stored.

#include "support/SyncFixture.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace sal::core;
using namespace sal::test;

class tst_CrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    const QString m_actor = QStringLiteral("ana@example.com");
    static constexpr int kLeads = 10000;

    // A local store holding kLeads open MQLs of the actor, as a pull would leave it.
    bool makeTemplate()
    {
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        auto store = LocalStore::open(m_template);
        if (!store)
            return false;
        ChangeBatch batch;
        for (int i = 0; i < kLeads; ++i)
            batch.upserts << LeadSnapshot { makeLead(QStringLiteral("L%1").arg(i, 5, 10, QLatin1Char('0')), m_actor,
                                                     utc("2026-03-10T14:00:00Z")),
                                            1, {}, {} };
        batch.nextSequence = kLeads;
        return (*store)->applyPull(batch, utc("2026-03-10T14:30:00Z")).ok() && (*store)->checkpointWal().ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(makeTemplate());
    }

    void killedWriterLosesNothingReported()
    {
        QRandomGenerator random(20261123); // fixed: a failure can be replayed
        int totalReported = 0;
        for (int run = 0; run < 20; ++run) {
            const QString path = m_dir.filePath(QStringLiteral("run%1.sqlite").arg(run));
            QVERIFY(QFile::copy(m_template, path));
            QProcess child;
            child.start(QStringLiteral(CRASH_WRITER_PATH), { path, m_actor, QString::number(kLeads) });
            QVERIFY(child.waitForStarted());
            // Kill somewhere between opening the file and deep into the writes.
            const int killAfterMs = 30 + int(random.bounded(900));
            child.waitForFinished(killAfterMs);
            child.kill(); // SIGKILL
            child.waitForFinished();
            const QStringList reported
                = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            totalReported += int(reported.size());

            auto reopened = LocalStore::open(path);
            QVERIFY_OK(reopened);
            SqlDatabase &db = (*reopened)->database();
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).value().toString(), QStringLiteral("ok"));
            for (const QString &id : reported) {
                // The operation, its payload and its stage event: all there, or the test fails.
                QSqlQuery q = db.exec(QStringLiteral("SELECT o.kind, o.payload, count(e.seq) FROM outbox o "
                                                     "LEFT JOIN events e ON e.operation_id = o.operation_id "
                                                     "WHERE o.operation_id = ? GROUP BY o.operation_id"),
                                      { id })
                                  .value();
                QVERIFY2(q.next(), qPrintable(QStringLiteral("run %1: reported %2 is missing").arg(run).arg(id)));
                QCOMPARE(q.value(0).toString(), QStringLiteral("accept"));
                QVERIFY(q.value(1).toString().contains(QStringLiteral("buying committee")));
                QCOMPARE(q.value(2).toInt(), 1);
            }
            // Nothing half-written: every operation has exactly its event, and no event is orphaned.
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM outbox o WHERE (SELECT count(*) FROM events e "
                                              "WHERE e.operation_id = o.operation_id) <> 1"))
                         .value()
                         .toInt(),
                     0);
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM events WHERE operation_id IS NOT NULL AND "
                                              "operation_id NOT IN (SELECT operation_id FROM outbox)"))
                         .value()
                         .toInt(),
                     0);
            const int stored = db.scalar(QStringLiteral("SELECT count(*) FROM outbox")).value().toInt();
            // At most one decision committed after its id was printed... or before printing it.
            QVERIFY(stored >= reported.size());
            QVERIFY(stored <= reported.size() + 1);
        }
        qInfo("20 runs, %d decisions reported committed before SIGKILL, all present", totalReported);
        QVERIFY(totalReported > 0);
    }

    void fullDiskGivesClearErrorAndKeepsWhatWasStored()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.sqlite"));
        QVERIFY(QFile::copy(m_template, path));
        auto store = LocalStore::open(path);
        QVERIFY_OK(store);
        const DecisionMaker maker(DispositionValidator(PolicyLoader::loadDefaults()->reasons));
        const auto decide = [&](const QString &leadId) {
            return maker.decide((*store)->leadState(leadId, m_actor).value(), acceptDisposition(utc("2026-03-12T15:00:00Z")),
                                m_actor, utc("2026-03-10T15:00:00Z"));
        };
        QVERIFY_OK((*store)->record(*decide(QStringLiteral("L00001"))));
        // No room to grow: the next write meets SQLITE_FULL.
        SqlDatabase &db = (*store)->database();
        const int pages = db.scalar(QStringLiteral("PRAGMA page_count")).value().toInt();
        QVERIFY_OK(db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        int refused = 0;
        QString error;
        for (int i = 2; i < 400 && refused == 0; ++i) {
            const Result<bool> r = (*store)->record(*decide(QStringLiteral("L%1").arg(i, 5, 10, QLatin1Char('0'))));
            if (!r) {
                ++refused;
                error = joinProblems(r.problems());
            }
        }
        QCOMPARE(refused, 1);
        QVERIFY2(error.contains(QStringLiteral("full")), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        const int stored = db.scalar(QStringLiteral("SELECT count(*) FROM outbox")).value().toInt();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM events WHERE operation_id IS NOT NULL")).value().toInt(), stored);
        store.value().reset();
        auto reopened = LocalStore::open(path);
        QVERIFY_OK(reopened);
        QCOMPARE((*reopened)->pendingCount().value(), stored);
        QCOMPARE((*reopened)->database().scalar(QStringLiteral("PRAGMA integrity_check")).value().toString(), QStringLiteral("ok"));
    }

    void readOnlyDatabaseGivesClearErrorAndKeepsWhatWasStored()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly.sqlite"));
        QVERIFY(QFile::copy(m_template, path));
        auto store = LocalStore::open(path);
        QVERIFY_OK(store);
        const DecisionMaker maker(DispositionValidator(PolicyLoader::loadDefaults()->reasons));
        const auto op = maker.decide((*store)->leadState(QStringLiteral("L00001"), m_actor).value(),
                                     acceptDisposition(utc("2026-03-12T15:00:00Z")), m_actor, utc("2026-03-10T15:00:00Z"));
        QVERIFY_OK((*store)->record(*op));
        // SQLite's own read-only mode (a chmod does not stop root, who runs CI).
        QVERIFY_OK((*store)->database().exec(QStringLiteral("PRAGMA query_only = ON")));
        const auto second = maker.decide((*store)->leadState(QStringLiteral("L00002"), m_actor).value(),
                                         acceptDisposition(utc("2026-03-12T15:00:00Z")), m_actor, utc("2026-03-10T15:00:00Z"));
        const Result<bool> r = (*store)->record(*second);
        QVERIFY(!r.ok());
        QVERIFY2(joinProblems(r.problems()).contains(QStringLiteral("readonly")), qPrintable(joinProblems(r.problems())));
        QCOMPARE((*store)->pendingCount().value(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_CrashSafety.moc"
