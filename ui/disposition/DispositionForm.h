#pragma once

#include "automation/NurtureTrack.h"
#include "disposition/ContactAttempt.h"
#include "disposition/Disposition.h"
#include "disposition/DispositionValidator.h"
#include "disposition/FieldErrors.h"
#include "disposition/ReasonTaxonomy.h"
#include "domain/Problem.h"

#include <QList>
#include <QString>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTimer;

namespace sal::core {
class Clock;
struct CachedLead;
} // namespace sal::core

namespace sal::ui {

class AcceptPage;
class NeedsInfoPage;
class RejectPage;

// The rep's decision on one lead: accept, reject or send back for more info. The rules live in
// core (DispositionValidator); this widget only collects the fields, shows the validator's problems
// next to the fields they name and submits when there are none.
class DispositionForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DispositionForm)

public:
    // `nurture`: the tracks a rejected lead can go to, so the reject page names them as marketing does.
    DispositionForm(core::ReasonTaxonomy taxonomy, core::NurtureTracks nurture, const core::Clock &clock,
        QWidget *parent = nullptr);
    ~DispositionForm() override;

    // nullptr: nothing selected, the form is disabled. Keeps the id and the attempts; the fields are
    // emptied when a different lead comes in and kept when the same one does (a refresh).
    // `notYours`: why this user cannot decide on the lead (a manager looking at a rep's lead); the
    // form then shows that instead of fields the team store would refuse anyway.
    void setLead(const core::CachedLead *lead, const QString &notYours = {});
    bool hasLead() const { return m_hasLead; }
    QString leadId() const { return m_hasLead ? m_leadId : QString(); }

    void setKind(core::DispositionKind kind); // switches the page and focuses its first field
    core::DispositionKind kind() const;

    core::Disposition disposition() const; // what the fields hold now
    core::Problems problems() const;
    bool canSubmit() const; // a lead is set and problems() is empty
    void clear(); // empties the fields (after a submit)

public Q_SLOTS:
    void submit(); // if canSubmit(): emits submitted() then clear(); else shows every error

Q_SIGNALS:
    void submitted(const QString &leadId, const sal::core::Disposition &disposition);
    void validityChanged(bool canSubmit);

private:
    void showPage(core::DispositionKind kind);
    void onTouched(const QString &fieldId);
    void revalidate();
    void focusFirstProblem(const core::Problems &problems);

    core::DispositionValidator m_validator;
    const core::Clock &m_clock;
    FieldErrors m_errors;
    QString m_leadId;
    bool m_hasLead = false;
    QList<core::ContactAttempt> m_attempts;
    bool m_valid = false;

    QWidget *m_body;
    QLabel *m_noLead;
    QButtonGroup *m_choices;
    QRadioButton *m_acceptChoice;
    QRadioButton *m_rejectChoice;
    QRadioButton *m_needsInfoChoice;
    QStackedWidget *m_pages;
    AcceptPage *m_acceptPage;
    RejectPage *m_rejectPage;
    NeedsInfoPage *m_needsInfoPage;
    QPushButton *m_submit;
    QTimer *m_refresh;
};

} // namespace sal::ui
