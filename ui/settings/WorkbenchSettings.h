#pragma once

#include <QString>

class QSettings;

namespace sal::ui {

// What the user chose in Edit → Settings, as stored with QSettings. The team store password is not
// here: it lives in the desktop keychain (PasswordKeychain) or in memory only.
struct WorkbenchSettings
{
    QString teamStore; // a file or a postgresql:// address; empty: the demo workspace
    QString userEmail; // who the user is; empty: asked on start
    bool notifications = true; // tray message when a lead goes at risk or breaches
    QString language; // "", "en" or "de" (AppTranslations::languageCodes()); applied on restart

    static WorkbenchSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const WorkbenchSettings &, const WorkbenchSettings &) = default;
};

} // namespace sal::ui
