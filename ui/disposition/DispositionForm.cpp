#include "disposition/DispositionForm.h"

#include "disposition/AcceptPage.h"
#include "disposition/NeedsInfoPage.h"
#include "disposition/ReasonPicker.h"
#include "disposition/RejectPage.h"
#include "sla/Clock.h"
#include "store/CachedLead.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace sal::ui {

using core::DispositionKind;

namespace {
// The due time of an accept can slip into the past while the form sits open.
constexpr int kRefreshMs = 30 * 1000;
} // namespace

DispositionForm::DispositionForm(
    core::ReasonTaxonomy taxonomy, core::NurtureTracks nurture, const core::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_validator(std::move(taxonomy))
    , m_clock(clock)
{
    setObjectName(QStringLiteral("dispositionForm"));
    setAccessibleName(tr("Decision"));
    auto *outer = new QVBoxLayout(this);

    m_noLead = new QLabel(tr("Select a lead in the queue to decide on it."), this);
    m_noLead->setObjectName(QStringLiteral("noLeadHint"));
    m_noLead->setWordWrap(true);
    outer->addWidget(m_noLead);

    m_body = new QWidget(this);
    m_body->setObjectName(QStringLiteral("dispositionBody"));
    outer->addWidget(m_body, 1);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *choiceRow = new QHBoxLayout;
    m_acceptChoice = new QRadioButton(tr("&Accept"), m_body);
    m_acceptChoice->setObjectName(QStringLiteral("acceptChoice"));
    m_acceptChoice->setAccessibleName(tr("Accept the lead"));
    m_acceptChoice->setAccessibleDescription(tr("Accept with a next step, its due time and a note (A)"));
    m_rejectChoice = new QRadioButton(tr("&Reject"), m_body);
    m_rejectChoice->setObjectName(QStringLiteral("rejectChoice"));
    m_rejectChoice->setAccessibleName(tr("Reject the lead"));
    m_rejectChoice->setAccessibleDescription(tr("Reject with a reason from the team's list (R)"));
    m_needsInfoChoice = new QRadioButton(tr("&Needs more info"), m_body);
    m_needsInfoChoice->setObjectName(QStringLiteral("needsInfoChoice"));
    m_needsInfoChoice->setAccessibleName(tr("Send back to marketing for more information"));
    m_needsInfoChoice->setAccessibleDescription(tr("Say what marketing must find out; the SLA pauses (N)"));
    m_choices = new QButtonGroup(this);
    m_choices->setExclusive(true);
    m_choices->addButton(m_acceptChoice, int(DispositionKind::Accept));
    m_choices->addButton(m_rejectChoice, int(DispositionKind::Reject));
    m_choices->addButton(m_needsInfoChoice, int(DispositionKind::NeedsInfo));
    choiceRow->addWidget(m_acceptChoice);
    choiceRow->addWidget(m_rejectChoice);
    choiceRow->addWidget(m_needsInfoChoice);
    choiceRow->addStretch(1);
    layout->addLayout(choiceRow);

    m_pages = new QStackedWidget(m_body);
    m_pages->setObjectName(QStringLiteral("dispositionPages"));
    m_acceptPage = new AcceptPage(m_clock, m_errors, m_pages);
    m_rejectPage = new RejectPage(m_validator.taxonomy(), std::move(nurture), m_errors, m_pages);
    m_needsInfoPage = new NeedsInfoPage(m_errors, m_pages);
    // Page index == int(DispositionKind).
    m_pages->addWidget(m_acceptPage);
    m_pages->addWidget(m_rejectPage);
    m_pages->addWidget(m_needsInfoPage);
    layout->addWidget(m_pages, 1);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    m_submit = new QPushButton(tr("Submit (Ctrl+Enter)"), m_body);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setAccessibleName(tr("Submit the decision"));
    m_submit->setAccessibleDescription(
        tr("Enabled once the decision is complete; Ctrl+Enter from anywhere in the form"));
    buttonRow->addWidget(m_submit);
    layout->addLayout(buttonRow);

    // The keyboard way to submit, declared here once: Ctrl+Return and Ctrl+Enter (keypad).
    for (const QKeySequence &keys :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setObjectName(QStringLiteral("submitShortcut"));
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &DispositionForm::submit);
    }

    // Tab order is creation order: choices, the visible page's fields, Submit.

    m_refresh = new QTimer(this);
    m_refresh->setInterval(kRefreshMs);

    connect(m_choices, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            showPage(DispositionKind(id));
    });
    connect(m_acceptPage, &AcceptPage::touched, this, &DispositionForm::onTouched);
    connect(m_rejectPage, &RejectPage::touched, this, &DispositionForm::onTouched);
    connect(m_needsInfoPage, &NeedsInfoPage::touched, this, &DispositionForm::onTouched);
    connect(m_submit, &QPushButton::clicked, this, &DispositionForm::submit);
    connect(m_refresh, &QTimer::timeout, this, &DispositionForm::revalidate);

    m_acceptChoice->setChecked(true);
    setLead(nullptr);
}

DispositionForm::~DispositionForm() = default;

void DispositionForm::setLead(const core::CachedLead *lead, const QString &notYours)
{
    m_noLead->setText(notYours.isEmpty() ? tr("Select a lead in the queue to decide on it.") : notYours);
    if (!notYours.isEmpty())
        lead = nullptr;
    if (!lead) {
        // The id stays remembered: if the same lead comes back, so do the rep's fields.
        m_hasLead = false;
        m_attempts.clear();
    } else {
        if (lead->lead.id != m_leadId) {
            m_leadId = lead->lead.id;
            clear();
            // The importer flagged it (duplicate, existing customer): offer that reason first.
            if (!lead->lead.suggestedReason.isEmpty())
                m_rejectPage->picker()->setCurrentCode(lead->lead.suggestedReason);
        }
        m_hasLead = true;
        m_attempts = lead->attempts;
    }
    m_rejectPage->setAttempts(m_attempts);
    m_body->setEnabled(m_hasLead);
    m_noLead->setVisible(!m_hasLead);
    if (m_hasLead)
        m_refresh->start();
    else
        m_refresh->stop();
    revalidate();
}

void DispositionForm::setKind(DispositionKind kind)
{
    m_choices->button(int(kind))->setChecked(true); // idToggled switches the page when it changes
    showPage(kind);
    switch (kind) {
    case DispositionKind::Accept:
        m_acceptPage->firstField()->setFocus(Qt::OtherFocusReason);
        break;
    case DispositionKind::Reject:
        m_rejectPage->firstField()->setFocus(Qt::OtherFocusReason);
        break;
    case DispositionKind::NeedsInfo:
        m_needsInfoPage->firstField()->setFocus(Qt::OtherFocusReason);
        break;
    }
}

DispositionKind DispositionForm::kind() const
{
    return DispositionKind(m_choices->checkedId());
}

core::Disposition DispositionForm::disposition() const
{
    core::Disposition disposition;
    disposition.kind = kind();
    switch (disposition.kind) {
    case DispositionKind::Accept:
        m_acceptPage->fill(disposition);
        break;
    case DispositionKind::Reject:
        m_rejectPage->fill(disposition);
        break;
    case DispositionKind::NeedsInfo:
        m_needsInfoPage->fill(disposition);
        break;
    }
    return disposition;
}

core::Problems DispositionForm::problems() const
{
    return m_validator.validate(disposition(), core::DispositionContext { m_clock.nowUtc(), m_attempts });
}

bool DispositionForm::canSubmit() const
{
    return m_hasLead && problems().isEmpty();
}

void DispositionForm::clear()
{
    m_acceptPage->clear();
    m_rejectPage->clear();
    m_needsInfoPage->clear();
    m_errors.reset();
    revalidate();
}

void DispositionForm::submit()
{
    if (!m_hasLead)
        return;
    const core::Problems found = problems();
    if (!found.isEmpty()) {
        m_errors.setShowAll(true);
        revalidate();
        focusFirstProblem(found);
        return;
    }
    const QString id = m_leadId;
    const core::Disposition decided = disposition();
    Q_EMIT submitted(id, decided);
    clear();
}

void DispositionForm::showPage(DispositionKind kind)
{
    if (m_pages->currentIndex() != int(kind)) {
        m_pages->setCurrentIndex(int(kind));
        m_errors.setShowAll(false); // a fresh page is not a wall of red
    }
    revalidate();
}

void DispositionForm::onTouched(const QString &fieldId)
{
    m_errors.touch(fieldId);
    revalidate();
}

void DispositionForm::revalidate()
{
    const core::Problems found = problems();
    m_errors.show(m_hasLead ? found : core::Problems {});
    const bool valid = m_hasLead && found.isEmpty();
    m_submit->setEnabled(valid);
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

void DispositionForm::focusFirstProblem(const core::Problems &problems)
{
    for (const core::Problem &problem : problems) {
        QWidget *field = m_errors.focusTarget(problem.field);
        if (field && field->isEnabled() && field->isVisibleTo(this) && field->focusPolicy() != Qt::NoFocus) {
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace sal::ui
