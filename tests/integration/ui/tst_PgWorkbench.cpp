// The window against a PostgreSQL team store, as `salbench --team-store postgresql://… --as EMAIL`
// opens it: the rep's own login role (password from PGPASSFILE), the queue from the server, sync on
// the SyncService thread through RepWorkspace::teamStoreFactory(), and a decision whose lead the
// manager re-routed while the rep was offline showing up in the Conflicts tab.

#include "MainWindow.h"
#include "session/RepWorkspace.h"
#include "sla/ManualClock.h"
#include "support/SyncFixture.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace sal::core;
using namespace sal::test;
using sal::ui::MainWindow;

class tst_PgWorkbench : public QObject
{
    Q_OBJECT

private:
    SyncFixture f;
    std::unique_ptr<PgTeamServer> server;
    ManualClock clock { utc("2026-03-10T15:00:00Z") };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        server = std::make_unique<PgTeamServer>();
        QString error;
        QVERIFY2(server->start(
                     DispositionValidator(PolicyLoader::loadDefaults().value().reasons), f.people(), &error),
            qPrintable(error));
        QVERIFY(f.init(server.get()));
        for (const char *id : { "W-1", "W-2", "W-3" })
            QVERIFY_OK(f.team->putLead(makeLead(QLatin1String(id), f.repA, utc("2026-03-10T14:00:00Z")), {}));
        QVERIFY_OK(
            f.team->putLead(makeLead(QStringLiteral("W-ben"), f.repB, utc("2026-03-10T14:00:00Z")), {}));
    }

    void rerouteWhileOfflineShowsInTheConflictsTab()
    {
        auto opened = RepWorkspace::open(
            { f.teamAddress(), f.dir.filePath(QStringLiteral("ana-window.sqlite")), f.repA }, clock);
        QVERIFY_OK(opened);
        std::unique_ptr<RepWorkspace> workspace = std::move(opened).value();
        QVERIFY(!workspace->offline());

        // The sync thread opens its own connection, as the same login role.
        SyncService sync(
            workspace->localStorePath(), workspace->teamStoreFactory(), clock, workspace->user());
        QSignalSpy rounds(&sync, &SyncService::roundFinished);
        MainWindow window(*workspace, clock, &sync);
        window.show();
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 1, 30000);
        QCOMPARE(rounds.first().first().toBool(), true);
        window.reload();
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::OpenTab));
        QCOMPARE(workspace->local().openQueue().value().size(), 3); // Ana's three, never Ben's

        QVERIFY_OK(workspace->decide(QStringLiteral("W-2"), rejectDisposition(QStringLiteral("duplicate"))));
        // While Ana has not synced, her manager gives the lead to Ben on the server.
        QVERIFY_OK(f.teamAs(f.manager)->assign(
            QStringLiteral("W-2"), f.repB, f.manager, QStringLiteral("rebalance"), clock.nowUtc()));
        sync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 2, 30000);
        QCOMPARE(rounds.last().first().toBool(), true);
        window.reload();
        QVERIFY2(window.tabs()->tabText(MainWindow::ConflictsTab).contains(QLatin1String("1")),
            qPrintable(window.tabs()->tabText(MainWindow::ConflictsTab)));
        QTest::keyClick(&window, Qt::Key_4, Qt::AltModifier);
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::ConflictsTab));
        auto *view = window.findChild<QListView *>(QStringLiteral("conflictsView"));
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 1);
        const QString text = view->model()->index(0, 0).data().toString();
        QVERIFY2(text.contains(QLatin1String("W-2")) && text.contains(QLatin1String("re-routed")),
            qPrintable(text));
        QCOMPARE(
            f.team->database().scalar(QStringLiteral("SELECT count(*) FROM decisions")).value().toInt(), 0);
    }

    void cleanupTestCase()
    {
        f.team.reset();
        server.reset();
    }
};

QTEST_MAIN(tst_PgWorkbench)
#include "tst_PgWorkbench.moc"
