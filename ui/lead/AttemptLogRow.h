#pragma once

#include "disposition/ContactAttempt.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace sal::ui {

// One step to log a contact attempt: channel, outcome, button (or Enter). The button stays disabled
// until there is an outcome; after logging the outcome field is emptied for the next try.
class AttemptLogRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttemptLogRow)

public:
    explicit AttemptLogRow(QWidget *parent = nullptr);

    // Logs when there is an outcome; otherwise puts the cursor in the outcome field.
    void logOrFocus();
    void reset();

Q_SIGNALS:
    void attemptLogged(sal::core::ContactChannel channel, const QString &outcome);

private:
    void submit();
    void updateButton();

    QComboBox *m_channel = nullptr;
    QLineEdit *m_outcome = nullptr;
    QPushButton *m_log = nullptr;
};

} // namespace sal::ui
