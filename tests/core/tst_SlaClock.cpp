// SLA windows (SlaClock), the default service levels (SlaPolicy) and the rules that pick a tier
// (TierRule) on a New York 09:00–17:00 calendar. Time is always given, never read: no test sleeps.
//
// January 2026 in New York is EST throughout; 2026-01-09 and 2026-01-16 are Fridays, 2026-01-12 and
// 2026-01-19 Mondays.

#include "policy/PolicyLoader.h"
#include "sla/ManualClock.h"
#include "sla/SlaClock.h"

#include <QTest>

using namespace sal::core;

Q_DECLARE_METATYPE(sal::core::SlaState)
Q_DECLARE_METATYPE(sal::core::TierRule)
Q_DECLARE_METATYPE(sal::core::TierInput)

namespace {

QDateTime ny(int y, int mo, int d, int h, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone(QByteArrayLiteral("America/New_York")));
}

// A moment in the test week of January 2026: ny(2026, 1, day, …).
QDateTime jan(int day, int h, int mi = 0, int s = 0)
{
    return ny(2026, 1, day, h, mi, s);
}

SlaClock nySlaClock()
{
    return SlaClock(BusinessCalendar::nineToFive(
                        QStringLiteral("new_york"), QTimeZone(QByteArrayLiteral("America/New_York"))),
        SlaPolicy::defaults());
}

SlaTier tierNamed(const QString &id)
{
    const std::optional<SlaTier> tier = SlaPolicy::defaults().tier(id);
    if (!tier)
        qFatal("no such tier in the default policy");
    return *tier;
}

const QDateTime kNow(QDate(2026, 1, 12), QTime(15, 0), QTimeZone::utc());

EngagementSignal signalOf(const QString &kind, const QDateTime &at)
{
    EngagementSignal s;
    s.kind = kind;
    s.label = kind;
    s.at = at;
    return s;
}

TierInput input(int score, bool icpFit, const QList<EngagementSignal> &engagement = {})
{
    TierInput in;
    in.score = score;
    in.icpFit = icpFit;
    in.engagement = engagement;
    in.nowUtc = kNow;
    return in;
}

} // namespace

class tst_SlaClock : public QObject
{
    Q_OBJECT

private slots:
    void stateNames_data();
    void stateNames();
    void policyDefaults();

    void openPerTier_data();
    void openPerTier();
    void openFor();

    void status_data();
    void status();
    void statusFollowsManualClock();
    void met_data();
    void met();
    void meetWhilePaused();

    void pauseResume_data();
    void pauseResume();
    void pausedWindowNeverBreaches();
    void pauseWhileOverdue();
    void pauseAndResumeAreIdempotent();

    void thresholds_data();
    void thresholds();
    void thresholdsAfterResume();

    void followUp_data();
    void followUp();

    void chooseTier_data();
    void chooseTier();
    void defaultTier();
    void ruleNamingUnknownTierIsSkipped();
    void tierRuleConditions_data();
    void tierRuleConditions();
};

void tst_SlaClock::stateNames_data()
{
    QTest::addColumn<SlaState>("state");
    QTest::addColumn<QString>("name");

    QTest::newRow("on track") << SlaState::OnTrack << QStringLiteral("on_track");
    QTest::newRow("at risk") << SlaState::AtRisk << QStringLiteral("at_risk");
    QTest::newRow("breached") << SlaState::Breached << QStringLiteral("breached");
    QTest::newRow("paused") << SlaState::Paused << QStringLiteral("paused");
    QTest::newRow("met") << SlaState::Met << QStringLiteral("met");
}

void tst_SlaClock::stateNames()
{
    QFETCH(SlaState, state);
    QFETCH(QString, name);

    QCOMPARE(slaStateToString(state), name);
}

void tst_SlaClock::policyDefaults()
{
    const SlaPolicy policy = SlaPolicy::defaults();

    const QList<SlaTier> tiers {
        { QStringLiteral("hot"), QStringLiteral("Hot"), 4, 4 },
        { QStringLiteral("standard"), QStringLiteral("Standard"), 24, 24 },
        { QStringLiteral("low"), QStringLiteral("Low"), 48, 24 },
    };
    QCOMPARE(policy.tiers, tiers);
    QCOMPARE(policy.defaultTier, QStringLiteral("standard"));
    QCOMPARE(policy.maxHours, 48.0);
    QCOMPARE(policy.atRiskShare, 0.25);
    QCOMPARE(policy.rerouteAfterShare, 0.5);

    QCOMPARE(policy.tierRules.size(), 3);
    const TierRule &hot = policy.tierRules[0];
    QCOMPARE(hot.tier, QStringLiteral("hot"));
    QVERIFY(hot.requireIcpFit);
    QCOMPARE(hot.anySignal, (QStringList { QStringLiteral("demo_request"), QStringLiteral("pricing_page") }));
    QCOMPARE(hot.signalWithinDays, std::optional<int>(14));
    const TierRule &veryHighScore = policy.tierRules[1];
    QCOMPARE(veryHighScore.tier, QStringLiteral("hot"));
    QCOMPARE(veryHighScore.minScore, std::optional<int>(85));
    QVERIFY(veryHighScore.requireIcpFit);
    const TierRule &low = policy.tierRules[2];
    QCOMPARE(low.tier, QStringLiteral("low"));
    QCOMPARE(low.maxScore, std::optional<int>(39));
    QVERIFY(!low.requireIcpFit);
    QVERIFY(low.anySignal.isEmpty());

    QCOMPARE(policy.tier(QStringLiteral("hot"))->responseSeconds(), qint64(4 * 3600));
    QCOMPARE(policy.tier(QStringLiteral("low"))->responseSeconds(), qint64(48 * 3600));
    QCOMPARE(policy.tier(QStringLiteral("low"))->followUpSeconds(), qint64(24 * 3600));
    QVERIFY(!policy.tier(QStringLiteral("urgent")).has_value());
    QCOMPARE(policy, SlaPolicy::defaults());
    // The defaults in code are the shipped sla.json, rule for rule.
    QCOMPARE(policy, sal::core::PolicyLoader::loadDefaults().value().sla);

    const SlaTier ninetyMinutes { QStringLiteral("fast"), QStringLiteral("Fast"), 1.5, 0.25 };
    QCOMPARE(ninetyMinutes.responseSeconds(), qint64(5400));
    QCOMPARE(ninetyMinutes.followUpSeconds(), qint64(900));
}

void tst_SlaClock::openPerTier_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<qint64>("windowSeconds");
    QTest::addColumn<QDateTime>("deadline");

    QTest::newRow("hot") << QStringLiteral("hot") << jan(12, 10) << qint64(4 * 3600) << jan(12, 14);
    // Mon 10–17 (7h), Tue (15h), Wed (23h), Thu 09–10.
    QTest::newRow("standard") << QStringLiteral("standard") << jan(12, 10) << qint64(24 * 3600)
                              << jan(15, 10);
    // Mon 7, Tue 15, Wed 23, Thu 31, Fri 39, next Mon 47, next Tue 09–10.
    QTest::newRow("low") << QStringLiteral("low") << jan(12, 10) << qint64(48 * 3600) << jan(20, 10);
    QTest::newRow("hot on friday afternoon")
        << QStringLiteral("hot") << jan(9, 15) << qint64(4 * 3600) << jan(12, 11);
    QTest::newRow("hot routed at night")
        << QStringLiteral("hot") << jan(12, 22) << qint64(4 * 3600) << jan(13, 13);
}

void tst_SlaClock::openPerTier()
{
    QFETCH(QString, tier);
    QFETCH(QDateTime, start);
    QFETCH(qint64, windowSeconds);
    QFETCH(QDateTime, deadline);

    const SlaWindow window = nySlaClock().open(start, tierNamed(tier));
    QCOMPARE(window.startUtc, start.toUTC());
    QCOMPARE(window.startUtc.timeSpec(), Qt::UTC);
    QCOMPARE(window.windowSeconds, windowSeconds);
    QCOMPARE(window.deadlineUtc, deadline.toUTC());
    QVERIFY(!window.isPaused());
    QVERIFY(!window.isMet());
}

void tst_SlaClock::openFor()
{
    const SlaClock clock = nySlaClock();
    const SlaWindow window = clock.openFor(jan(12, 16), 90 * 60);
    QCOMPARE(window.windowSeconds, qint64(5400));
    QCOMPARE(window.deadlineUtc, jan(13, 9, 30).toUTC());
    QCOMPARE(clock.calendar().id(), QStringLiteral("new_york"));
    QCOMPARE(clock.policy(), SlaPolicy::defaults());
}

void tst_SlaClock::status_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<SlaState>("state");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<qint64>("elapsed");

    // Hot, Mon 10:00 → deadline 14:00; at risk once less than 1h (25% of 4h) is left.
    const QString hot = QStringLiteral("hot");
    QTest::newRow("at the start") << hot << jan(12, 10) << jan(12, 10) << SlaState::OnTrack << qint64(14400)
                                  << qint64(0);
    QTest::newRow("half way") << hot << jan(12, 10) << jan(12, 12) << SlaState::OnTrack << qint64(7200)
                              << qint64(7200);
    QTest::newRow("exactly 25% left")
        << hot << jan(12, 10) << jan(12, 13) << SlaState::OnTrack << qint64(3600) << qint64(10800);
    QTest::newRow("just under 25% left")
        << hot << jan(12, 10) << jan(12, 13, 0, 1) << SlaState::AtRisk << qint64(3599) << qint64(10801);
    QTest::newRow("last second") << hot << jan(12, 10) << jan(12, 13, 59, 59) << SlaState::AtRisk << qint64(1)
                                 << qint64(14399);
    QTest::newRow("at the deadline") << hot << jan(12, 10) << jan(12, 14) << SlaState::Breached << qint64(0)
                                     << qint64(14400);
    QTest::newRow("an hour late") << hot << jan(12, 10) << jan(12, 15) << SlaState::Breached << qint64(-3600)
                                  << qint64(18000);
    // Overdue time is business time too: 14–17 on Monday, nothing overnight, 09–10 on Tuesday.
    QTest::newRow("late, at night") << hot << jan(12, 10) << jan(12, 22) << SlaState::Breached
                                    << qint64(-10800) << qint64(25200);
    QTest::newRow("late, next morning")
        << hot << jan(12, 10) << jan(13, 10) << SlaState::Breached << qint64(-14400) << qint64(28800);

    // Hot, Mon 15:00 → deadline Tue 11:00: the night does not eat the window.
    QTest::newRow("overnight, 2.5h left")
        << hot << jan(12, 15) << jan(12, 16, 30) << SlaState::OnTrack << qint64(9000) << qint64(5400);
    QTest::newRow("overnight, 2h left at 20:00")
        << hot << jan(12, 15) << jan(12, 20) << SlaState::OnTrack << qint64(7200) << qint64(7200);
    QTest::newRow("overnight, 1h left")
        << hot << jan(12, 15) << jan(13, 10) << SlaState::OnTrack << qint64(3600) << qint64(10800);
    QTest::newRow("overnight, 30 min left")
        << hot << jan(12, 15) << jan(13, 10, 30) << SlaState::AtRisk << qint64(1800) << qint64(12600);

    // Standard, Mon 10:00 → deadline Thu 10:00; at risk once less than 6h is left (Wed 12:00).
    const QString standard = QStringLiteral("standard");
    QTest::newRow("standard, 6h left") << standard << jan(12, 10) << jan(14, 12) << SlaState::OnTrack
                                       << qint64(6 * 3600) << qint64(18 * 3600);
    QTest::newRow("standard, under 6h left")
        << standard << jan(12, 10) << jan(14, 12, 0, 1) << SlaState::AtRisk << qint64(6 * 3600 - 1)
        << qint64(18 * 3600 + 1);
    QTest::newRow("standard, at risk at night")
        << standard << jan(12, 10) << jan(14, 23) << SlaState::AtRisk << qint64(3600) << qint64(23 * 3600);
}

void tst_SlaClock::status()
{
    QFETCH(QString, tier);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, now);
    QFETCH(SlaState, state);
    QFETCH(qint64, remaining);
    QFETCH(qint64, elapsed);

    const SlaClock clock = nySlaClock();
    const SlaStatus status = clock.status(clock.open(start, tierNamed(tier)), now);
    QCOMPARE(slaStateToString(status.state), slaStateToString(state));
    QCOMPARE(status.remainingSeconds, remaining);
    QCOMPARE(status.elapsedSeconds, elapsed);
}

void tst_SlaClock::statusFollowsManualClock()
{
    const SlaClock sla = nySlaClock();
    ManualClock clock(jan(9, 15)); // Friday 15:00
    QCOMPARE(clock.nowUtc().timeSpec(), Qt::UTC);
    const SlaWindow window = sla.open(clock.nowUtc(), tierNamed(QStringLiteral("hot"))); // due Mon 11:00

    QCOMPARE(sla.status(window, clock.nowUtc()).state, SlaState::OnTrack);
    clock.advance(2 * 3600); // Fri 17:00: 2h left
    QCOMPARE(sla.status(window, clock.nowUtc()).remainingSeconds, qint64(7200));
    clock.advance(2 * 24 * 3600); // Sun 17:00: the weekend costs nothing
    QCOMPARE(sla.status(window, clock.nowUtc()).remainingSeconds, qint64(7200));
    QCOMPARE(sla.status(window, clock.nowUtc()).state, SlaState::OnTrack);
    clock.set(jan(12, 10, 0, 1)); // Mon 10:00:01
    QCOMPARE(sla.status(window, clock.nowUtc()).state, SlaState::AtRisk);
    clock.advance(3599); // Mon 11:00
    QCOMPARE(sla.status(window, clock.nowUtc()).state, SlaState::Breached);
    QCOMPARE(clock.nowUtc(), jan(12, 11).toUTC());
}

void tst_SlaClock::met_data()
{
    QTest::addColumn<QDateTime>("metAt");
    QTest::addColumn<SlaState>("state");
    QTest::addColumn<qint64>("remaining");

    // Hot, Mon 10:00 → deadline 14:00.
    QTest::newRow("early") << jan(12, 11) << SlaState::Met << qint64(3 * 3600);
    QTest::newRow("while at risk") << jan(12, 13, 30) << SlaState::Met << qint64(1800);
    QTest::newRow("in the last second") << jan(12, 14) << SlaState::Met << qint64(0);
    QTest::newRow("a second late") << jan(12, 14, 0, 1) << SlaState::Breached << qint64(-1);
    QTest::newRow("next day") << jan(13, 10) << SlaState::Breached << qint64(-14400);
}

void tst_SlaClock::met()
{
    QFETCH(QDateTime, metAt);
    QFETCH(SlaState, state);
    QFETCH(qint64, remaining);

    const SlaClock clock = nySlaClock();
    const SlaWindow open = clock.open(jan(12, 10), tierNamed(QStringLiteral("hot")));
    const SlaWindow met = clock.meet(open, metAt);
    QVERIFY(met.isMet());
    QCOMPARE(met.metAtUtc, metAt.toUTC());
    QCOMPARE(met.deadlineUtc, open.deadlineUtc);

    // Once decided, the outcome is frozen at the decision: later "now"s do not change it.
    for (const QDateTime &now : { metAt, jan(12, 23), jan(20, 12) }) {
        const SlaStatus status = clock.status(met, now);
        QCOMPARE(slaStateToString(status.state), slaStateToString(state));
        QCOMPARE(status.remainingSeconds, remaining);
        QCOMPARE(status.elapsedSeconds, 4 * 3600 - remaining);
    }
}

void tst_SlaClock::meetWhilePaused()
{
    const SlaClock clock = nySlaClock();
    const SlaWindow open = clock.open(jan(12, 10), tierNamed(QStringLiteral("hot")));
    const SlaWindow paused = clock.pause(open, jan(12, 11)); // 3h left
    // Decided two days later, still within the 3h that were left when the lead was put on hold.
    const SlaWindow met = clock.meet(paused, jan(14, 10));
    QVERIFY(!met.isPaused());
    QVERIFY(met.isMet());
    QCOMPARE(met.deadlineUtc, jan(14, 13).toUTC());
    QCOMPARE(clock.status(met, jan(20, 9)).state, SlaState::Met);
    QCOMPARE(clock.status(met, jan(20, 9)).remainingSeconds, qint64(3 * 3600));
}

void tst_SlaClock::pauseResume_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("pauseAt");
    QTest::addColumn<QDateTime>("resumeAt");
    QTest::addColumn<qint64>("remainingAtPause");
    QTest::addColumn<QDateTime>("deadline");

    // All hot (4h) windows.
    QTest::newRow("half an hour on hold")
        << jan(12, 10) << jan(12, 11) << jan(12, 11, 30) << qint64(3 * 3600) << jan(12, 14, 30);
    // Resumed Wed 16:00 with 3h left: 1h Wednesday, 2h Thursday.
    QTest::newRow("two days on hold")
        << jan(12, 10) << jan(12, 11) << jan(14, 16) << qint64(3 * 3600) << jan(15, 11);
    // Resumed on Saturday: the remaining 3h count from Monday 09:00.
    QTest::newRow("resumed on a weekend")
        << jan(12, 10) << jan(12, 11) << ny(2026, 1, 17, 10) << qint64(3 * 3600) << jan(19, 12);
    // 30 min left; resumed Fri 16:50 → 10 min Friday, 20 min Monday.
    QTest::newRow("remaining spans a weekend")
        << jan(12, 10) << jan(12, 13, 30) << jan(16, 16, 50) << qint64(1800) << jan(19, 9, 20);
    // Mon 15:00 → due Tue 11:00; on hold only outside working hours, so nothing moves.
    QTest::newRow("on hold overnight")
        << jan(12, 15) << jan(12, 20) << jan(13, 8) << qint64(2 * 3600) << jan(13, 11);
    QTest::newRow("paused and resumed at once")
        << jan(12, 10) << jan(12, 12) << jan(12, 12) << qint64(2 * 3600) << jan(12, 14);
}

void tst_SlaClock::pauseResume()
{
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, pauseAt);
    QFETCH(QDateTime, resumeAt);
    QFETCH(qint64, remainingAtPause);
    QFETCH(QDateTime, deadline);

    const SlaClock clock = nySlaClock();
    const SlaWindow open = clock.open(start, tierNamed(QStringLiteral("hot")));

    const SlaWindow paused = clock.pause(open, pauseAt);
    QVERIFY(paused.isPaused());
    QCOMPARE(paused.pausedAtUtc, pauseAt.toUTC());
    QCOMPARE(paused.remainingAtPause, remainingAtPause);
    const SlaStatus onHold = clock.status(paused, resumeAt);
    QCOMPARE(onHold.state, SlaState::Paused);
    QCOMPARE(onHold.remainingSeconds, remainingAtPause);
    QCOMPARE(onHold.elapsedSeconds, 4 * 3600 - remainingAtPause);

    const SlaWindow resumed = clock.resume(paused, resumeAt);
    QVERIFY(!resumed.isPaused());
    QCOMPARE(resumed.remainingAtPause, qint64(0));
    QCOMPARE(resumed.startUtc, open.startUtc);
    QCOMPARE(resumed.windowSeconds, open.windowSeconds);
    QCOMPARE(resumed.deadlineUtc, deadline.toUTC());
    // Exactly the time that was left is granted again.
    QCOMPARE(clock.status(resumed, resumeAt).remainingSeconds, remainingAtPause);
    QCOMPARE(clock.calendar().businessSecondsBetween(resumeAt, resumed.deadlineUtc), remainingAtPause);
}

void tst_SlaClock::pausedWindowNeverBreaches()
{
    const SlaClock clock = nySlaClock();
    const SlaWindow paused
        = clock.pause(clock.open(jan(12, 10), tierNamed(QStringLiteral("hot"))), jan(12, 13));
    for (const QDateTime &now : { jan(12, 13), jan(12, 14), jan(12, 17), jan(30, 12) }) {
        const SlaStatus status = clock.status(paused, now);
        QCOMPARE(status.state, SlaState::Paused);
        QCOMPARE(status.remainingSeconds, qint64(3600));
        QCOMPARE(status.elapsedSeconds, qint64(3 * 3600));
    }
}

void tst_SlaClock::pauseWhileOverdue()
{
    const SlaClock clock = nySlaClock();
    const SlaWindow open = clock.open(jan(12, 10), tierNamed(QStringLiteral("hot"))); // due 14:00
    const SlaWindow paused = clock.pause(open, jan(12, 15));
    QCOMPARE(paused.remainingAtPause, qint64(-3600));
    QCOMPARE(clock.status(paused, jan(13, 9)).state, SlaState::Paused);
    QCOMPARE(clock.status(paused, jan(13, 9)).elapsedSeconds, qint64(5 * 3600));

    // Coming back from hold does not undo the breach: it is due at once.
    const SlaWindow resumed = clock.resume(paused, jan(13, 10));
    QCOMPARE(resumed.deadlineUtc, jan(13, 10).toUTC());
    QCOMPARE(clock.status(resumed, jan(13, 10)).state, SlaState::Breached);
    QCOMPARE(clock.status(resumed, jan(13, 10)).remainingSeconds, qint64(0));
}

void tst_SlaClock::pauseAndResumeAreIdempotent()
{
    const SlaClock clock = nySlaClock();
    const SlaWindow open = clock.open(jan(12, 10), tierNamed(QStringLiteral("hot")));
    const SlaWindow paused = clock.pause(open, jan(12, 11));

    QCOMPARE(clock.pause(paused, jan(12, 12)), paused); // the first hold counts
    QCOMPARE(clock.resume(open, jan(12, 12)), open); // nothing to resume
    const SlaWindow met = clock.meet(open, jan(12, 12));
    QCOMPARE(clock.pause(met, jan(12, 13)), met); // a decided lead cannot be put on hold
    QCOMPARE(clock.status(met, jan(12, 13)).state, SlaState::Met);
}

void tst_SlaClock::thresholds_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("warnAt");
    QTest::addColumn<QDateTime>("escalateAt");
    QTest::addColumn<QDateTime>("rerouteAt");

    // warn after 75% of the window, escalate at the deadline, re-route half a window (business
    // time) after the deadline.
    QTest::newRow("hot") << QStringLiteral("hot") << jan(12, 10) << jan(12, 13) << jan(12, 14) << jan(12, 16);
    // Fri 15:00: 3h used at Mon 10:00, due Mon 11:00, re-routed Mon 13:00.
    QTest::newRow("hot over a weekend")
        << QStringLiteral("hot") << jan(9, 15) << jan(12, 10) << jan(12, 11) << jan(12, 13);
    // Mon 15:00: 3h used at Tue 10:00, due Tue 11:00, re-routed Tue 13:00.
    QTest::newRow("hot over a night")
        << QStringLiteral("hot") << jan(12, 15) << jan(13, 10) << jan(13, 11) << jan(13, 13);
    // 18h used at Wed 12:00, due Thu 10:00, + 12h = Thu 10–17 (7h) and Fri 09–14.
    QTest::newRow("standard") << QStringLiteral("standard") << jan(12, 10) << jan(14, 12) << jan(15, 10)
                              << jan(16, 14);
    // 36h used at Fri 14:00, due Tue 20th 10:00, + 24h = Tue 7h, Wed 8h, Thu 8h, Fri 23rd 09–10.
    QTest::newRow("low") << QStringLiteral("low") << jan(12, 10) << jan(16, 14) << jan(20, 10) << jan(23, 10);
}

void tst_SlaClock::thresholds()
{
    QFETCH(QString, tier);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, warnAt);
    QFETCH(QDateTime, escalateAt);
    QFETCH(QDateTime, rerouteAt);

    const SlaClock clock = nySlaClock();
    const SlaWindow window = clock.open(start, tierNamed(tier));
    const EscalationThresholds t = clock.thresholds(window);
    QCOMPARE(t.warnAtUtc, warnAt.toUTC());
    QCOMPARE(t.escalateAtUtc, escalateAt.toUTC());
    QCOMPARE(t.escalateAtUtc, window.deadlineUtc);
    QCOMPARE(t.rerouteAtUtc, rerouteAt.toUTC());

    // The ladder agrees with status(): a quarter of the window is left at the warning, and the
    // window is at risk right after it.
    QCOMPARE(clock.status(window, t.warnAtUtc).remainingSeconds, window.windowSeconds / 4);
    QCOMPARE(clock.status(window, t.warnAtUtc.addSecs(-1)).state, SlaState::OnTrack);
    QCOMPARE(clock.status(window, t.warnAtUtc.addSecs(1)).state, SlaState::AtRisk);
    QCOMPARE(clock.status(window, t.escalateAtUtc).state, SlaState::Breached);
    QCOMPARE(clock.status(window, t.rerouteAtUtc).remainingSeconds, -window.windowSeconds / 2);
}

void tst_SlaClock::thresholdsAfterResume()
{
    const SlaClock clock = nySlaClock();
    const SlaWindow open = clock.open(jan(12, 10), tierNamed(QStringLiteral("hot")));
    // On hold from Mon 11:00 (3h left) to Tue 09:00: due Tue 12:00.
    const SlaWindow resumed = clock.resume(clock.pause(open, jan(12, 11)), jan(13, 9));
    QCOMPARE(resumed.deadlineUtc, jan(13, 12).toUTC());

    // The warning comes when 1h is left (Tue 11:00), not 3 business hours after the start (Mon 13:00,
    // while the lead was on hold).
    const EscalationThresholds t = clock.thresholds(resumed);
    QCOMPARE(t.warnAtUtc, jan(13, 11).toUTC());
    QCOMPARE(t.escalateAtUtc, jan(13, 12).toUTC());
    QCOMPARE(t.rerouteAtUtc, jan(13, 14).toUTC());
    QCOMPARE(clock.status(resumed, t.warnAtUtc).state, SlaState::OnTrack);
    QCOMPARE(clock.status(resumed, t.warnAtUtc.addSecs(1)).state, SlaState::AtRisk);
}

void tst_SlaClock::followUp_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QDateTime>("acceptedAt");
    QTest::addColumn<qint64>("windowSeconds");
    QTest::addColumn<QDateTime>("deadline");

    QTest::newRow("hot") << QStringLiteral("hot") << jan(12, 10) << qint64(4 * 3600) << jan(12, 14);
    QTest::newRow("hot on friday") << QStringLiteral("hot") << jan(9, 16) << qint64(4 * 3600) << jan(12, 12);
    QTest::newRow("standard") << QStringLiteral("standard") << jan(12, 10) << qint64(24 * 3600)
                              << jan(15, 10);
    // Low leads get 48h to be decided but 24h to be worked once accepted.
    QTest::newRow("low") << QStringLiteral("low") << jan(12, 10) << qint64(24 * 3600) << jan(15, 10);
}

void tst_SlaClock::followUp()
{
    QFETCH(QString, tier);
    QFETCH(QDateTime, acceptedAt);
    QFETCH(qint64, windowSeconds);
    QFETCH(QDateTime, deadline);

    const SlaWindow window = nySlaClock().openFollowUp(acceptedAt, tierNamed(tier));
    QCOMPARE(window.startUtc, acceptedAt.toUTC());
    QCOMPARE(window.windowSeconds, windowSeconds);
    QCOMPARE(window.deadlineUtc, deadline.toUTC());
}

void tst_SlaClock::chooseTier_data()
{
    QTest::addColumn<TierInput>("in");
    QTest::addColumn<QString>("tier");

    const auto demo
        = [](int daysAgo) { return signalOf(QStringLiteral("demo_request"), kNow.addDays(-daysAgo)); };
    const auto pricing
        = [](int daysAgo) { return signalOf(QStringLiteral("pricing_page"), kNow.addDays(-daysAgo)); };

    QTest::newRow("demo request, ICP, 3 days ago") << input(80, true, { demo(3) }) << QStringLiteral("hot");
    QTest::newRow("pricing page, ICP, yesterday") << input(55, true, { pricing(1) }) << QStringLiteral("hot");
    QTest::newRow("demo request, ICP, exactly 14 days")
        << input(80, true, { demo(14) }) << QStringLiteral("hot");
    QTest::newRow("demo request, ICP, 14 days and a second")
        << input(80, true, { signalOf(QStringLiteral("demo_request"), kNow.addDays(-14).addSecs(-1)) })
        << QStringLiteral("standard");
    QTest::newRow("demo request, ICP, 15 days")
        << input(80, true, { demo(15) }) << QStringLiteral("standard");
    QTest::newRow("old demo, fresh pricing page")
        << input(80, true, { demo(40), pricing(2) }) << QStringLiteral("hot");
    QTest::newRow("demo request, not ICP") << input(80, false, { demo(3) }) << QStringLiteral("standard");
    QTest::newRow("pricing page, not ICP") << input(70, false, { pricing(1) }) << QStringLiteral("standard");
    QTest::newRow("webinar, ICP") << input(
        80, true, { signalOf(QStringLiteral("webinar"), kNow.addDays(-1)) })
                                  << QStringLiteral("standard");
    QTest::newRow("undated demo request, ICP")
        << input(80, true, { signalOf(QStringLiteral("demo_request"), QDateTime()) })
        << QStringLiteral("standard");
    QTest::newRow("score 39") << input(39, true) << QStringLiteral("low");
    QTest::newRow("score 0") << input(0, false) << QStringLiteral("low");
    QTest::newRow("score 40") << input(40, false) << QStringLiteral("standard");
    QTest::newRow("low score, not ICP, demo request")
        << input(30, false, { demo(1) }) << QStringLiteral("low");
    // The hot rule comes first: a low score does not demote a fresh ICP demo request.
    QTest::newRow("low score, ICP, demo request") << input(20, true, { demo(1) }) << QStringLiteral("hot");
    QTest::newRow("no signals, ICP, score 90") << input(90, true) << QStringLiteral("hot");
    QTest::newRow("no signals, ICP, score 84") << input(84, true) << QStringLiteral("standard");
    QTest::newRow("no signals, not ICP, score 90") << input(90, false) << QStringLiteral("standard");
}

void tst_SlaClock::chooseTier()
{
    QFETCH(TierInput, in);
    QFETCH(QString, tier);

    const SlaTier chosen = SlaPolicy::defaults().chooseTier(in);
    QCOMPARE(chosen.id, tier);
    QCOMPARE(chosen, tierNamed(tier));
}

void tst_SlaClock::defaultTier()
{
    SlaPolicy policy = SlaPolicy::defaults();
    policy.defaultTier = QStringLiteral("low");
    QCOMPARE(policy.chooseTier(input(60, false)).id, QStringLiteral("low"));
    QCOMPARE(policy.chooseTier(input(60, true, { signalOf(QStringLiteral("demo_request"), kNow) })).id,
        QStringLiteral("hot"));

    policy.tierRules.clear();
    policy.defaultTier = QStringLiteral("hot");
    QCOMPARE(policy.chooseTier(input(10, false)).id, QStringLiteral("hot"));

    // A default tier the policy does not define still gives a usable tier: the slowest allowed.
    policy.defaultTier = QStringLiteral("vip");
    policy.maxHours = 36;
    const SlaTier fallback = policy.chooseTier(input(60, false));
    QCOMPARE(fallback.id, QStringLiteral("vip"));
    QCOMPARE(fallback.responseHours, 36.0);
    QCOMPARE(fallback.followUpHours, 24.0);
}

void tst_SlaClock::ruleNamingUnknownTierIsSkipped()
{
    SlaPolicy policy = SlaPolicy::defaults();
    TierRule everything;
    everything.tier = QStringLiteral("platinum");
    policy.tierRules.prepend(everything);
    QCOMPARE(policy.chooseTier(input(20, false)).id, QStringLiteral("low"));
    QCOMPARE(policy.chooseTier(input(60, false)).id, QStringLiteral("standard"));
}

void tst_SlaClock::tierRuleConditions_data()
{
    QTest::addColumn<TierRule>("rule");
    QTest::addColumn<TierInput>("in");
    QTest::addColumn<bool>("matches");

    const TierRule empty;
    QTest::newRow("empty rule") << empty << input(0, false) << true;

    TierRule minScore;
    minScore.minScore = 50;
    QTest::newRow("min score, below") << minScore << input(49, false) << false;
    QTest::newRow("min score, at") << minScore << input(50, false) << true;

    TierRule maxScore;
    maxScore.maxScore = 39;
    QTest::newRow("max score, at") << maxScore << input(39, false) << true;
    QTest::newRow("max score, above") << maxScore << input(40, false) << false;

    TierRule minFit;
    minFit.minFit = 20;
    TierInput fit19 = input(50, true);
    fit19.fitPoints = 19;
    TierInput fit20 = fit19;
    fit20.fitPoints = 20;
    QTest::newRow("min fit, below") << minFit << fit19 << false;
    QTest::newRow("min fit, at") << minFit << fit20 << true;

    TierRule icp;
    icp.requireIcpFit = true;
    QTest::newRow("ICP required, fits") << icp << input(50, true) << true;
    QTest::newRow("ICP required, does not fit") << icp << input(50, false) << false;

    TierRule sources;
    sources.sources = { QStringLiteral("inbound"), QStringLiteral("partner") };
    TierInput inbound = input(50, false);
    inbound.source = QStringLiteral("inbound");
    TierInput purchased = input(50, false);
    purchased.source = QStringLiteral("purchased_list");
    QTest::newRow("source listed") << sources << inbound << true;
    QTest::newRow("source not listed") << sources << purchased << false;

    TierRule anyTime;
    anyTime.anySignal = { QStringLiteral("intent") };
    QTest::newRow("signal of any age")
        << anyTime << input(50, false, { signalOf(QStringLiteral("intent"), kNow.addYears(-1)) }) << true;
    QTest::newRow("signal of another kind")
        << anyTime << input(50, false, { signalOf(QStringLiteral("webinar"), kNow) }) << false;
    QTest::newRow("no signals") << anyTime << input(50, false) << false;

    TierRule all = icp;
    all.minScore = 60;
    all.anySignal = { QStringLiteral("demo_request") };
    all.signalWithinDays = 7;
    const EngagementSignal freshDemo = signalOf(QStringLiteral("demo_request"), kNow.addDays(-2));
    QTest::newRow("all conditions hold") << all << input(60, true, { freshDemo }) << true;
    QTest::newRow("all but the score") << all << input(59, true, { freshDemo }) << false;
    QTest::newRow("all but the age") << all
                                     << input(60, true,
                                            { signalOf(QStringLiteral("demo_request"), kNow.addDays(-8)) })
                                     << false;
}

void tst_SlaClock::tierRuleConditions()
{
    QFETCH(TierRule, rule);
    QFETCH(TierInput, in);
    QFETCH(bool, matches);

    QCOMPARE(rule.matches(in), matches);
}

QTEST_GUILESS_MAIN(tst_SlaClock)
#include "tst_SlaClock.moc"
