#pragma once

#include <QString>
#include <optional>

namespace sal::ui {

// The team store password in the desktop's keychain (Secret Service or KWallet through QtKeychain).
// Never a clear-text fallback: where no keychain service answers (a headless machine, no D-Bus
// session), available() is false, reads find nothing and writes fail, and the password is asked
// for each time and kept in memory only. Calls block for at most a few seconds.
class PasswordKeychain final
{
public:
    explicit PasswordKeychain(QString service = QStringLiteral("SAL Workbench"));

    // Whether a keychain service answered; why not in unavailableReason().
    bool available();
    QString unavailableReason() const { return m_reason; }

    std::optional<QString> read(const QString &account);
    bool write(const QString &account, const QString &password);
    bool remove(const QString &account);

    // The account a team store's password is kept under: the login at the address.
    static QString accountFor(const QString &login, const QString &teamStore);

private:
    QString m_service;
    std::optional<bool> m_available;
    QString m_reason;
};

} // namespace sal::ui
