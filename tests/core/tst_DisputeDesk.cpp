// Marketing disputes a rejection and the manager settles it: every step is an event, only the right
// people can act, and an overturned lead is an MQL again, routed by the rules.

#include "automation/DisputeDesk.h"
#include "support/AutomationFixture.h"

using namespace sal::core;
using namespace sal::test;

class tst_DisputeDesk : public QObject
{
    Q_OBJECT

    AutomationFixture f;
    const QDateTime kNow = utc("2026-03-11T15:00:00Z");
    Rep marketing, manager, otherManager, rep;

private Q_SLOTS:
    void init()
    {
        f.~AutomationFixture();
        new (&f) AutomationFixture();
        QVERIFY(f.initAutomation());
        marketing = f.team->person(f.marketer).value().value();
        manager = f.team->person(f.manager).value().value();
        otherManager = f.team->person(f.emeaManager).value().value();
        rep = f.team->person(f.repB).value().value();
        QVERIFY(f.put(
            AutomationFixture::midMarketLead(QStringLiteral("L1"), f.repA, utc("2026-03-10T14:00:00Z"))));
        QCOMPARE(f.decideAndPush(QStringLiteral("L1"), f.repA,
                      rejectDisposition(QStringLiteral("company_too_small")), utc("2026-03-10T15:00:00Z"))
                     .status,
            ApplyStatus::Applied);
    }

    void disputeUpheld()
    {
        DisputeDesk desk(*f.team, f.policy);
        QVERIFY_OK(desk.open(
            QStringLiteral("L1"), marketing, QStringLiteral("They have 400 staff per LinkedIn"), kNow));
        LeadSnapshot s = f.snapshot(QStringLiteral("L1"));
        QCOMPARE(s.events.last().kind, EventKind::Disputed);
        QCOMPARE(s.events.last().actor, f.marketer);
        QCOMPARE(s.events.last().reason, QStringLiteral("They have 400 staff per LinkedIn"));
        QVERIFY(!desk.open(QStringLiteral("L1"), marketing, QStringLiteral("Second try at the same thing"),
            kNow)); // one open dispute

        QVERIFY_OK(desk.settle(QStringLiteral("L1"), manager, DisputeDesk::Outcome::Uphold,
            QStringLiteral("Headcount is 30 in CRM"), kNow.addSecs(3600)));
        s = f.snapshot(QStringLiteral("L1"));
        QCOMPARE(s.events.last().kind, EventKind::DisputeUpheld);
        QCOMPARE(s.lead.stage, Stage::Rejected);
        QVERIFY(!desk.settle(QStringLiteral("L1"), manager, DisputeDesk::Outcome::Overturn, {},
            kNow.addSecs(7200))); // settled
    }

    void disputeOverturnedSendsTheLeadBackToSales()
    {
        DisputeDesk desk(*f.team, f.policy);
        QVERIFY_OK(desk.open(
            QStringLiteral("L1"), marketing, QStringLiteral("They have 400 staff per LinkedIn"), kNow));
        const Result<QString> done = desk.settle(QStringLiteral("L1"), manager,
            DisputeDesk::Outcome::Overturn, QStringLiteral("Marketing is right"), kNow);
        QVERIFY_OK(done);
        const LeadSnapshot s = f.snapshot(QStringLiteral("L1"));
        QCOMPARE(s.lead.stage, Stage::Mql);
        QCOMPARE(s.events.at(s.events.size() - 2).kind, EventKind::DisputeOverturned);
        QCOMPARE(s.events.at(s.events.size() - 2).actor, f.manager);
        QCOMPARE(s.events.last().kind, EventKind::Rerouted);
        QVERIFY(s.events.last().reason.startsWith(QStringLiteral("dispute_overturned: na-mid -> ")));
        QCOMPARE(s.lead.routedAt, kNow);
    }

    void onlyTheRightPeopleCanActAndEveryProblemIsSaid()
    {
        DisputeDesk desk(*f.team, f.policy);
        const Result<QString> byRep = desk.open(QStringLiteral("L1"), rep, QStringLiteral("short"), kNow);
        QVERIFY(!byRep);
        QCOMPARE(byRep.problems().size(), 2); // wrong role and too short, at once
        QVERIFY_OK(desk.open(
            QStringLiteral("L1"), marketing, QStringLiteral("They have 400 staff per LinkedIn"), kNow));
        QVERIFY(!desk.settle(QStringLiteral("L1"), otherManager, DisputeDesk::Outcome::Overturn, {}, kNow));
        QVERIFY(!desk.settle(QStringLiteral("L1"), marketing, DisputeDesk::Outcome::Overturn, {}, kNow));
        QCOMPARE(f.snapshot(QStringLiteral("L1")).events.last().kind, EventKind::Disputed); // nothing written
    }

    void onlyRejectedLeadsCanBeDisputed()
    {
        QVERIFY(f.put(
            AutomationFixture::midMarketLead(QStringLiteral("OPEN"), f.repA, utc("2026-03-10T14:00:00Z"))));
        const Result<QString> r
            = DisputeDesk(*f.team, f.policy)
                  .open(QStringLiteral("OPEN"), marketing, QStringLiteral("Nothing to dispute here"), kNow);
        QVERIFY(!r);
        QVERIFY(r.problems().first().message.contains(QStringLiteral("rejected")));
    }
};

QTEST_GUILESS_MAIN(tst_DisputeDesk)
#include "tst_DisputeDesk.moc"
