#include "lead/AttemptLogRow.h"

#include "lead/LeadDisplayText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace sal::ui {

using namespace sal::core;

AttemptLogRow::AttemptLogRow(QWidget *parent)
    : QWidget(parent)
    , m_channel(new QComboBox(this))
    , m_outcome(new QLineEdit(this))
    , m_log(new QPushButton(tr("Log attempt (L)"), this))
{
    for (ContactChannel channel :
        { ContactChannel::Phone, ContactChannel::Email, ContactChannel::LinkedIn, ContactChannel::Other })
        m_channel->addItem(LeadDisplayText::channel(channel), QVariant::fromValue(int(channel)));
    m_channel->setObjectName(QStringLiteral("attemptChannel"));
    m_channel->setAccessibleName(tr("Attempt channel"));
    m_channel->setAccessibleDescription(tr("How you tried to reach the contact: phone, email, LinkedIn or other"));
    m_outcome->setObjectName(QStringLiteral("attemptOutcome"));
    m_outcome->setAccessibleName(tr("Attempt outcome"));
    m_outcome->setPlaceholderText(tr("Outcome, e.g. voicemail"));
    m_outcome->setClearButtonEnabled(true);
    m_log->setObjectName(QStringLiteral("logAttemptButton"));
    m_log->setAccessibleName(tr("Log attempt"));
    m_log->setToolTip(tr("Log a contact attempt with this channel and outcome (L)"));
    m_log->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_channel);
    layout->addWidget(m_outcome, 1);
    layout->addWidget(m_log);

    connect(m_outcome, &QLineEdit::textChanged, this, &AttemptLogRow::updateButton);
    connect(m_outcome, &QLineEdit::returnPressed, this, &AttemptLogRow::submit);
    connect(m_log, &QPushButton::clicked, this, &AttemptLogRow::submit);
    updateButton();
}

void AttemptLogRow::updateButton()
{
    m_log->setEnabled(!m_outcome->text().trimmed().isEmpty());
}

void AttemptLogRow::submit()
{
    const QString outcome = m_outcome->text().trimmed();
    if (outcome.isEmpty())
        return;
    const auto channel = static_cast<ContactChannel>(m_channel->currentData().toInt());
    m_outcome->clear();
    Q_EMIT attemptLogged(channel, outcome);
}

void AttemptLogRow::logOrFocus()
{
    if (m_outcome->text().trimmed().isEmpty())
        m_outcome->setFocus(Qt::ShortcutFocusReason);
    else
        submit();
}

void AttemptLogRow::reset()
{
    m_outcome->clear();
    m_channel->setCurrentIndex(0);
}

} // namespace sal::ui
