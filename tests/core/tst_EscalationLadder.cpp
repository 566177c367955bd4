// The escalation ladder against a real SQLite team store with a pinned clock: the full ladder of
// each tier across a weekend (and the March DST change) on the New York calendar, idempotency,
// re-routing that skips out-of-office and full reps, the rule for leads that must not be taken
// away, and the follow-up SLA after acceptance.

#include "automation/EscalationLadder.h"
#include "support/AutomationFixture.h"

using namespace sal::core;
using namespace sal::test;

class tst_EscalationLadder : public QObject
{
    Q_OBJECT

    AutomationFixture f;

    QList<LadderAction> plan(const QDateTime &now)
    {
        EscalationLadder ladder(*f.team, f.policy);
        Result<QList<LadderAction>> p = ladder.plan(now);
        if (!p)
            qFatal("plan failed: %s", qPrintable(joinProblems(p.problems())));
        return *p;
    }

    // Plans and applies at `now`; returns what was planned.
    QList<LadderAction> run(const QDateTime &now)
    {
        EscalationLadder ladder(*f.team, f.policy);
        const QList<LadderAction> actions = ladder.plan(now).value();
        if (!ladder.apply(actions, now))
            qFatal("apply failed");
        return actions;
    }

    static QList<LadderStep> steps(const QList<LadderAction> &actions)
    {
        QList<LadderStep> list;
        for (const LadderAction &a : actions)
            list << a.step;
        return list;
    }

    // Friday 2026-03-06 14:00 in New York (EST); the US switches to EDT on Sunday 8 March.
    const QDateTime kFriday = utc("2026-03-06T19:00:00Z");

private Q_SLOTS:
    void init()
    {
        f.~AutomationFixture();
        new (&f) AutomationFixture();
        QVERIFY(f.initAutomation());
    }

    void fullLadderPerTierAcrossTheWeekend_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QDateTime>("warnAt");
        QTest::addColumn<QDateTime>("escalateAt");
        QTest::addColumn<QDateTime>("rerouteAt");
        // Worked by hand on the 09:00–17:00 calendar: Friday has 3 business hours left after 14:00,
        // then nothing until Monday 09:00 EDT (13:00Z).
        // hot 4 h: 3 h used by Fri 17:00 EST; deadline Mon 10:00 EDT; re-route 2 h later.
        QTest::newRow("hot") << QStringLiteral("hot") << utc("2026-03-06T22:00:00Z")
                             << utc("2026-03-09T14:00:00Z") << utc("2026-03-09T16:00:00Z");
        // standard 24 h: 18 h used Tue 16:00; deadline Wed 14:00; +12 h = Fri 10:00.
        QTest::newRow("standard") << QStringLiteral("standard") << utc("2026-03-10T20:00:00Z")
                                  << utc("2026-03-11T18:00:00Z") << utc("2026-03-13T14:00:00Z");
        // low 48 h: 36 h used Fri 13th 10:00; deadline Mon 16th 14:00; +24 h = Thu 19th 14:00.
        QTest::newRow("low") << QStringLiteral("low") << utc("2026-03-13T14:00:00Z")
                             << utc("2026-03-16T18:00:00Z") << utc("2026-03-19T18:00:00Z");
    }

    void fullLadderPerTierAcrossTheWeekend()
    {
        QFETCH(QString, tier);
        QFETCH(QDateTime, warnAt);
        QFETCH(QDateTime, escalateAt);
        QFETCH(QDateTime, rerouteAt);
        QVERIFY(f.put(AutomationFixture::midMarketLead(QStringLiteral("L1"), f.repA, kFriday, tier)));

        QVERIFY(plan(kFriday.addSecs(60)).isEmpty());
        QVERIFY(plan(warnAt.addSecs(-1)).isEmpty());

        const QList<LadderAction> warned = run(warnAt);
        QCOMPARE(steps(warned), QList<LadderStep> { LadderStep::WarnOwner });
        QCOMPARE(warned.first().target, f.repA);
        QVERIFY2(warned.first().explanation.contains(QStringLiteral("Warn Ana")),
            qPrintable(warned.first().explanation));
        QVERIFY(plan(warnAt).isEmpty()); // idempotent
        // Saturday noon: the clock stands still over the weekend.
        QVERIFY(plan(utc("2026-03-07T17:00:00Z")).isEmpty());
        QVERIFY(plan(escalateAt.addSecs(-1)).isEmpty());

        const QList<LadderAction> escalated = run(escalateAt);
        QCOMPARE(steps(escalated), QList<LadderStep> { LadderStep::EscalateToManager });
        QCOMPARE(escalated.first().target, f.manager);
        QVERIFY(plan(escalateAt.addSecs(30)).isEmpty());
        QVERIFY(plan(rerouteAt.addSecs(-1)).isEmpty());

        const QList<LadderAction> rerouted = run(rerouteAt);
        QCOMPARE(steps(rerouted), QList<LadderStep> { LadderStep::Reroute });
        const LeadSnapshot after = f.snapshot(QStringLiteral("L1"));
        QVERIFY(after.lead.ownerEmail != f.repA);
        QCOMPARE(after.lead.ownerEmail, rerouted.first().target);
        QCOMPARE(after.lead.routedAt, rerouteAt); // the new owner's window starts now
        QCOMPARE(after.events.last().kind, EventKind::Rerouted);
        QCOMPARE(after.events.last().actor, QStringLiteral("system:escalation"));
        // The history keeps how long Ana held it: from routing to the re-route, in business time.
        const SlaClock clock(f.policy.calendars.value(QStringLiteral("new_york")), f.policy.sla);
        const qint64 held = clock.calendar().businessSecondsBetween(kFriday, rerouteAt);
        QVERIFY2(after.events.last().reason.contains(QStringLiteral("after %1 business seconds").arg(held)),
            qPrintable(after.events.last().reason));
        // Running again at the same moment changes nothing; the new owner starts with a clean ladder.
        QVERIFY(plan(rerouteAt).isEmpty());
        QCOMPARE(f.count(QStringLiteral("L1"), EventKind::AtRiskWarned), 1);
        QCOMPARE(f.count(QStringLiteral("L1"), EventKind::Escalated), 1);
        QCOMPARE(f.count(QStringLiteral("L1"), EventKind::Rerouted), 1);
    }

    void lateRunCatchesUpWithoutAStaleWarning()
    {
        QVERIFY(f.put(
            AutomationFixture::midMarketLead(QStringLiteral("L1"), f.repA, kFriday, QStringLiteral("hot"))));
        // Nobody ran the ladder since Friday: past the deadline a warning is pointless, the escalation
        // and the re-route are still owed.
        const QList<LadderAction> all = run(utc("2026-03-10T15:00:00Z"));
        QCOMPARE(steps(all), (QList<LadderStep> { LadderStep::EscalateToManager, LadderStep::Reroute }));
        // The escalation belonged to Ana's window: Ben/Cy start without it.
        QVERIFY(plan(utc("2026-03-10T15:00:00Z")).isEmpty());
        QVERIFY(plan(utc("2026-03-10T15:30:00Z")).isEmpty());
    }

    void rerouteSkipsOutOfOfficeAndFullReps()
    {
        // Ben is on vacation that Monday; Cy already has today's capacity; Dan is free.
        const QString dan = QStringLiteral("dan@example.com");
        QVERIFY_OK(f.team->putPerson(Rep { f.repC, QStringLiteral("Cy"), QStringLiteral("na"), Role::Rep,
            QStringLiteral("na-mid"), 1, true, false }));
        QVERIFY_OK(f.team->putPerson(Rep { dan, QStringLiteral("Dan"), QStringLiteral("na"), Role::Rep,
            QStringLiteral("na-mid"), 25, true, false }));
        QVERIFY_OK(f.team->putAbsence(
            Absence { f.repB, QDate(2026, 3, 9), QDate(2026, 3, 13), QStringLiteral("vacation") }));
        QVERIFY(f.put(
            AutomationFixture::midMarketLead(QStringLiteral("L1"), f.repA, kFriday, QStringLiteral("hot"))));
        QVERIFY(f.put(AutomationFixture::midMarketLead(
            QStringLiteral("CY-TODAY"), f.repC, utc("2026-03-09T13:30:00Z"))));

        const QList<LadderAction> actions = run(utc("2026-03-09T16:00:00Z"));
        QCOMPARE(actions.last().step, LadderStep::Reroute);
        QCOMPARE(actions.last().target, dan);
        QCOMPARE(f.snapshot(QStringLiteral("L1")).lead.ownerEmail, dan);
        const QString why = actions.last().explanation;
        QVERIFY2(
            why.contains(QStringLiteral("Ben: out of office (vacation) until 2026-03-13")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("Cy: at capacity (1 of 1 leads today)")), qPrintable(why));
    }

    void nobodyFreeHoldsTheLeadAndSaysWhy()
    {
        QVERIFY_OK(f.team->putAbsence(Absence { f.repB, QDate(2026, 3, 9), QDate(2026, 3, 9), {} }));
        QVERIFY_OK(f.team->putPerson(Rep { f.repC, QStringLiteral("Cy"), QStringLiteral("na"), Role::Rep,
            QStringLiteral("na-mid"), 25, false, false }));
        QVERIFY(f.put(
            AutomationFixture::midMarketLead(QStringLiteral("L1"), f.repA, kFriday, QStringLiteral("hot"))));
        const QList<LadderAction> actions = run(utc("2026-03-09T16:00:00Z"));
        QCOMPARE(actions.last().step, LadderStep::HoldReroute);
        QVERIFY2(actions.last().explanation.contains(QStringLiteral("Cy: inactive")),
            qPrintable(actions.last().explanation));
        QCOMPARE(f.snapshot(QStringLiteral("L1")).lead.ownerEmail, f.repA);
        // A hold writes nothing, so the next run says the same and still writes nothing.
        QCOMPARE(steps(plan(utc("2026-03-09T16:00:00Z"))), QList<LadderStep> { LadderStep::HoldReroute });
    }

    void decidedAndPausedLeadsAreNeverRerouted()
    {
        QVERIFY(f.put(
            AutomationFixture::midMarketLead(QStringLiteral("ACC"), f.repA, kFriday, QStringLiteral("hot"))));
        QVERIFY(f.put(AutomationFixture::midMarketLead(
            QStringLiteral("INFO"), f.repA, kFriday, QStringLiteral("hot"))));
        const QDateTime decided = utc("2026-03-06T20:00:00Z");
        QCOMPARE(f.decideAndPush(
                      QStringLiteral("ACC"), f.repA, acceptDisposition(utc("2026-03-12T15:00:00Z")), decided)
                     .status,
            ApplyStatus::Applied);
        Disposition info;
        info.kind = DispositionKind::NeedsInfo;
        info.missingItems = { QStringLiteral("phone") };
        QCOMPARE(f.decideAndPush(QStringLiteral("INFO"), f.repA, info, decided).status, ApplyStatus::Applied);
        for (const LadderAction &a : run(utc("2026-03-20T15:00:00Z"))) {
            QVERIFY(a.step != LadderStep::Reroute && a.step != LadderStep::WarnOwner
                && a.step != LadderStep::EscalateToManager);
            QVERIFY(a.leadId != QStringLiteral("INFO"));
        }
        QCOMPARE(f.snapshot(QStringLiteral("ACC")).lead.ownerEmail, f.repA);
        QCOMPARE(f.snapshot(QStringLiteral("INFO")).lead.ownerEmail, f.repA);
    }

    void refusedAcceptInTheOutboxHoldsTheRerouteForOneWindow()
    {
        QVERIFY(f.put(
            AutomationFixture::midMarketLead(QStringLiteral("L1"), f.repA, kFriday, QStringLiteral("hot"))));
        // Ana accepted Monday morning on a version that changed since: the team store refused it.
        const QDateTime refusedAt = utc("2026-03-09T13:30:00Z");
        const OperationResult refused = f.decideAndPush(
            QStringLiteral("L1"), f.repA, acceptDisposition(utc("2026-03-12T15:00:00Z")), refusedAt, 0);
        QCOMPARE(refused.conflict, ConflictKind::LeadChanged);

        const QList<LadderAction> held = run(utc("2026-03-09T16:00:00Z"));
        QCOMPARE(held.last().step, LadderStep::HoldReroute);
        QVERIFY2(held.last().explanation.contains(QStringLiteral("waits in their outbox")),
            qPrintable(held.last().explanation));
        QCOMPARE(f.snapshot(QStringLiteral("L1")).lead.ownerEmail, f.repA);
        // One hot window (4 business hours) after the refusal arrived, the hold ends.
        QCOMPARE(steps(plan(utc("2026-03-09T17:29:59Z"))), QList<LadderStep> { LadderStep::HoldReroute });
        QCOMPARE(run(utc("2026-03-09T17:30:00Z")).last().step, LadderStep::Reroute);
    }

    void reappliedDecisionEndsTheHold()
    {
        QVERIFY(f.put(
            AutomationFixture::midMarketLead(QStringLiteral("L1"), f.repA, kFriday, QStringLiteral("hot"))));
        f.decideAndPush(QStringLiteral("L1"), f.repA, acceptDisposition(utc("2026-03-12T15:00:00Z")),
            utc("2026-03-09T13:30:00Z"), 0);
        // Ana re-applies on the current version: the lead is now accepted and never re-routed.
        QCOMPARE(f.decideAndPush(QStringLiteral("L1"), f.repA, acceptDisposition(utc("2026-03-12T15:00:00Z")),
                      utc("2026-03-09T14:00:00Z"))
                     .status,
            ApplyStatus::Applied);
        for (const LadderAction &a : run(utc("2026-03-09T16:00:00Z")))
            QVERIFY(a.step != LadderStep::Reroute && a.step != LadderStep::HoldReroute);
        QCOMPARE(f.snapshot(QStringLiteral("L1")).lead.stage, Stage::Sal);
    }

    void decisionStillOfflineMeetsTheRerouteAsAConflict()
    {
        QVERIFY(f.put(
            AutomationFixture::midMarketLead(QStringLiteral("L1"), f.repA, kFriday, QStringLiteral("hot"))));
        // Ana accepted on a plane on Monday morning; her device has not synced: the team store cannot know.
        const LeadSnapshot seen = f.snapshot(QStringLiteral("L1"));
        const Operation offline
            = f.maker()
                  .decide(LeadState { QStringLiteral("L1"), Stage::Mql, seen.version, f.repA, {} },
                      acceptDisposition(utc("2026-03-12T15:00:00Z")), f.repA, utc("2026-03-09T13:30:00Z"))
                  .value()
                  .operation();
        const QList<LadderAction> actions = run(utc("2026-03-09T16:00:00Z"));
        QCOMPARE(actions.last().step, LadderStep::Reroute);
        const QString newOwner = actions.last().target;
        // When it lands, it meets the re-route as a conflict naming the new owner: nothing silent.
        const OperationResult late
            = f.team->push({ offline }, utc("2026-03-09T18:00:00Z")).value().constFirst();
        QCOMPARE(late.status, ApplyStatus::Conflict);
        QCOMPARE(late.conflict, ConflictKind::Rerouted);
        QVERIFY2(late.message.contains(newOwner), qPrintable(late.message));
    }

    void followUpMetByTheFirstContactAttempt()
    {
        QVERIFY(f.put(
            AutomationFixture::midMarketLead(QStringLiteral("L1"), f.repA, kFriday, QStringLiteral("hot"))));
        f.decideAndPush(QStringLiteral("L1"), f.repA, acceptDisposition(utc("2026-03-12T15:00:00Z")),
            utc("2026-03-06T20:00:00Z"));
        // Hot follow-up is 4 business hours: Fri 15:00–17:00 EST, then Mon 09:00–11:00 EDT.
        QCOMPARE(
            f.attemptAndPush(QStringLiteral("L1"), f.repA, ContactChannel::Phone, utc("2026-03-09T14:00:00Z"))
                .status,
            ApplyStatus::Applied);
        const QList<LadderAction> actions = run(utc("2026-03-09T16:00:00Z"));
        QCOMPARE(steps(actions), QList<LadderStep> { LadderStep::RecordFirstOutreach });
        QVERIFY2(actions.first().explanation.contains(QStringLiteral("was met")),
            qPrintable(actions.first().explanation));
        const LeadSnapshot s = f.snapshot(QStringLiteral("L1"));
        QCOMPARE(s.events.last().kind, EventKind::FirstOutreach);
        QCOMPARE(s.events.last().at, utc("2026-03-09T14:00:00Z"));
        QVERIFY(plan(utc("2026-03-20T16:00:00Z")).isEmpty()); // met: nothing more, ever
    }

    void followUpBreachedIsWarnedThenEscalated()
    {
        QVERIFY(f.put(
            AutomationFixture::midMarketLead(QStringLiteral("L1"), f.repA, kFriday, QStringLiteral("hot"))));
        f.decideAndPush(QStringLiteral("L1"), f.repA, acceptDisposition(utc("2026-03-12T15:00:00Z")),
            utc("2026-03-06T20:00:00Z"));
        // Window Fri 15:00 EST → Mon 11:00 EDT (15:00Z); at risk with 1 h left, Mon 10:00 EDT (14:00Z).
        QVERIFY(plan(utc("2026-03-09T13:59:59Z")).isEmpty());
        QCOMPARE(steps(run(utc("2026-03-09T14:00:00Z"))), QList<LadderStep> { LadderStep::WarnFollowUp });
        QVERIFY(plan(utc("2026-03-09T14:59:59Z")).isEmpty());
        const QList<LadderAction> overdue = run(utc("2026-03-09T15:00:00Z"));
        QCOMPARE(steps(overdue), QList<LadderStep> { LadderStep::EscalateFollowUp });
        QCOMPARE(overdue.first().target, f.manager);
        QVERIFY2(overdue.first().explanation.contains(QStringLiteral("call by 2026-03-12T15:00:00Z")),
            qPrintable(overdue.first().explanation));
        QCOMPARE(f.snapshot(QStringLiteral("L1")).events.last().reason, QStringLiteral("follow_up_overdue"));
        QVERIFY(plan(utc("2026-03-16T15:00:00Z")).isEmpty()); // escalated once; never re-routed
        QCOMPARE(f.snapshot(QStringLiteral("L1")).lead.ownerEmail, f.repA);
    }

    void enrichedLeadResumesWithTheTimeThatWasLeft()
    {
        QVERIFY(f.put(
            AutomationFixture::midMarketLead(QStringLiteral("L1"), f.repA, kFriday, QStringLiteral("hot"))));
        Disposition info;
        info.kind = DispositionKind::NeedsInfo;
        info.missingItems = { QStringLiteral("phone") };
        // Returned after 1 business hour (Fri 15:00 EST), enriched Tuesday 09:00 EDT: 3 h left → 12:00 EDT.
        f.decideAndPush(QStringLiteral("L1"), f.repA, info, utc("2026-03-06T20:00:00Z"));
        QVERIFY_OK(f.team->appendEvent(QStringLiteral("L1"), EventKind::Enriched, f.marketer,
            QStringLiteral("enriched"), utc("2026-03-10T13:00:00Z")));
        QVERIFY(plan(utc("2026-03-10T14:59:59Z")).isEmpty());
        QCOMPARE(steps(plan(utc("2026-03-10T15:00:00Z"))), QList<LadderStep> { LadderStep::WarnOwner });
        QCOMPARE(
            steps(plan(utc("2026-03-10T16:00:00Z"))), QList<LadderStep> { LadderStep::EscalateToManager });
    }
};

QTEST_GUILESS_MAIN(tst_EscalationLadder)
#include "tst_EscalationLadder.moc"
