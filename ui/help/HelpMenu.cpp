#include "help/HelpMenu.h"

#include "WorkbenchActions.h"
#include "help/ShortcutsDialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>

namespace sal::ui {

QList<QAction *> HelpMenu::actionsWithKeys(const WorkbenchActions &actions, const QMainWindow *window)
{
    QList<QAction *> all = actions.all();
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty() && !all.contains(action))
            all.append(action);
    }
    return all;
}

QString HelpMenu::aboutText()
{
    return tr("<h3>SAL Workbench %1</h3>"
              "<p>Accept, reject or return marketing-qualified leads inside their SLA.</p>"
              "<p>Licence: GNU General Public License, version 3 or (at your option) any later version "
              "(GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.</p>"
              "<p>Built with Qt %2.</p>")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()));
}

void HelpMenu::build(WorkbenchActions &actions, QMainWindow *window)
{
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->addActions({ actions.showShortcuts, actions.about });
    QObject::connect(actions.showShortcuts, &QAction::triggered, window, [&actions, window] {
        ShortcutsDialog dialog(actionsWithKeys(actions, window), window);
        dialog.exec();
    });
    QObject::connect(actions.about, &QAction::triggered, window,
        [window] { QMessageBox::about(window, tr("About SAL Workbench"), aboutText()); });
}

} // namespace sal::ui
