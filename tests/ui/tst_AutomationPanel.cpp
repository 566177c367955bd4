// The Automation tab and the qualify dialog on a real team store: a manager's panel runs the
// escalation ladder off the UI thread and says what it did, the feed shows escalations to the
// manager and re-routed leads to the rep who got them, and an accepted lead is marked SQL or
// disqualified through the dialog with every problem shown.

#include "automation/AutomationFeedModel.h"
#include "automation/AutomationPanel.h"
#include "automation/EscalationService.h"
#include "automation/QualifyDialog.h"
#include "session/RepWorkspace.h"
#include "sla/ManualClock.h"
#include "support/AutomationFixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>

using namespace sal::core;
using namespace sal::test;
using sal::ui::AutomationFeedModel;
using sal::ui::AutomationPanel;
using sal::ui::QualifyDialog;

class tst_AutomationPanel : public QObject
{
    Q_OBJECT

    AutomationFixture f;
    ManualClock m_clock { utc("2026-03-09T16:00:00Z") }; // Monday noon in New York

    std::unique_ptr<RepWorkspace> workspace(const QString &email)
    {
        auto ws = RepWorkspace::open(
            { f.teamPath(), f.dir.filePath(email + QStringLiteral(".local.sqlite")), email }, m_clock);
        if (!ws || !(*ws)->sync())
            qFatal("cannot open %s's workspace", qPrintable(email));
        return std::move(ws).value();
    }

    static QStringList column(const AutomationFeedModel &model, int column)
    {
        QStringList list;
        for (int r = 0; r < model.rowCount(); ++r)
            list << model.index(r, column).data().toString();
        return list;
    }

private Q_SLOTS:
    void init()
    {
        f.~AutomationFixture();
        new (&f) AutomationFixture();
        QVERIFY(f.initAutomation());
        // Routed Friday 14:00 in New York, hot: by Monday noon past the deadline and the re-route threshold.
        QVERIFY(f.put(AutomationFixture::midMarketLead(
            QStringLiteral("L1"), f.repA, utc("2026-03-06T19:00:00Z"), QStringLiteral("hot"))));
    }

    void managerPanelRunsTheLadderAndShowsIt()
    {
        auto mia = workspace(f.manager);
        AutomationPanel panel(*mia, m_clock);
        QAbstractItemModelTester tester(panel.model());
        QVERIFY(panel.escalation());
        QSignalSpy rounds(panel.escalation(), &EscalationService::roundFinished);
        QSignalSpy changed(&panel, &AutomationPanel::teamStoreChanged);
        QVERIFY(rounds.wait(60000)); // the first round starts with the panel
        QCOMPARE(changed.size(), 1);
        const QString status = panel.findChild<QLabel *>(QStringLiteral("automationStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("1 escalated to you, 1 re-routed")), qPrintable(status));

        QVERIFY_OK(mia->sync());
        panel.show(); // the feed is read while the tab is on screen
        panel.reload();
        QCOMPARE(column(*panel.model(), AutomationFeedModel::Lead),
            (QStringList { QStringLiteral("L1"), QStringLiteral("L1") }));
        const QStringList what = column(*panel.model(), AutomationFeedModel::What);
        QVERIFY2(what.contains(QStringLiteral("SLA breached: escalated")),
            qPrintable(what.join(QLatin1Char('|'))));
        QVERIFY2(what.contains(QStringLiteral("Re-routed")), qPrintable(what.join(QLatin1Char('|'))));

        // "Run now" (a button and Ctrl+Shift+E in the window) runs another round; nothing is left to do.
        QTest::mouseClick(
            panel.findChild<QPushButton *>(QStringLiteral("runEscalationButton")), Qt::LeftButton);
        QVERIFY(rounds.wait(60000));
        QVERIFY(rounds.at(1).at(0).value<QList<LadderAction>>().isEmpty());
    }

    void repSeesTheLeadReroutedToThemButNotTheEscalation()
    {
        {
            auto mia = workspace(f.manager);
            AutomationPanel manager(*mia, m_clock);
            QSignalSpy rounds(manager.escalation(), &EscalationService::roundFinished);
            QVERIFY(rounds.wait(60000));
        }
        const QString newOwner = f.snapshot(QStringLiteral("L1")).lead.ownerEmail;
        QVERIFY(newOwner != f.repA);
        auto rep = workspace(newOwner);
        AutomationPanel panel(*rep, m_clock);
        QVERIFY(!panel.escalation()); // reps do not run the ladder
        panel.show();
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("runEscalationButton"))->isVisible());
        QCOMPARE(
            column(*panel.model(), AutomationFeedModel::What), QStringList { QStringLiteral("Re-routed") });
        QVERIFY(column(*panel.model(), AutomationFeedModel::Detail).constFirst().contains(newOwner));
    }

    void qualifyDialogShowsEveryProblemThenRecords()
    {
        QVERIFY(f.put(
            AutomationFixture::midMarketLead(QStringLiteral("L2"), f.repA, utc("2026-03-09T14:00:00Z"))));
        f.decideAndPush(QStringLiteral("L2"), f.repA, acceptDisposition(utc("2026-03-10T15:00:00Z")),
            utc("2026-03-09T14:30:00Z"));
        auto ana = workspace(f.repA);
        QualifyDialog dialog(*ana, m_clock, QStringLiteral("L2"));
        dialog.show();
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("qualifyOk"));
        dialog.findChild<QComboBox *>(QStringLiteral("budgetCombo"))->setCurrentIndex(1);
        dialog.findChild<QComboBox *>(QStringLiteral("needCombo"))->setCurrentIndex(1);
        QTest::mouseClick(ok, Qt::LeftButton);
        const QString errors = dialog.findChild<QLabel *>(QStringLiteral("qualifyErrors"))->text();
        QVERIFY2(errors.contains(QStringLiteral("authority")) && errors.contains(QStringLiteral("timeline")),
            qPrintable(errors));
        QVERIFY(dialog.isVisible());
        QCOMPARE(f.snapshot(QStringLiteral("L2")).lead.stage, Stage::Sal);

        dialog.findChild<QComboBox *>(QStringLiteral("authorityCombo"))->setCurrentIndex(1);
        dialog.findChild<QComboBox *>(QStringLiteral("timelineCombo"))->setCurrentIndex(2);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(f.snapshot(QStringLiteral("L2")).lead.stage, Stage::Sql);
        QCOMPARE(f.snapshot(QStringLiteral("L2")).events.last().reason,
            QStringLiteral("budget:yes authority:yes need:yes timeline:no"));
    }

    void disqualifyThroughTheDialog()
    {
        QVERIFY(f.put(
            AutomationFixture::midMarketLead(QStringLiteral("L2"), f.repA, utc("2026-03-09T14:00:00Z"))));
        f.decideAndPush(QStringLiteral("L2"), f.repA, acceptDisposition(utc("2026-03-10T15:00:00Z")),
            utc("2026-03-09T14:30:00Z"));
        auto ana = workspace(f.repA);
        QualifyDialog dialog(*ana, m_clock, QStringLiteral("L2"));
        dialog.show();
        auto *disqualify = dialog.findChild<QRadioButton *>(QStringLiteral("disqualifyRadio"));
        disqualify->click();
        QVERIFY(disqualify->isChecked());
        auto *reason = dialog.findChild<QComboBox *>(QStringLiteral("disqualifyReason"));
        reason->setCurrentIndex(reason->findData(QStringLiteral("bad_timing")));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("qualifyOk")), Qt::LeftButton);
        QVERIFY2(dialog.result() == int(QDialog::Accepted),
            qPrintable(dialog.findChild<QLabel *>(QStringLiteral("qualifyErrors"))->text()));
        const LeadSnapshot s = f.snapshot(QStringLiteral("L2"));
        QCOMPARE(s.lead.stage, Stage::Disqualified);
        QVERIFY(s.events.last().reason.startsWith(QStringLiteral("quarterly-re-engagement until ")));
        QVERIFY(dialog.outcome().contains(QStringLiteral("Quarterly re-engagement")));
    }
};

QTEST_MAIN(tst_AutomationPanel)
#include "tst_AutomationPanel.moc"
