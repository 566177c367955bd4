#include "disposition/AcceptPage.h"

#include "disposition/FieldErrors.h"
#include "sla/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace sal::ui {

using core::NextStepKind;

namespace {
const QString kNextStep = QStringLiteral("next_step");
const QString kDue = QStringLiteral("due");
const QString kNote = QStringLiteral("note");
} // namespace

AcceptPage::AcceptPage(const core::Clock &clock, FieldErrors &errors, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("acceptPage"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);

    auto *nextStepLabel = new QLabel(tr("Next &step:"), this);
    m_nextStep = new QComboBox(this);
    m_nextStep->setObjectName(QStringLiteral("nextStepCombo"));
    m_nextStep->setAccessibleName(tr("Next step"));
    m_nextStep->setAccessibleDescription(tr("What happens next with the lead: a call, a meeting, an email sequence"));
    m_nextStep->addItem(tr("Choose\u2026"));
    m_nextStep->addItem(tr("Call"), int(NextStepKind::Call));
    m_nextStep->addItem(tr("Meeting"), int(NextStepKind::Meeting));
    m_nextStep->addItem(tr("Email sequence"), int(NextStepKind::EmailSequence));
    m_nextStep->addItem(tr("Other"), int(NextStepKind::Other));
    nextStepLabel->setBuddy(m_nextStep);
    grid->addWidget(nextStepLabel, 0, 0);
    grid->addWidget(m_nextStep, 0, 1);
    grid->addWidget(errors.create(kNextStep, QStringLiteral("nextStepError"), m_nextStep, this), 1, 1);

    m_dueSet = new QCheckBox(tr("&Due at:"), this);
    m_dueSet->setObjectName(QStringLiteral("dueSetCheck"));
    m_dueSet->setAccessibleName(tr("Set a due time"));
    m_dueSet->setToolTip(tr("Check to give the date and time the next step is due."));
    m_due = new QDateTimeEdit(this);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setAccessibleName(tr("Next step due"));
    m_due->setAccessibleDescription(tr("The date and time the next step is due, not in the past"));
    m_due->setCalendarPopup(true);
    m_due->setTimeSpec(Qt::LocalTime);
    m_due->setDisplayFormat(tr("yyyy-MM-dd HH:mm"));
    // The minimum stands for "unset": the editor shows "Not set" there while the box is unchecked.
    m_due->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    m_due->setSpecialValueText(tr("Not set"));
    grid->addWidget(m_dueSet, 2, 0);
    grid->addWidget(m_due, 2, 1);
    grid->addWidget(errors.create(kDue, QStringLiteral("dueError"), m_due, this, m_dueSet), 3, 1);

    auto *noteLabel = new QLabel(tr("N&ote:"), this);
    noteLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setAccessibleDescription(tr("What was agreed, or why the lead is accepted"));
    m_note->setPlaceholderText(tr("What was agreed, or why the lead is accepted"));
    m_note->setTabChangesFocus(true);
    noteLabel->setBuddy(m_note);
    grid->addWidget(noteLabel, 4, 0);
    grid->addWidget(m_note, 4, 1);
    grid->addWidget(errors.create(kNote, QStringLiteral("noteError"), m_note, this), 5, 1);
    grid->setRowStretch(4, 1);

    setTabOrder(m_nextStep, m_dueSet);
    setTabOrder(m_dueSet, m_due);
    setTabOrder(m_due, m_note);

    connect(m_nextStep, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_clearing)
            Q_EMIT touched(kNextStep);
    });
    connect(m_dueSet, &QCheckBox::toggled, this, [this](bool checked) {
        setDueEnabled(checked);
        if (!m_clearing)
            Q_EMIT touched(kDue);
    });
    connect(m_due, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_clearing)
            Q_EMIT touched(kDue);
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_clearing)
            Q_EMIT touched(kNote);
    });
    clear();
}

void AcceptPage::fill(core::Disposition &disposition) const
{
    const QVariant step = m_nextStep->currentData();
    if (step.isValid())
        disposition.nextStep = NextStepKind(step.toInt());
    if (m_dueSet->isChecked())
        disposition.nextStepDueUtc = m_due->dateTime().toUTC();
    disposition.note = m_note->toPlainText();
}

void AcceptPage::clear()
{
    m_clearing = true;
    m_nextStep->setCurrentIndex(0);
    m_dueSet->setChecked(false);
    setDueEnabled(false);
    m_note->clear();
    m_clearing = false;
}

QWidget *AcceptPage::firstField() const
{
    return m_nextStep;
}

void AcceptPage::setDueEnabled(bool enabled)
{
    // Checking "Due at" is the rep's own act: only then does the editor offer the next full hour as
    // a starting point. Unchecked, the due time is unset whatever the editor shows.
    const bool wasClearing = m_clearing;
    m_clearing = true;
    if (enabled) {
        const QDateTime now = m_clock.nowUtc().toLocalTime();
        const QDateTime hour(now.date(), QTime(now.time().hour(), 0));
        m_due->setDateTime(hour.addSecs(3600));
    } else {
        m_due->setDateTime(m_due->minimumDateTime());
    }
    m_due->setEnabled(enabled);
    m_clearing = wasClearing;
}

} // namespace sal::ui
