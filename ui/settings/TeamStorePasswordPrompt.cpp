#include "settings/TeamStorePasswordPrompt.h"

#include "settings/PasswordDialog.h"
#include "settings/PasswordKeychain.h"

namespace sal::ui {

TeamStorePasswordPrompt::TeamStorePasswordPrompt(
    PasswordKeychain &keychain, QString teamStore, QWidget *parent)
    : m_keychain(keychain)
    , m_teamStore(std::move(teamStore))
    , m_parent(parent)
{ }

QString TeamStorePasswordPrompt::ask(const QString &login)
{
    const QString account = PasswordKeychain::accountFor(login, m_teamStore);
    if (const std::optional<QString> saved = m_keychain.read(account); saved && !saved->isEmpty())
        return *saved;
    const QString problem = m_keychain.available()
        ? QString()
        : (m_keychain.unavailableReason().isEmpty() ? tr("no Secret Service or KWallet on the session bus")
                                                    : m_keychain.unavailableReason());
    PasswordDialog dialog(login, m_teamStore, problem, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (dialog.remember())
        m_keychain.write(account, dialog.password());
    return dialog.password();
}

} // namespace sal::ui
