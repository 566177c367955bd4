#pragma once

#include <QCoreApplication>

class QWidget;

namespace sal::core {
class Clock;
class RepWorkspace;
} // namespace sal::core

namespace sal::ui {

class WorkbenchActions;

// Connects File → Import… and File → Export… to their dialogs. Both need the team store: working
// offline, the actions are disabled with a tooltip that says why.
class ImportExportLauncher
{
    Q_DECLARE_TR_FUNCTIONS(sal::ui::ImportExportLauncher)

public:
    static void wire(
        WorkbenchActions &actions, core::RepWorkspace &workspace, const core::Clock &clock, QWidget *window);
};

} // namespace sal::ui
