#include "settings/WorkbenchSettings.h"

#include <QSettings>

namespace sal::ui {

namespace {
// The keys predate the dialog (user/email, notifications/enabled): existing settings stay valid.
const QString kTeamStore = QStringLiteral("teamStore/address");
const QString kUser = QStringLiteral("user/email");
const QString kNotifications = QStringLiteral("notifications/enabled");
const QString kLanguage = QStringLiteral("ui/language");
} // namespace

WorkbenchSettings WorkbenchSettings::load(const QSettings &settings)
{
    WorkbenchSettings s;
    s.teamStore = settings.value(kTeamStore).toString();
    s.userEmail = settings.value(kUser).toString();
    s.notifications = settings.value(kNotifications, true).toBool();
    s.language = settings.value(kLanguage).toString();
    return s;
}

void WorkbenchSettings::save(QSettings &settings) const
{
    settings.setValue(kTeamStore, teamStore);
    settings.setValue(kUser, userEmail);
    settings.setValue(kNotifications, notifications);
    settings.setValue(kLanguage, language);
    settings.sync();
}

} // namespace sal::ui
