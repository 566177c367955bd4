#include "settings/SettingsLauncher.h"

#include "WorkbenchActions.h"
#include "settings/PasswordKeychain.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QSettings>

namespace sal::ui {

void SettingsLauncher::wire(WorkbenchActions &actions, double atRiskShare, QAction *notify, QWidget *window)
{
    QObject::connect(actions.settings, &QAction::triggered, window, [atRiskShare, notify, window] {
        QSettings settings;
        WorkbenchSettings current = WorkbenchSettings::load(settings);
        current.notifications = notify->isChecked(); // the menu toggle may be newer than the file
        PasswordKeychain keychain;
        SettingsDialog dialog(current, atRiskShare, keychain, window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const WorkbenchSettings chosen = dialog.settings();
        chosen.save(settings);
        notify->setChecked(chosen.notifications);
    });
}

} // namespace sal::ui
