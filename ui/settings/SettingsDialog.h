#pragma once

#include "settings/WorkbenchSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sal::ui {

class PasswordKeychain;

// Edit → Settings (Ctrl+,): the team store, who the user is, notifications, the team's at-risk
// threshold (shown: it is team policy) and the language. The caller stores settings() on accept;
// the team store, identity and language apply when the workbench starts again.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `atRiskShare`: the policy's share of the SLA window below which a lead is at risk (0.25).
    SettingsDialog(const WorkbenchSettings &current, double atRiskShare, PasswordKeychain &keychain,
        QWidget *parent = nullptr);

    WorkbenchSettings settings() const;

    void accept() override; // refuses an address it cannot use, saying why

private:
    void updatePasswordRow();
    void forgetPassword();

    PasswordKeychain &m_keychain;
    QLineEdit *m_teamStore;
    QPushButton *m_browse;
    QLabel *m_teamStoreError;
    QLabel *m_passwordState;
    QPushButton *m_forgetPassword;
    QLineEdit *m_email;
    QCheckBox *m_notifications;
    QComboBox *m_language;
};

} // namespace sal::ui
