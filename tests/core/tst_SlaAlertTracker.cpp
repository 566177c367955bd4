// When the window notifies a rep: once per lead for at risk, once for breached, never repeated.

#include "sla/SlaAlertTracker.h"

#include <QTest>

using namespace sal::core;

class tst_SlaAlertTracker : public QObject
{
    Q_OBJECT

    using Alert = SlaAlertTracker::Alert;

private Q_SLOTS:
    void announcesEachUrgentStateOnce()
    {
        SlaAlertTracker tracker;
        QCOMPARE(tracker.update({ { QStringLiteral("L1"), SlaState::OnTrack },
                     { QStringLiteral("L2"), SlaState::AtRisk } }),
            (QList<Alert> { { QStringLiteral("L2"), SlaState::AtRisk } }));
        // Same states a second later: nothing new.
        QVERIFY(tracker
                    .update({ { QStringLiteral("L1"), SlaState::OnTrack },
                        { QStringLiteral("L2"), SlaState::AtRisk } })
                    .isEmpty());
        // L1 goes at risk, L2 breaches: both announced.
        QCOMPARE(tracker.update({ { QStringLiteral("L1"), SlaState::AtRisk },
                     { QStringLiteral("L2"), SlaState::Breached } }),
            (QList<Alert> {
                { QStringLiteral("L1"), SlaState::AtRisk }, { QStringLiteral("L2"), SlaState::Breached } }));
        QVERIFY(tracker
                    .update({ { QStringLiteral("L1"), SlaState::AtRisk },
                        { QStringLiteral("L2"), SlaState::Breached } })
                    .isEmpty());
    }

    void pausedLeadIsNotAnnouncedAgainOnResume()
    {
        SlaAlertTracker tracker;
        QCOMPARE(tracker.update({ { QStringLiteral("L1"), SlaState::AtRisk } }).size(), 1);
        QVERIFY(tracker.update({ { QStringLiteral("L1"), SlaState::Paused } }).isEmpty());
        QVERIFY(tracker.update({ { QStringLiteral("L1"), SlaState::AtRisk } }).isEmpty());
    }

    void leadThatLeftAndCameBackIsAnnouncedAfresh()
    {
        SlaAlertTracker tracker;
        QCOMPARE(tracker.update({ { QStringLiteral("L1"), SlaState::Breached } }).size(), 1);
        QVERIFY(tracker.update({}).isEmpty()); // decided: gone from the queue
        QCOMPARE(tracker.update({ { QStringLiteral("L1"), SlaState::Breached } }),
            (QList<Alert> { { QStringLiteral("L1"), SlaState::Breached } }));
    }
};

QTEST_GUILESS_MAIN(tst_SlaAlertTracker)
#include "tst_SlaAlertTracker.moc"
