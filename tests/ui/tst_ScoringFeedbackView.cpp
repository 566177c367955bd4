// The scoring-feedback tab: computed on a worker thread over its own team-store connection, shown
// through a model that passes QAbstractItemModelTester; offline it says why it cannot.

#include "insight/ScoringFeedbackModel.h"
#include "insight/ScoringFeedbackView.h"
#include "sla/ManualClock.h"
#include "support/AutomationFixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace sal::core;
using namespace sal::test;
using sal::ui::ScoringFeedbackModel;
using sal::ui::ScoringFeedbackView;

class tst_ScoringFeedbackView : public QObject
{
    Q_OBJECT

    AutomationFixture f;
    ManualClock m_clock { utc("2026-11-30T15:00:00Z") };

private Q_SLOTS:
    void init()
    {
        f.~AutomationFixture();
        new (&f) AutomationFixture;
        QVERIFY(f.initAutomation());
        const QDateTime at = m_clock.nowUtc().addDays(-3);
        for (int i = 0; i < 12; ++i) {
            Lead lead
                = AutomationFixture::midMarketLead(QStringLiteral("F%1").arg(i), f.repA, at.addSecs(-3600));
            lead.account.employees = 20 + i; // all under 50, not under 20: the proposal is a minimum of 50
            QVERIFY(f.put(lead));
            QCOMPARE(
                f.decideAndPush(lead.id, f.repA, rejectDisposition(QStringLiteral("company_too_small")), at)
                    .status,
                ApplyStatus::Applied);
        }
    }

    void computesOffTheUiThreadAndShowsTheFindings()
    {
        SyncService::TeamStoreFactory factory = [this]() -> Result<std::unique_ptr<TeamStore>> {
            std::unique_ptr<SqlTeamStore> store = f.openTeamAgain();
            if (!store)
                return Problem::forField(QStringLiteral("team-store"), QStringLiteral("cannot open"));
            return std::unique_ptr<TeamStore>(std::move(store));
        };
        ScoringFeedbackView view(factory, f.policy, m_clock);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *refresh = view.findChild<QPushButton *>(QStringLiteral("scoringFeedbackRefresh"));
        QVERIFY(refresh && refresh->isEnabled());
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(view.isComputing());
        QTRY_VERIFY(!view.isComputing());
        const ScoringFeedbackModel &model = *view.model();
        QVERIFY2(model.rowCount() >= 3,
            qPrintable(view.findChild<QLabel *>(QStringLiteral("scoringFeedbackSummary"))->text()));
        // The proposal first, with its measured effect; then the red source; then the reason's share.
        QCOMPARE(
            model.index(0, 0).data(ScoringFeedbackModel::KindRole).toString(), QStringLiteral("proposal"));
        QCOMPARE(model.index(0, ScoringFeedbackModel::Figure).data().toString(),
            QStringLiteral("−12 rejected, −0 accepted"));
        QVERIFY(model.index(0, ScoringFeedbackModel::Detail)
                    .data()
                    .toString()
                    .contains(QStringLiteral("under the ICP minimum of 50 employees")));
        QCOMPARE(
            model.index(1, 0).data(ScoringFeedbackModel::KindRole).toString(), QStringLiteral("channel"));
        QCOMPARE(model.index(1, ScoringFeedbackModel::Subject).data().toString(), QStringLiteral("webinar"));
        QCOMPARE(model.index(model.rowCount() - 1, 0).data(ScoringFeedbackModel::KindRole).toString(),
            QStringLiteral("reason"));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("scoringFeedbackSummary"))
                    ->text()
                    .startsWith(QStringLiteral("0 accepted and 12 rejected")));
    }

    void offlineSaysItNeedsTheTeamStore()
    {
        ScoringFeedbackView view({}, f.policy, m_clock);
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("scoringFeedbackRefresh"))->isEnabled());
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("scoringFeedbackSummary"))
                    ->text()
                    .contains(QStringLiteral("offline")));
        view.refresh();
        QVERIFY(!view.isComputing());
    }
};

QTEST_MAIN(tst_ScoringFeedbackView)
#include "tst_ScoringFeedbackView.moc"
