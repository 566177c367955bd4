#pragma once

class QAction;
class QWidget;

namespace sal::ui {

class WorkbenchActions;

// Opens the Settings dialog from its action and stores what the user chose (QSettings); what can
// change at once (notifications) changes at once.
class SettingsLauncher final
{
public:
    // `notify`: the window's "notify me" toggle, kept in step with the dialog.
    static void wire(WorkbenchActions &actions, double atRiskShare, QAction *notify, QWidget *window);
};

} // namespace sal::ui
