#pragma once

#include <QCoreApplication>

class QAction;
class QMainWindow;

namespace sal::ui {

class WorkbenchActions;

// The Help menu: Keyboard shortcuts (generated from the window's actions) and About.
class HelpMenu final
{
    Q_DECLARE_TR_FUNCTIONS(sal::ui::HelpMenu)

public:
    static void build(WorkbenchActions &actions, QMainWindow *window);

    // The About text: version, licence, Qt.
    static QString aboutText();
    // Every action of `window` with a key: the declared ones first, then any other (a panel's own).
    static QList<QAction *> actionsWithKeys(const WorkbenchActions &actions, const QMainWindow *window);
};

} // namespace sal::ui
