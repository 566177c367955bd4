// Marketing's scoring feedback against a hand count: reason shares, the ICP-minimum and persona
// proposals with what they would have removed, sources outside the health band, and the coaching
// signal, over a SQLite team store (the SQL is the portable subset both backends share).

#include "insight/ScoringFeedback.h"
#include "support/AutomationFixture.h"

using namespace sal::core;
using namespace sal::test;

class tst_ScoringFeedback : public QObject
{
    Q_OBJECT

    AutomationFixture f;
    const QDateTime kNow = utc("2026-11-30T15:00:00Z");

    bool decided(const QString &id, const QString &rep, int employees, Seniority seniority,
        const QString &source, const Disposition &d, const QDateTime &at)
    {
        Lead lead = AutomationFixture::midMarketLead(id, rep, at.addSecs(-3600));
        lead.account.employees = employees;
        lead.contact.seniority = seniority;
        lead.source = source;
        if (!f.put(lead))
            return false;
        return f.decideAndPush(id, rep, d, at).status == ApplyStatus::Applied;
    }

private slots:
    void init()
    {
        f.~AutomationFixture();
        new (&f) AutomationFixture;
        QVERIFY(f.initAutomation());
    }

    void proposalsChannelsAndCoachingMatchAHandCount()
    {
        const QDateTime at = kNow.addDays(-10);
        const Disposition accept = acceptDisposition(at.addDays(1));
        int n = 0;
        const auto id = [&n] { return QStringLiteral("L%1").arg(++n, 3, 10, QLatin1Char('0')); };
        // Ana (repA): six small webinar companies rejected as too small, one accepted (and it became SQL).
        for (int i = 0; i < 6; ++i)
            QVERIFY(decided(id(), f.repA, 20 + i, Seniority::Manager, QStringLiteral("webinar"),
                rejectDisposition(QStringLiteral("company_too_small")), at));
        const QString converted = id();
        QVERIFY(decided(converted, f.repA, 30, Seniority::Director, QStringLiteral("webinar"), accept, at));
        QVERIFY(f.team->appendEvent(
            converted, EventKind::ConvertedToSql, f.repA, QStringLiteral("BANT"), at.addDays(2)));
        // Three webinar leads rejected for the persona: two individual contributors, one manager.
        QVERIFY(decided(id(), f.repA, 250, Seniority::Individual, QStringLiteral("webinar"),
            rejectDisposition(QStringLiteral("wrong_persona")), at));
        QVERIFY(decided(id(), f.repA, 300, Seniority::Individual, QStringLiteral("webinar"),
            rejectDisposition(QStringLiteral("wrong_persona")), at));
        QVERIFY(decided(id(), f.repA, 400, Seniority::Manager, QStringLiteral("webinar"),
            rejectDisposition(QStringLiteral("wrong_persona")), at));
        // Ben (repB) accepts ten demo requests, one of them an individual contributor; none became SQL.
        for (int i = 0; i < 10; ++i)
            QVERIFY(decided(id(), f.repB, 500, i == 0 ? Seniority::Individual : Seniority::VicePresident,
                QStringLiteral("demo_request"), accept, at));
        // Outside the 90 days: not counted.
        QVERIFY(decided(id(), f.repB, 10, Seniority::Manager, QStringLiteral("webinar"),
            rejectDisposition(QStringLiteral("company_too_small")), kNow.addDays(-120)));

        ScoringFeedback feedback(f.team->database(), f.policy.icp, f.policy.reports);
        const Result<ScoringFeedbackReport> r = feedback.compute(kNow, 90);
        QVERIFY_OK(r);
        QCOMPARE(r->accepted, 11);
        QCOMPARE(r->rejected, 9);
        QCOMPARE(r->reasons.size(), 2);
        QCOMPARE(r->reasons.at(0).code, QStringLiteral("company_too_small"));
        QCOMPARE(r->reasons.at(0).rejections, 6);
        QVERIFY(std::abs(r->reasons.at(0).share - 6.0 / 9) < 1e-12);

        // company_too_small: all six under 50 employees; a minimum of 50 removes those six
        // rejections and the one accepted 30-person company. wrong_persona: two of three are
        // individual contributors; excluding them removes those two and Ben's one acceptance.
        QCOMPARE(r->proposals.size(), 2);
        const ScoringProposal &size = r->proposals.at(0);
        QCOMPARE(size.reasonCode, QStringLiteral("company_too_small"));
        QCOMPARE(size.condition, QStringLiteral("< 50 employees"));
        QCOMPARE(size.conditionShare, 1.0);
        QCOMPARE(size.rejectedRemoved, 6);
        QCOMPARE(size.acceptedRemoved, 1);
        QCOMPARE(size.text,
            QStringLiteral(
                "67 % of rejections are company_too_small; 100 % of those have < 50 employees; keeping "
                "companies under the ICP minimum of 50 employees out of the MQLs would have removed 6 "
                "rejected MQLs and 1 accepted ones"));
        const ScoringProposal &persona = r->proposals.at(1);
        QCOMPARE(persona.reasonCode, QStringLiteral("wrong_persona"));
        QCOMPARE(persona.condition, QStringLiteral("seniority individual"));
        QVERIFY(std::abs(persona.conditionShare - 2.0 / 3) < 1e-12);
        QCOMPARE(persona.rejectedRemoved, 2);
        QCOMPARE(persona.acceptedRemoved, 1);

        // Webinar 1 of 10 accepted: red; demo requests 10 of 10: the bar is too low.
        QCOMPARE(r->channels.size(), 2);
        QCOMPARE(r->channels.at(0).name, QStringLiteral("demo_request"));
        QCOMPARE(r->channels.at(0).state, HealthBand::BarTooLow);
        QCOMPARE(r->channels.at(1).name, QStringLiteral("webinar"));
        QCOMPARE(r->channels.at(1).acceptanceRate, 10.0);
        QCOMPARE(r->channels.at(1).state, HealthBand::Red);

        // Ben accepts everything (team: 55 %) and converts none (team: 1 of 11 to SQL).
        QCOMPARE(r->coaching.size(), 1);
        QCOMPARE(r->coaching.at(0).repEmail, f.repB);
        QCOMPARE(r->coaching.at(0).accepted, 10);
        QCOMPARE(r->coaching.at(0).convertedToSql, 0);
        QVERIFY(std::abs(r->teamSalToSqlRate - 100.0 / 11) < 1e-9);
    }

    void healthBandEdges()
    {
        ScoringFeedback feedback(f.team->database(), f.policy.icp, ReportPolicy {});
        QCOMPARE(feedback.stateOf(49.9), HealthBand::Red);
        QCOMPARE(feedback.stateOf(50), HealthBand::Amber);
        QCOMPARE(feedback.stateOf(60), HealthBand::Healthy);
        QCOMPARE(feedback.stateOf(85), HealthBand::Healthy);
        QCOMPARE(feedback.stateOf(85.1), HealthBand::BarTooLow);
        // A team that moves the bands in reports.json moves them here too (the Team panel's bands).
        ReportPolicy strict;
        strict.redBelow = 65;
        strict.amberBelow = 75;
        strict.barTooLowAbove = 95;
        ScoringFeedback strictFeedback(f.team->database(), f.policy.icp, strict);
        QCOMPARE(strictFeedback.stateOf(60), HealthBand::Red);
        QCOMPARE(strictFeedback.stateOf(70), HealthBand::Amber);
        QCOMPARE(strictFeedback.stateOf(90), HealthBand::Healthy);
        QCOMPARE(healthBandOf(70, strict), strictFeedback.stateOf(70));
    }
};

QTEST_GUILESS_MAIN(tst_ScoringFeedback)
#include "tst_ScoringFeedback.moc"
