#pragma once

#include "automation/NurtureTrack.h"
#include "disposition/ContactAttempt.h"
#include "disposition/Disposition.h"
#include "disposition/ReasonTaxonomy.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace sal::ui {

class FieldErrors;
class ReasonPicker;

// The reject page of the disposition form: the reason (grouped by category), the text "other"
// needs, and, for reasons that need prior contact, how many attempts the rule asks for against how
// many are logged.
class RejectPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectPage)

public:
    RejectPage(const core::ReasonTaxonomy &taxonomy, core::NurtureTracks nurture, FieldErrors &errors,
        QWidget *parent = nullptr);

    void setAttempts(const QList<core::ContactAttempt> &attempts);
    void fill(core::Disposition &disposition) const;
    void clear();
    QWidget *firstField() const;
    ReasonPicker *picker() const { return m_reason; }

Q_SIGNALS:
    void touched(const QString &fieldId);

private:
    void updateForReason();

    core::ReasonTaxonomy m_taxonomy;
    core::NurtureTracks m_nurture;
    QList<core::ContactAttempt> m_attempts;
    ReasonPicker *m_reason;
    QLabel *m_recycle;
    QLabel *m_attemptsLine;
    QLabel *m_otherLabel;
    QLineEdit *m_otherText;
    QLabel *m_otherError;
    bool m_clearing = false;
};

} // namespace sal::ui
