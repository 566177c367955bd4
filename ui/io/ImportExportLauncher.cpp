#include "io/ImportExportLauncher.h"

#include "WorkbenchActions.h"
#include "io/ExportDialog.h"
#include "io/ImportDialog.h"
#include "session/RepWorkspace.h"
#include "sla/Clock.h"

#include <QAction>

namespace sal::ui {

void ImportExportLauncher::wire(
    WorkbenchActions &actions, core::RepWorkspace &workspace, const core::Clock &clock, QWidget *window)
{
    const bool offline = workspace.offline();
    for (QAction *action : { actions.importLeads, actions.exportData }) {
        action->setEnabled(!offline);
        if (offline)
            action->setToolTip(tr("Needs the team store: you are working offline."));
    }
    if (offline)
        return;
    // The dialogs work on their own thread with their own connection, as the signed-in person.
    const core::SyncService::TeamStoreFactory store = workspace.teamStoreFactory();
    const core::ReasonTaxonomy reasons = workspace.policy().reasons;
    QObject::connect(actions.importLeads, &QAction::triggered, window, [store, reasons, window] {
        auto *dialog = new ImportDialog(store, reasons, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QObject::connect(actions.exportData, &QAction::triggered, window, [store, reasons, window, &clock] {
        auto *dialog = new ExportDialog(store, reasons, clock.nowUtc(), window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace sal::ui
