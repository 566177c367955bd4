#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace sal::ui {

// Asks for the team store password. "Remember it" is offered only when a keychain answers; the note
// says otherwise that the password is asked for each time and kept in memory only.
class PasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)

public:
    // `keychainProblem` empty: a keychain is available.
    PasswordDialog(const QString &login, const QString &teamStore, const QString &keychainProblem,
        QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_note;
};

} // namespace sal::ui
