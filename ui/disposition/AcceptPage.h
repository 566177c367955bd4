#pragma once

#include "disposition/Disposition.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QPlainTextEdit;

namespace sal::core {
class Clock;
}

namespace sal::ui {

class FieldErrors;

// The accept page of the disposition form: next step, its due time and a note. The due time stays
// unset until the rep sets it, so no default can satisfy the rule on the rep's behalf.
class AcceptPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcceptPage)

public:
    AcceptPage(const core::Clock &clock, FieldErrors &errors, QWidget *parent = nullptr);

    void fill(core::Disposition &disposition) const;
    void clear();
    QWidget *firstField() const;

Q_SIGNALS:
    void touched(const QString &fieldId);

private:
    void setDueEnabled(bool enabled);

    const core::Clock &m_clock;
    QComboBox *m_nextStep;
    QCheckBox *m_dueSet;
    QDateTimeEdit *m_due;
    QPlainTextEdit *m_note;
    bool m_clearing = false;
};

} // namespace sal::ui
