#include "disposition/RejectPage.h"

#include "disposition/FieldErrors.h"
#include "disposition/ReasonPicker.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>

namespace sal::ui {

using core::RecycleAction;
using core::RejectionReason;

namespace {
const QString kReason = QStringLiteral("reason");
const QString kReasonText = QStringLiteral("reason_text");
const QString kAttempts = QStringLiteral("attempts");
} // namespace

RejectPage::RejectPage(
    const core::ReasonTaxonomy &taxonomy, core::NurtureTracks nurture, FieldErrors &errors, QWidget *parent)
    : QWidget(parent)
    , m_taxonomy(taxonomy)
    , m_nurture(std::move(nurture))
{
    setObjectName(QStringLiteral("rejectPage"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);

    auto *reasonLabel = new QLabel(tr("Rea&son:"), this);
    m_reason = new ReasonPicker(m_taxonomy, this);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    m_reason->setAccessibleName(tr("Rejection reason"));
    m_reason->setAccessibleDescription(
        tr("The team's reasons by category; some need logged contact attempts first"));
    reasonLabel->setBuddy(m_reason);
    grid->addWidget(reasonLabel, 0, 0);
    grid->addWidget(m_reason, 0, 1);
    grid->addWidget(errors.create(kReason, QStringLiteral("reasonError"), m_reason, this), 1, 1);

    m_recycle = new QLabel(this);
    m_recycle->setObjectName(QStringLiteral("recycleInfo"));
    m_recycle->setAccessibleName(tr("What happens to the lead"));
    m_recycle->setWordWrap(true);
    grid->addWidget(m_recycle, 2, 1);

    m_attemptsLine = new QLabel(this);
    m_attemptsLine->setObjectName(QStringLiteral("attemptsRequirement"));
    m_attemptsLine->setAccessibleName(tr("Contact attempts required"));
    m_attemptsLine->setWordWrap(true);
    grid->addWidget(m_attemptsLine, 3, 1);
    grid->addWidget(errors.create(kAttempts, QStringLiteral("attemptsError"), m_attemptsLine, this), 4, 1);

    m_otherLabel = new QLabel(tr("&Explain:"), this);
    m_otherText = new QLineEdit(this);
    m_otherText->setObjectName(QStringLiteral("otherTextEdit"));
    m_otherText->setAccessibleName(tr("Explain the reason"));
    m_otherText->setAccessibleDescription(tr("Why this lead is rejected, in a sentence"));
    m_otherText->setPlaceholderText(tr("Why this lead is rejected, in a sentence"));
    m_otherLabel->setBuddy(m_otherText);
    grid->addWidget(m_otherLabel, 5, 0);
    grid->addWidget(m_otherText, 5, 1);
    m_otherError = errors.create(kReasonText, QStringLiteral("reasonTextError"), m_otherText, this);
    grid->addWidget(m_otherError, 6, 1);

    auto *hint = new QLabel(tr("Bad timing is not a rejection: accept and disqualify after contact."), this);
    hint->setObjectName(QStringLiteral("badTimingHint"));
    hint->setWordWrap(true);
    grid->addWidget(hint, 7, 0, 1, 2);
    grid->setRowStretch(8, 1);

    setTabOrder(m_reason, m_otherText);

    connect(m_reason, &ReasonPicker::reasonChanged, this, [this] {
        updateForReason();
        if (!m_clearing)
            Q_EMIT touched(kReason);
    });
    connect(m_otherText, &QLineEdit::textChanged, this, [this] {
        if (!m_clearing)
            Q_EMIT touched(kReasonText);
    });
    updateForReason();
}

void RejectPage::setAttempts(const QList<core::ContactAttempt> &attempts)
{
    m_attempts = attempts;
    updateForReason();
}

void RejectPage::fill(core::Disposition &disposition) const
{
    disposition.reasonCode = m_reason->currentCode();
    const std::optional<RejectionReason> reason = m_reason->currentReason();
    if (reason && reason->needsText)
        disposition.reasonText = m_otherText->text();
}

void RejectPage::clear()
{
    m_clearing = true;
    m_reason->setCurrentCode({});
    m_otherText->clear();
    m_clearing = false;
    updateForReason();
}

QWidget *RejectPage::firstField() const
{
    return m_reason;
}

void RejectPage::updateForReason()
{
    const std::optional<RejectionReason> reason = m_reason->currentReason();

    const bool needsText = reason && reason->needsText;
    m_otherLabel->setVisible(needsText);
    m_otherText->setVisible(needsText);
    m_otherText->setEnabled(needsText);

    const bool needsAttempts = reason && reason->needsAttempts && m_taxonomy.minContactAttempts > 0;
    if (needsAttempts) {
        QSet<int> channels;
        for (const core::ContactAttempt &attempt : m_attempts)
            channels.insert(int(attempt.channel));
        m_attemptsLine->setText(
            tr("Needs %1 contact attempts over %2 channels first \u2014 logged: %3 over %4")
                .arg(m_taxonomy.minContactAttempts)
                .arg(m_taxonomy.minAttemptChannels)
                .arg(m_attempts.size())
                .arg(channels.size()));
    } else {
        m_attemptsLine->clear();
    }
    m_attemptsLine->setVisible(needsAttempts);

    QString recycle;
    if (reason) {
        switch (reason->recycle) {
        case RecycleAction::Reroute:
            recycle = tr("The lead will be re-routed to the right owner.");
            break;
        case RecycleAction::Enrich:
            recycle = tr("The lead goes back to marketing to be enriched.");
            break;
        case RecycleAction::Nurture: {
            // The track as marketing names it; its id only if nurture.json does not know it.
            const std::optional<core::NurtureTrack> track = m_nurture.track(reason->nurtureTrack);
            recycle = reason->nurtureTrack.isEmpty() ? tr("The lead goes back to marketing nurture.")
                                                     : tr("The lead goes to the nurture track \"%1\".")
                                                           .arg(track ? track->label : reason->nurtureTrack);
            break;
        }
        case RecycleAction::Exclude:
            recycle = tr("The lead will be excluded from marketing.");
            break;
        }
    }
    m_recycle->setText(recycle);
    m_recycle->setVisible(!recycle.isEmpty());
}

} // namespace sal::ui
