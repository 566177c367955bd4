#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sal::ui {

class PasswordKeychain;

// Where the window gets a team store password when libpq finds none in PGPASSFILE: the keychain
// first, then a PasswordDialog; a password the user asks to remember goes to the keychain, never to
// the settings. Used as RepWorkspace::Paths::askPassword.
class TeamStorePasswordPrompt final
{
    Q_DECLARE_TR_FUNCTIONS(sal::ui::TeamStorePasswordPrompt)

public:
    TeamStorePasswordPrompt(PasswordKeychain &keychain, QString teamStore, QWidget *parent = nullptr);

    // The password for `login`, or empty when the user cancelled.
    QString ask(const QString &login);

private:
    PasswordKeychain &m_keychain;
    QString m_teamStore;
    QWidget *m_parent;
};

} // namespace sal::ui
