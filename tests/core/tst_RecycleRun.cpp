// Every recycle path of a rejection, the enrichment queue (needs-info and clerical rejections), and
// the way back as a re-MQL with its count, against a real SQLite team store.

#include "automation/EnrichmentQueue.h"
#include "automation/ReEngagement.h"
#include "automation/RecycleRun.h"
#include "support/AutomationFixture.h"

using namespace sal::core;
using namespace sal::test;

class tst_RecycleRun : public QObject
{
    Q_OBJECT

    AutomationFixture f;
    const QDateTime kRouted = utc("2026-03-10T14:00:00Z");
    const QDateTime kNow = utc("2026-03-10T18:00:00Z");

    // A lead Ana rejected for `reason` (with the attempts the reason needs).
    void rejected(const QString &id, const QString &reason, const QString &text = {})
    {
        QVERIFY(f.put(AutomationFixture::midMarketLead(id, f.repA, kRouted)));
        const QDateTime t = kRouted.addSecs(600);
        f.attemptAndPush(id, f.repA, ContactChannel::Phone, t);
        f.attemptAndPush(id, f.repA, ContactChannel::Email, t.addSecs(60));
        f.attemptAndPush(id, f.repA, ContactChannel::Phone, t.addSecs(120));
        const OperationResult r
            = f.decideAndPush(id, f.repA, rejectDisposition(reason, text), t.addSecs(600));
        QVERIFY2(r.status == ApplyStatus::Applied, qPrintable(r.message));
    }

    QList<RecycleOutcome> recycle()
    {
        RecycleRun run(*f.team, f.policy);
        const Result<QList<RecycleOutcome>> plan = run.plan(kNow);
        if (!plan || !run.apply(*plan, kNow))
            qFatal("recycle failed");
        return *plan;
    }

private Q_SLOTS:
    void init()
    {
        f.~AutomationFixture();
        new (&f) AutomationFixture();
        QVERIFY(f.initAutomation());
    }

    void everyReasonTakesItsPath_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<RecycleStep>("step");
        QTest::addColumn<EventKind>("event");
        QTest::addColumn<Stage>("stage");
        QTest::addColumn<QString>("eventReason"); // "" = the reason code; "*" = checked separately
        QTest::newRow("wrong_territory (procedural)")
            << "wrong_territory" << RecycleStep::Redirect << EventKind::Rerouted << Stage::Mql << "*";
        QTest::newRow("wrong_rep (procedural)")
            << "wrong_rep" << RecycleStep::Redirect << EventKind::Rerouted << Stage::Mql << "*";
        QTest::newRow("existing_customer (reroute)")
            << "existing_customer" << RecycleStep::Redirect << EventKind::Rerouted << Stage::Mql << "*";
        QTest::newRow("bad_contact_data (clerical)")
            << "bad_contact_data" << RecycleStep::QueueForEnrichment << EventKind::QueuedForEnrichment
            << Stage::Rejected << "";
        QTest::newRow("duplicate (exclude)")
            << "duplicate" << RecycleStep::Exclude << EventKind::Excluded << Stage::Rejected << "";
        QTest::newRow("competitor (exclude)")
            << "competitor" << RecycleStep::Exclude << EventKind::Excluded << Stage::Rejected << "";
        QTest::newRow("wrong_persona (nurture)")
            << "wrong_persona" << RecycleStep::Nurture << EventKind::Nurtured << Stage::Rejected
            << "persona-education until 2026-05-09";
        QTest::newRow("company_too_small (nurture)")
            << "company_too_small" << RecycleStep::Nurture << EventKind::Nurtured << Stage::Rejected
            << "smb-self-serve until 2026-09-06";
        QTest::newRow("outside_icp (nurture)") << "outside_icp" << RecycleStep::Nurture << EventKind::Nurtured
                                               << Stage::Rejected << "general-newsletter until 2026-09-06";
        QTest::newRow("no_authority (nurture)")
            << "no_authority" << RecycleStep::Nurture << EventKind::Nurtured << Stage::Rejected
            << "champion-building until 2026-04-24";
        QTest::newRow("other (nurture)") << "other" << RecycleStep::Nurture << EventKind::Nurtured
                                         << Stage::Rejected << "general-newsletter until 2026-09-06";
    }

    void everyReasonTakesItsPath()
    {
        QFETCH(QString, reason);
        QFETCH(RecycleStep, step);
        QFETCH(EventKind, event);
        QFETCH(Stage, stage);
        QFETCH(QString, eventReason);
        rejected(QStringLiteral("L1"), reason, QStringLiteral("Student project, no budget at all"));
        const QList<RecycleOutcome> plan = recycle();
        QCOMPARE(plan.size(), 1);
        QCOMPARE(plan.first().step, step);
        const LeadSnapshot s = f.snapshot(QStringLiteral("L1"));
        QCOMPARE(s.lead.stage, stage);
        QCOMPARE(s.events.last().kind, event);
        QCOMPARE(s.events.last().actor, QStringLiteral("system:recycle"));
        if (eventReason == QLatin1String("*")) {
            // Procedural: redirected, then routed by the rules — never back to the rep who rejected it.
            QCOMPARE(s.events.at(s.events.size() - 2).kind, EventKind::Redirected);
            QVERIFY(s.lead.ownerEmail != f.repA);
            QCOMPARE(s.lead.ownerEmail, f.repB);
            QVERIFY2(s.events.last().reason.startsWith(reason + QStringLiteral(": na-mid -> ")),
                qPrintable(s.events.last().reason));
        } else {
            QCOMPARE(s.events.last().reason, eventReason.isEmpty() ? reason : eventReason);
            QCOMPARE(s.lead.ownerEmail, f.repA);
        }
        QVERIFY(recycle().isEmpty()); // a second run finds nothing new
    }

    void wrongTerritoryCrossesToTheRightTeam()
    {
        Lead lead = AutomationFixture::midMarketLead(QStringLiteral("EU"), f.repA, kRouted);
        lead.account.region = QStringLiteral("EMEA");
        lead.account.country = QStringLiteral("FR");
        QVERIFY(f.put(lead));
        f.decideAndPush(QStringLiteral("EU"), f.repA, rejectDisposition(QStringLiteral("wrong_territory")),
            kRouted.addSecs(900));
        recycle();
        const LeadSnapshot s = f.snapshot(QStringLiteral("EU"));
        QCOMPARE(s.lead.ownerEmail, f.emeaRep);
        QCOMPARE(s.lead.teamId, QStringLiteral("emea"));
        QCOMPARE(s.lead.stage, Stage::Mql);
    }

    void unknownReasonIsLeftAloneAndSaid()
    {
        rejected(QStringLiteral("L1"), QStringLiteral("duplicate"));
        PolicySet policy = f.policy;
        policy.reasons.reasons.removeIf(
            [](const RejectionReason &r) { return r.code == QLatin1String("duplicate"); });
        const QList<RecycleOutcome> plan = RecycleRun(*f.team, policy).plan(kNow).value();
        QCOMPARE(plan.first().step, RecycleStep::Skip);
        QVERIFY(plan.first().explanation.contains(QStringLiteral("\"duplicate\" is not a rejection reason")));
    }

    void clericalRejectionComesBackWhenEnriched()
    {
        rejected(QStringLiteral("L1"), QStringLiteral("bad_contact_data"));
        recycle();
        EnrichmentQueue queue(*f.team, f.policy);
        QList<EnrichmentItem> items = queue.items().value();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().stage, Stage::Rejected);
        QCOMPARE(items.first().missing, QStringLiteral("bad_contact_data"));
        QVERIFY_OK(queue.markEnriched(QStringLiteral("L1"), f.marketer, kNow.addSecs(3600)));
        const LeadSnapshot s = f.snapshot(QStringLiteral("L1"));
        QCOMPARE(s.lead.stage, Stage::Mql);
        QCOMPARE(s.lead.routedAt, kNow.addSecs(3600)); // a fresh window for whoever gets it
        QCOMPARE(s.events.at(s.events.size() - 2).kind, EventKind::Enriched);
        QCOMPARE(s.events.last().kind, EventKind::Rerouted);
        QVERIFY(queue.items().value().isEmpty());
        QVERIFY(!queue.markEnriched(
            QStringLiteral("L1"), f.marketer, kNow.addSecs(3700))); // not waiting any more
    }

    void needsInfoLeadWaitsPausedAndReturnsToItsRep()
    {
        QVERIFY(f.put(AutomationFixture::midMarketLead(QStringLiteral("L1"), f.repA, kRouted)));
        Disposition info;
        info.kind = DispositionKind::NeedsInfo;
        info.missingItems = { QStringLiteral("phone"), QStringLiteral("company_size") };
        f.decideAndPush(QStringLiteral("L1"), f.repA, info, kRouted.addSecs(1800));
        EnrichmentQueue queue(*f.team, f.policy);
        QCOMPARE(queue.items().value().first().missing, QStringLiteral("phone,company_size"));
        QCOMPARE(queue.items().value().first().stage, Stage::NeedsInfo);
        const Result<QString> back = queue.markEnriched(QStringLiteral("L1"), f.marketer, kNow);
        QVERIFY_OK(back);
        QVERIFY2(back->contains(QStringLiteral("time that was left")), qPrintable(*back));
        const LeadSnapshot s = f.snapshot(QStringLiteral("L1"));
        QCOMPARE(s.lead.stage, Stage::Mql);
        QCOMPARE(s.lead.ownerEmail, f.repA); // the same rep, not re-routed
        QCOMPARE(s.lead.routedAt, kRouted);
        QCOMPARE(s.events.last().kind, EventKind::Enriched);
    }

    void reEngagedLeadBecomesANewMqlAndCountsIt()
    {
        rejected(QStringLiteral("L1"), QStringLiteral("wrong_persona"));
        recycle();
        ReEngagement back(*f.team, f.policy);
        QVERIFY(back.due(QDate(2026, 5, 8)).value().isEmpty());
        const QList<NurtureDue> due = back.due(QDate(2026, 5, 9)).value();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().track, QStringLiteral("persona-education"));
        QCOMPARE(due.first().reMqlCount, 0);

        const Result<QString> first = back.reMql(QStringLiteral("L1"), f.marketer, kNow.addDays(60));
        QVERIFY_OK(first);
        QVERIFY2(first->contains(QStringLiteral("re-MQL #1")), qPrintable(*first));
        LeadSnapshot s = f.snapshot(QStringLiteral("L1"));
        QCOMPARE(s.lead.stage, Stage::Mql);
        QCOMPARE(ReEngagement::reMqlCount(s), 1);
        // Rejected again, nurtured again, back again: the count goes on.
        f.decideAndPush(QStringLiteral("L1"), s.lead.ownerEmail,
            rejectDisposition(QStringLiteral("wrong_persona")), kNow.addDays(60).addSecs(60));
        recycle();
        QVERIFY_OK(back.reMql(QStringLiteral("L1"), f.marketer, kNow.addDays(200)));
        QCOMPARE(ReEngagement::reMqlCount(f.snapshot(QStringLiteral("L1"))), 2);
    }

    void excludedLeadsNeverComeBack()
    {
        rejected(QStringLiteral("L1"), QStringLiteral("competitor"));
        recycle();
        const Result<QString> back
            = ReEngagement(*f.team, f.policy).reMql(QStringLiteral("L1"), f.marketer, kNow);
        QVERIFY(!back);
        QVERIFY(back.problems().first().message.contains(QStringLiteral("excluded")));
        QCOMPARE(f.snapshot(QStringLiteral("L1")).lead.stage, Stage::Rejected);
    }
};

QTEST_GUILESS_MAIN(tst_RecycleRun)
#include "tst_RecycleRun.moc"
