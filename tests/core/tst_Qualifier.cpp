// SQL or disqualified after the discovery conversation: BANT evidence, the disqualification
// picklist, bad timing back on a date through its nurture track, and who may do it.

#include "automation/Qualifier.h"
#include "automation/ReEngagement.h"
#include "support/AutomationFixture.h"

using namespace sal::core;
using namespace sal::test;

class tst_Qualifier : public QObject
{
    Q_OBJECT

    AutomationFixture f;
    const QDateTime kNow = utc("2026-03-12T15:00:00Z");
    Rep ana, ben, mia;

    static Qualification sql(
        std::optional<bool> b, std::optional<bool> a, std::optional<bool> n, std::optional<bool> t)
    {
        Qualification q;
        q.verdict = Qualification::Verdict::Sql;
        q.bant = BantEvidence { b, a, n, t };
        q.note = QStringLiteral("Budget approved for Q3");
        return q;
    }

    static Qualification disqualify(const QString &code, const QString &text = {}, const QDate &reEngage = {})
    {
        Qualification q;
        q.verdict = Qualification::Verdict::Disqualify;
        q.reasonCode = code;
        q.reasonText = text;
        q.reEngageOn = reEngage;
        return q;
    }

private Q_SLOTS:
    void init()
    {
        f.~AutomationFixture();
        new (&f) AutomationFixture();
        QVERIFY(f.initAutomation());
        ana = f.team->person(f.repA).value().value();
        ben = f.team->person(f.repB).value().value();
        mia = f.team->person(f.manager).value().value();
        QVERIFY(f.put(
            AutomationFixture::midMarketLead(QStringLiteral("L1"), f.repA, utc("2026-03-10T14:00:00Z"))));
        QCOMPARE(f.decideAndPush(QStringLiteral("L1"), f.repA, acceptDisposition(utc("2026-03-11T15:00:00Z")),
                      utc("2026-03-10T15:00:00Z"))
                     .status,
            ApplyStatus::Applied);
    }

    void sqlWithEvidence()
    {
        Qualifier q(*f.team, f.policy);
        QVERIFY_OK(q.record(QStringLiteral("L1"), ana, sql(true, true, true, false), kNow));
        const LeadSnapshot s = f.snapshot(QStringLiteral("L1"));
        QCOMPARE(s.lead.stage, Stage::Sql);
        QCOMPARE(s.events.last().kind, EventKind::ConvertedToSql);
        QCOMPARE(s.events.last().reason,
            QStringLiteral("budget:yes authority:yes need:yes timeline:no; Budget approved for Q3"));
        QCOMPARE(s.events.last().actor, f.repA);
    }

    void sqlNeedsEveryBantItemAndTheRightPerson()
    {
        Qualifier q(*f.team, f.policy);
        const Result<QString> r
            = q.record(QStringLiteral("L1"), ben, sql(true, std::nullopt, true, std::nullopt), kNow);
        QVERIFY(!r);
        QStringList fields;
        for (const Problem &p : r.problems())
            fields << p.field;
        QCOMPARE(fields,
            (QStringList { QStringLiteral("as"), QStringLiteral("authority"), QStringLiteral("timeline") }));
        QCOMPARE(f.snapshot(QStringLiteral("L1")).lead.stage, Stage::Sal);
        // The team's manager may record it for the rep.
        QVERIFY_OK(q.record(QStringLiteral("L1"), mia, sql(true, true, true, true), kNow));
    }

    void badTimingGoesToItsTrackWithADate()
    {
        Qualifier q(*f.team, f.policy);
        QVERIFY_OK(q.record(QStringLiteral("L1"), ana,
            disqualify(QStringLiteral("bad_timing"), {}, QDate(2026, 7, 1)), kNow));
        const LeadSnapshot s = f.snapshot(QStringLiteral("L1"));
        QCOMPARE(s.lead.stage, Stage::Disqualified);
        QCOMPARE(s.events.at(s.events.size() - 2).kind, EventKind::Disqualified);
        QCOMPARE(s.events.at(s.events.size() - 2).reason, QStringLiteral("bad_timing"));
        QCOMPARE(s.events.last().kind, EventKind::Nurtured);
        QCOMPARE(s.events.last().reason, QStringLiteral("quarterly-re-engagement until 2026-07-01"));
        // Due on that date; and it can come back as a new MQL.
        ReEngagement back(*f.team, f.policy);
        QVERIFY(back.due(QDate(2026, 6, 30)).value().isEmpty());
        QCOMPARE(back.due(QDate(2026, 7, 1)).value().size(), 1);
        QVERIFY_OK(back.reMql(QStringLiteral("L1"), f.marketer, utc("2026-07-01T14:00:00Z")));
        QCOMPARE(f.snapshot(QStringLiteral("L1")).lead.stage, Stage::Mql);
    }

    void defaultReEngagementIsTheTracksDelay()
    {
        QVERIFY_OK(Qualifier(*f.team, f.policy)
                       .record(QStringLiteral("L1"), ana, disqualify(QStringLiteral("bad_timing")), kNow));
        QCOMPARE(f.snapshot(QStringLiteral("L1")).events.last().reason,
            QStringLiteral("quarterly-re-engagement until 2026-06-10"));
    }

    void disqualificationPicklistIsEnforced()
    {
        Qualifier q(*f.team, f.policy);
        const Result<QString> unknown
            = q.record(QStringLiteral("L1"), ana, disqualify(QStringLiteral("too_busy")), kNow);
        QVERIFY(!unknown);
        QVERIFY(
            unknown.problems().first().message.contains(QStringLiteral("bad_timing, no_budget, no_need")));
        const Result<QString> bare = q.record(
            QStringLiteral("L1"), ana, disqualify(QStringLiteral("other"), QStringLiteral("meh")), kNow);
        QVERIFY(!bare);
        QCOMPARE(bare.problems().first().field, QStringLiteral("text"));
        const Result<QString> past = q.record(
            QStringLiteral("L1"), ana, disqualify(QStringLiteral("bad_timing"), {}, QDate(2026, 3, 1)), kNow);
        QVERIFY(!past);
        QCOMPARE(past.problems().first().field, QStringLiteral("re_engage"));
        QCOMPARE(f.snapshot(QStringLiteral("L1")).lead.stage, Stage::Sal); // nothing was written
        QVERIFY_OK(q.record(QStringLiteral("L1"), ana,
            disqualify(QStringLiteral("other"), QStringLiteral("Acquired, project frozen")), kNow));
        QCOMPARE(f.snapshot(QStringLiteral("L1"))
                     .events.at(f.snapshot(QStringLiteral("L1")).events.size() - 2)
                     .reason,
            QStringLiteral("other: Acquired, project frozen"));
    }

    void onlyAcceptedLeadsCanBeQualified()
    {
        QVERIFY(f.put(
            AutomationFixture::midMarketLead(QStringLiteral("OPEN"), f.repA, utc("2026-03-10T14:00:00Z"))));
        const Result<QString> r = Qualifier(*f.team, f.policy)
                                      .record(QStringLiteral("OPEN"), ana, sql(true, true, true, true), kNow);
        QVERIFY(!r);
        QCOMPARE(r.problems().first().field, QStringLiteral("stage"));
    }
};

QTEST_GUILESS_MAIN(tst_Qualifier)
#include "tst_Qualifier.moc"
