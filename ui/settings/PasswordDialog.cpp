#include "settings/PasswordDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sal::ui {

PasswordDialog::PasswordDialog(
    const QString &login, const QString &teamStore, const QString &keychainProblem, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember it in the desktop keychain"), this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Team store password"));
    auto *prompt = new QLabel(tr("Password for %1 at %2:").arg(login, teamStore), this);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_password);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(tr("The password of your login on the team server"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setAccessibleDescription(
        tr("Keep the password in the desktop keychain so the workbench does not ask again"));
    m_note->setObjectName(QStringLiteral("keychainNote"));
    m_note->setWordWrap(true);
    if (keychainProblem.isEmpty()) {
        m_note->hide();
    } else {
        m_remember->setEnabled(false);
        m_note->setText(tr("No keychain service is reachable (%1): the password is asked for each time "
                           "and kept in memory only.")
                            .arg(keychainProblem));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_password);
    layout->addWidget(m_remember);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace sal::ui
