// The manager's team panel in the real window on a demo workspace: it is the manager's start page,
// every report arrives from the worker thread, changing the period reads them again, Enter on a rep
// shows only that rep's leads in the queue, and the monthly-review export writes a CSV per report
// and a PDF. The Xvfb run (tst_TeamPanel_xvfb) also writes team-panel*.png.

#include "MainWindow.h"
#include "WorkbenchActions.h"
#include "demo/DemoWorkspace.h"
#include "manager/ReportTableModel.h"
#include "manager/TeamPanel.h"
#include "models/QueueFilterModel.h"
#include "models/QueueModel.h"
#include "queue/QueuePane.h"
#include "reports/ReportCatalog.h"
#include "session/RepWorkspace.h"
#include "sla/ManualClock.h"
#include "support/SyncFixture.h"
#include "support/WindowScreenshot.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

using namespace sal::core;
using namespace sal::test;
using sal::ui::MainWindow;
using sal::ui::ReportTableModel;
using sal::ui::TeamPanel;

class tst_TeamPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { utc("2026-11-23T15:00:00Z") }; // Monday, inside both teams' hours
    QString m_manager;
    std::unique_ptr<RepWorkspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    TeamPanel *panel() const { return m_window->teamPanel(); }
    void waitForReports() { QTRY_VERIFY_WITH_TIMEOUT(!panel()->isRefreshing(), 30000); }
    qint64 teamDecisions() const
    {
        const auto &t = panel()->repModel()->table();
        qint64 n = 0;
        for (qsizetype r = 0; r < t.rowCount(); ++r)
            n += t.value(r, QStringLiteral("decisions")).toLongLong();
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString teamPath = m_dir.filePath(QStringLiteral("team.sqlite"));
        const PolicySet policy = PolicyLoader::loadDefaults().value();
        {
            auto team = SqliteTeamStore::open(teamPath, DispositionValidator(policy.reasons));
            QVERIFY_OK(team);
            DemoOptions options;
            options.leads = 1500;
            options.seed = 11;
            options.nowUtc = m_clock.nowUtc();
            QVERIFY_OK(DemoWorkspace::generate(**team, policy, options));
            for (const Team &t : (*team)->teams().value()) {
                if (t.id == QLatin1String("na"))
                    m_manager = t.managerEmail;
            }
        }
        QVERIFY(!m_manager.isEmpty());
        auto ws = RepWorkspace::open(
            { teamPath, m_dir.filePath(QStringLiteral("manager.sqlite")), m_manager }, m_clock);
        QVERIFY_OK(ws);
        m_workspace = std::move(ws).value();
        QCOMPARE(m_workspace->role(), Role::Manager);
        QVERIFY_OK(m_workspace->sync());
        m_window = std::make_unique<MainWindow>(*m_workspace, m_clock, nullptr);
        m_window->resize(1440, 900);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void managerStartsOnTheTeamPanel()
    {
        QVERIFY(panel());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            panel()->repModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_window->tabs()->currentWidget(), panel());
        waitForReports();
        QCOMPARE(panel()->teamId(), QStringLiteral("na"));
        QCOMPARE(panel()->tables().size(), standardReportCatalog().ids().size());
        for (const ReportTable &t : panel()->tables())
            QVERIFY2(t.rowCount() > 0, qPrintable(t.id() + QStringLiteral(" is empty on the demo")));
        const ReportTableModel *reps = panel()->repModel();
        QVERIFY(reps->rowCount() >= 3);
        QVERIFY(teamDecisions() > 0);
        // Colour and text agree: a rep with breached leads says so.
        for (int r = 0; r < reps->rowCount(); ++r) {
            const QModelIndex status = reps->index(r, reps->table().columnIndex(QStringLiteral("status")));
            QVERIFY(!status.data().toString().isEmpty());
            QVERIFY(status.data(Qt::BackgroundRole).isValid());
        }
        QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("acceptanceChart")));
        QVERIFY(saveScreenshot(*m_window, QStringLiteral("team-panel")));
    }

    void repTableSortsByNumbers()
    {
        QTableView *view = panel()->repView();
        const int column = panel()->repModel()->table().columnIndex(QStringLiteral("decisions"));
        view->sortByColumn(column, Qt::DescendingOrder);
        QAbstractItemModel *sorted = view->model();
        for (int r = 1; r < sorted->rowCount(); ++r)
            QVERIFY(sorted->index(r - 1, column).data(ReportTableModel::SortRole).toLongLong()
                >= sorted->index(r, column).data(ReportTableModel::SortRole).toLongLong());
    }

    void changingThePeriodReadsTheReportsAgain()
    {
        const qint64 fourWeeks = teamDecisions();
        QSignalSpy refreshed(panel(), &TeamPanel::refreshed);
        auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("periodCombo"));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Up); // last 4 weeks → this week
        QCOMPARE(panel()->periodText(), QStringLiteral("this-week"));
        QVERIFY(panel()->isRefreshing());
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 30000);
        waitForReports();
        const qint64 thisWeek = teamDecisions();
        QVERIFY2(thisWeek < fourWeeks, qPrintable(QStringLiteral("%1 vs %2").arg(thisWeek).arg(fourWeeks)));

        panel()->setPeriod(TeamPanel::Quarter);
        waitForReports();
        QVERIFY(teamDecisions() >= fourWeeks);
        QVERIFY(saveScreenshot(*m_window, QStringLiteral("team-panel-quarter")));

        panel()->setCustomRange(QDate(2026, 11, 2), QDate(2026, 11, 8));
        QCOMPARE(panel()->periodText(), QStringLiteral("2026-11-02..2026-11-08"));
        waitForReports();
        QVERIFY(teamDecisions() > 0);
        panel()->setPeriod(TeamPanel::LastFourWeeks);
        waitForReports();
        QCOMPARE(teamDecisions(), fourWeeks);
    }

    void enterOnARepShowsTheirLeads()
    {
        QTableView *view = panel()->repView();
        QAbstractItemModel *sorted = view->model();
        const int open = panel()->repModel()->table().columnIndex(QStringLiteral("open"));
        const int email = panel()->repModel()->table().columnIndex(QStringLiteral("rep"));
        int row = -1;
        for (int r = 0; r < sorted->rowCount() && row < 0; ++r) {
            if (sorted->index(r, open).data(ReportTableModel::SortRole).toLongLong() > 0)
                row = r;
        }
        QVERIFY(row >= 0);
        const QString rep = sorted->index(row, email).data().toString();
        view->setFocus();
        view->setCurrentIndex(sorted->index(row, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::OpenTab));
        const QSortFilterProxyModel *queue = m_window->queuePane()->filter();
        QTRY_VERIFY(!m_window->isLoadingQueue());
        QVERIFY(queue->rowCount() > 0);
        for (int r = 0; r < queue->rowCount(); ++r)
            QCOMPARE(queue->index(r, 0).data(sal::ui::QueueModel::OwnerRole).toString(), rep);
        QVERIFY(queue->rowCount() < m_window->queueModel()->rowCount()); // the rest of the team is hidden
        // Back to the team with its shortcut.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_6, Qt::AltModifier);
        QCOMPARE(m_window->tabs()->currentWidget(), panel());
    }

    void exportWritesACsvPerReportAndAPdf()
    {
        QTemporaryDir out;
        panel()->setFolderChooser([&] { return out.path(); });
        QSignalSpy exported(panel(), &TeamPanel::exported);
        panel()->repView()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(exported.count(), 1);
        const QStringList files = exported.constFirst().constFirst().toStringList();
        QCOMPARE(files.size(), standardReportCatalog().ids().size() + 1);
        for (const QString &id : standardReportCatalog().ids()) {
            const auto match = std::find_if(files.begin(), files.end(),
                [&](const QString &f) { return QFileInfo(f).fileName().startsWith(id + QLatin1Char('-')); });
            QVERIFY2(match != files.end(), qPrintable(id));
            QFile csv(*match);
            QVERIFY(csv.open(QIODevice::ReadOnly));
            QVERIFY(csv.readLine().contains(','));
        }
        QFile pdf(files.constLast());
        QVERIFY(pdf.fileName().endsWith(QStringLiteral(".pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.size() > 10000); // charts and tables, not an empty page
        QCOMPARE(pdf.read(4), QByteArray("%PDF"));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_window.reset();
    }
};

QTEST_MAIN(tst_TeamPanel)
#include "tst_TeamPanel.moc"
