#pragma once

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace sal::core {
class Clock;
class RepWorkspace;
} // namespace sal::core

namespace sal::ui {

// After the discovery conversation: mark an accepted lead SQL with the BANT evidence (each item
// confirmed or not) or disqualify it with a reason from the disqualification picklist. The rules
// are core's Qualifier; the dialog shows every problem it returns and stays open until they are
// fixed. Writes to the team store, so it needs one (it says so when offline).
class QualifyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualifyDialog)

public:
    QualifyDialog(
        core::RepWorkspace &workspace, const core::Clock &clock, QString leadId, QWidget *parent = nullptr);

    // What was recorded, in plain words (after exec() returned Accepted).
    const QString &outcome() const { return m_outcome; }

    void accept() override;

private:
    void updateEnabled();

    core::RepWorkspace &m_workspace;
    const core::Clock &m_clock;
    QString m_leadId;
    QRadioButton *m_sql;
    QRadioButton *m_disqualify;
    QComboBox *m_bant[4];
    QLineEdit *m_note;
    QComboBox *m_reason;
    QLineEdit *m_reasonText;
    QCheckBox *m_reEngage;
    QDateEdit *m_reEngageOn;
    QLabel *m_errors;
    QString m_outcome;
};

} // namespace sal::ui
