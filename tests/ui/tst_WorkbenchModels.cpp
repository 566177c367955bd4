// The Accepted, Decided and Conflicts models: consistent under QAbstractItemModelTester, and
// showing what the rep needs (follow-up countdown, sync state, what happened).

#include "models/ConflictsModel.h"
#include "models/DecisionLogModel.h"
#include "models/FollowUpModel.h"
#include "sla/ManualClock.h"
#include "sync/SnapshotDiff.h"
#include "support/SyncFixture.h"

#include <QAbstractItemModelTester>

using namespace sal::core;
using namespace sal::test;
using namespace sal::ui;

class tst_WorkbenchModels : public QObject
{
    Q_OBJECT

    PolicySet m_policy = PolicyLoader::loadDefaults().value();
    ManualClock m_clock { utc("2026-03-09T15:00:00Z") }; // Monday 11:00 in New York
    SlaClock m_sla { m_policy.calendars.value(QStringLiteral("new_york")), m_policy.sla };

    static StageEvent event(const QString &lead, EventKind kind, Stage from, Stage to, const char *at)
    {
        return StageEvent { lead, kind, from, to, utc(at), QStringLiteral("ana@example.com"), {} };
    }

    static Operation operation(const QString &id, OperationKind kind, const QJsonObject &payload)
    {
        return Operation { id, QStringLiteral("L1"), kind, QStringLiteral("ana@example.com"), 1,
                           utc("2026-03-09T14:00:00Z"), payload, {} };
    }

private Q_SLOTS:
    void followUpCountsDownFromAcceptance()
    {
        FollowUpModel model(m_sla, m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CachedLead hot;
        hot.lead = makeLead(QStringLiteral("H1"), QStringLiteral("ana@example.com"), utc("2026-03-09T13:00:00Z"));
        hot.lead.tier = QStringLiteral("hot");
        hot.lead.stage = Stage::Sal;
        CachedLead done = hot;
        done.lead.id = QStringLiteral("D1");
        done.lead.contact.lastName = QStringLiteral("Done");
        CachedLead never = hot;
        never.lead.id = QStringLiteral("N1"); // accepted elsewhere, no acceptance in the history: skipped
        model.setLeads({
            { done,
              { event(QStringLiteral("D1"), EventKind::Accepted, Stage::Mql, Stage::Sal, "2026-03-09T13:30:00Z"),
                event(QStringLiteral("D1"), EventKind::FirstOutreach, Stage::Sal, Stage::Sal, "2026-03-09T14:00:00Z") } },
            { hot, { event(QStringLiteral("H1"), EventKind::Accepted, Stage::Mql, Stage::Sal, "2026-03-09T14:00:00Z") } },
            { never, {} },
        });
        QCOMPARE(model.rowCount(), 2);
        // Open first: accepted 10:00 EDT, hot follow-up 4 h, at 11:00 three hours are left.
        QCOMPARE(model.index(0, FollowUpModel::Name).data().toString(), hot.lead.contact.fullName());
        QCOMPARE(model.index(0, FollowUpModel::Countdown).data().toString(), QStringLiteral("● 3:00"));
        QCOMPARE(model.statusAt(1).state, SlaState::Met);
        QVERIFY(model.index(1, FollowUpModel::Countdown).data().toString().contains(QStringLiteral("✔")));
        m_clock.set(utc("2026-03-09T18:30:00Z"));
        QCOMPARE(model.statusAt(0).state, SlaState::Breached);
        m_clock.set(utc("2026-03-09T15:00:00Z"));
    }

    void decisionLogShowsSyncState()
    {
        DecisionLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({
            { operation(QStringLiteral("a"), OperationKind::Reject, { { QStringLiteral("reason"), QStringLiteral("duplicate") } }),
              QStringLiteral("pending"), {} },
            { operation(QStringLiteral("b"), OperationKind::Accept, { { QStringLiteral("next_step"), QStringLiteral("call") } }),
              QStringLiteral("synced"), utc("2026-03-09T16:00:00Z") },
            { operation(QStringLiteral("c"), OperationKind::NeedsInfo, {}), QStringLiteral("conflict"), {} },
        });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(DecisionLogModel::ColumnCount));
        QVERIFY(model.index(0, DecisionLogModel::Decision).data().toString().contains(QStringLiteral("duplicate")));
        QVERIFY(model.index(0, DecisionLogModel::SyncState).data().toString().contains(QStringLiteral("waiting")));
        QVERIFY(model.index(1, DecisionLogModel::SyncState).data().toString().contains(QStringLiteral("synced")));
        QVERIFY(model.index(2, DecisionLogModel::SyncState).data().toString().contains(QStringLiteral("conflict")));
        QCOMPARE(model.index(1, DecisionLogModel::Lead).data().toString(), QStringLiteral("L1"));
    }

    void conflictsSayWhatHappened()
    {
        ConflictsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Conflict rerouted { operation(QStringLiteral("x"), OperationKind::Accept, {}), ConflictKind::Rerouted,
                            QStringLiteral("The lead was re-routed to ben@example.com before this was synced."),
                            utc("2026-03-09T16:00:00Z"), QStringLiteral("open"), {} };
        Conflict decided = rerouted;
        decided.operation.id = QStringLiteral("y");
        decided.kind = ConflictKind::AlreadyDecided;
        decided.message = QStringLiteral("The lead is already SAL.");
        Conflict changed = rerouted;
        changed.operation.id = QStringLiteral("z");
        changed.kind = ConflictKind::LeadChanged;
        changed.operation.snapshot = { { QStringLiteral("score"), 62 }, { QStringLiteral("tier"), QStringLiteral("hot") } };
        changed.changes = SnapshotDiff::describe(changed.operation.snapshot,
                                                 { { QStringLiteral("score"), 48 }, { QStringLiteral("tier"), QStringLiteral("hot") } });
        model.setConflicts({ rerouted, decided, changed });
        QCOMPARE(model.rowCount(), 3);
        // "Changed what": the rep sees which of the facts they decided on moved.
        const QString third = model.index(2, 0).data().toString();
        QVERIFY2(third.contains(QStringLiteral("Score 62 → 48")) && !third.contains(QStringLiteral("Tier")), qPrintable(third));
        const QString first = model.index(0, 0).data().toString();
        QVERIFY(first.contains(QStringLiteral("re-routed")) && first.contains(QStringLiteral("ben@example.com")));
        QVERIFY(model.index(1, 0).data().toString().contains(QStringLiteral("already decided")));
        QCOMPARE(model.index(1, 0).data(ConflictsModel::OperationIdRole).toString(), QStringLiteral("y"));
        QCOMPARE(model.conflictAt(0)->operation.id, QStringLiteral("x"));
        QVERIFY(model.conflictAt(3) == nullptr);
    }
};

QTEST_MAIN(tst_WorkbenchModels)
#include "tst_WorkbenchModels.moc"
