// Help → Keyboard shortcuts lists every action of the window that has a key, read from the actions
// themselves: the declared ones (WorkbenchActions), one a panel adds on its own, and Submit, whose
// Ctrl+Enter belongs to the form.

#include "WorkbenchActions.h"
#include "help/HelpMenu.h"
#include "help/ShortcutListModel.h"
#include "help/ShortcutsDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace sal::ui;

class tst_ShortcutsDialog : public QObject
{
    Q_OBJECT

    static QHash<QString, QString> listed(const ShortcutListModel &model)
    {
        QHash<QString, QString> rows;
        for (int r = 0; r < model.rowCount(); ++r)
            rows.insert(model.index(r, ShortcutListModel::Action).data().toString(),
                model.index(r, ShortcutListModel::Keys).data().toString());
        return rows;
    }

private Q_SLOTS:
    void listsEveryActionWithAKey()
    {
        QMainWindow window;
        WorkbenchActions actions(&window);
        auto *panelAction = new QAction(QStringLiteral("&Team view"), &window); // declared by a panel
        panelAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_9));
        new QAction(QStringLiteral("No key"), &window);

        ShortcutsDialog dialog(HelpMenu::actionsWithKeys(actions, &window), &window);
        QAbstractItemModelTester tester(
            dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QHash<QString, QString> rows = listed(*dialog.model());

        int withKeys = 0;
        for (QAction *action : window.findChildren<QAction *>()) {
            const QString keys = ShortcutListModel::keysText(*action);
            if (keys.isEmpty())
                continue;
            ++withKeys;
            const QString name = ShortcutListModel::plainText(*action);
            QVERIFY2(rows.contains(name), qPrintable(name));
            QCOMPARE(rows.value(name), keys);
        }
        QCOMPARE(dialog.model()->rowCount(), withKeys);
        QVERIFY(withKeys >= actions.all().size()); // every declared action has a key
        QCOMPARE(rows.value(QStringLiteral("Team view")),
            QKeySequence(Qt::ALT | Qt::Key_9).toString(QKeySequence::NativeText));
        QCOMPARE(rows.value(QStringLiteral("Filter the queue")),
            QStringLiteral("/, ") + QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
        QCOMPARE(rows.value(QStringLiteral("Submit decision")),
            QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText));
        QCOMPARE(rows.value(QStringLiteral("Settings…")),
            QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText));
        QVERIFY(!rows.contains(QStringLiteral("No key")));
        QCOMPARE(dialog.findChild<QTableView *>(QStringLiteral("shortcutsView"))->model(), dialog.model());
    }

    void everyDeclaredActionHasAKey()
    {
        QMainWindow window;
        WorkbenchActions actions(&window);
        for (QAction *action : actions.all())
            QVERIFY2(!ShortcutListModel::keysText(*action).isEmpty(), qPrintable(action->objectName()));
    }

    void theHelpMenuOpensTheList()
    {
        QMainWindow window;
        WorkbenchActions actions(&window);
        HelpMenu::build(actions, &window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool shown = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = window.findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"));
            shown = dialog && dialog->isVisible() && dialog->model()->rowCount() == actions.all().size();
            if (dialog)
                dialog->reject();
        });
        actions.showShortcuts->trigger();
        QVERIFY(shown);
        QVERIFY(HelpMenu::aboutText().contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(HelpMenu::aboutText().contains(QCoreApplication::applicationVersion()));
    }
};

QTEST_MAIN(tst_ShortcutsDialog)
#include "tst_ShortcutsDialog.moc"
