#include "disposition/DispositionValidator.h"

#include "disposition/MissingInfo.h"

#include <QSet>

namespace sal::core {

namespace {
const QString kNextStep = QStringLiteral("next_step");
const QString kDue = QStringLiteral("due");
const QString kNote = QStringLiteral("note");
const QString kReason = QStringLiteral("reason");
const QString kReasonText = QStringLiteral("reason_text");
const QString kAttempts = QStringLiteral("attempts");
const QString kMissing = QStringLiteral("missing");
} // namespace

DispositionValidator::DispositionValidator(ReasonTaxonomy taxonomy)
    : m_taxonomy(std::move(taxonomy))
{
}

Problems DispositionValidator::validate(const Disposition &disposition, const DispositionContext &context) const
{
    switch (disposition.kind) {
    case DispositionKind::Accept:
        return validateAccept(disposition, context);
    case DispositionKind::Reject:
        return validateReject(disposition, context);
    case DispositionKind::NeedsInfo:
        return validateNeedsInfo(disposition);
    }
    return {};
}

QString DispositionValidator::notARejectionReason(const QString &code)
{
    if (code == QLatin1String("bad_timing"))
        return tr("\"Bad timing\" is not a reason to reject an MQL: accept it and disqualify it after "
                  "contact if the timing is really wrong.");
    return {};
}

Problems DispositionValidator::validateAccept(const Disposition &d, const DispositionContext &context) const
{
    Problems problems;
    if (!d.nextStep)
        problems << Problem::forField(kNextStep, tr("Choose the next step: call, meeting, email sequence or other."));
    if (!d.nextStepDueUtc.isValid())
        problems << Problem::forField(kDue, tr("Give the date and time the next step is due."));
    else if (context.nowUtc.isValid() && d.nextStepDueUtc < context.nowUtc)
        problems << Problem::forField(kDue, tr("The next step cannot be due in the past."));
    if (d.note.trimmed().isEmpty())
        problems << Problem::forField(kNote, tr("Write a note on what was agreed or why the lead is accepted."));
    return problems;
}

Problems DispositionValidator::validateReject(const Disposition &d, const DispositionContext &context) const
{
    Problems problems;
    if (d.reasonCode.isEmpty()) {
        problems << Problem::forField(kReason, tr("Choose a rejection reason from the list."));
        return problems;
    }
    if (const QString why = notARejectionReason(d.reasonCode); !why.isEmpty()) {
        problems << Problem::forField(kReason, why);
        return problems;
    }
    const std::optional<RejectionReason> reason = m_taxonomy.reason(d.reasonCode);
    if (!reason) {
        problems << Problem::forField(kReason, tr("\"%1\" is not a rejection reason of this team.").arg(d.reasonCode));
        return problems;
    }
    if (reason->needsText && d.reasonText.trimmed().size() < kMinOtherTextLength)
        problems << Problem::forField(kReasonText,
                                      tr("Explain the reason in at least %n characters.", nullptr, kMinOtherTextLength));
    if (reason->needsAttempts) {
        QSet<int> channels;
        for (const ContactAttempt &a : context.attempts)
            channels.insert(int(a.channel));
        const qsizetype attempts = context.attempts.size();
        // A policy that asks for no attempts (min_contact_attempts 0) cannot ask for channels either.
        const int minChannels = m_taxonomy.minContactAttempts > 0 ? m_taxonomy.minAttemptChannels : 0;
        if (attempts < m_taxonomy.minContactAttempts || channels.size() < minChannels)
            problems << Problem::forField(
                kAttempts,
                tr("\"%1\" needs at least %2 logged contact attempts over %3 channels first (so far: %4 over %5).")
                    .arg(reason->label)
                    .arg(m_taxonomy.minContactAttempts)
                    .arg(m_taxonomy.minAttemptChannels)
                    .arg(attempts)
                    .arg(channels.size()));
    }
    return problems;
}

Problems DispositionValidator::validateNeedsInfo(const Disposition &d) const
{
    Problems problems;
    if (d.missingItems.isEmpty()) {
        problems << Problem::forField(kMissing, tr("Name at least one thing marketing has to find out."));
        return problems;
    }
    for (const QString &item : d.missingItems) {
        if (!MissingInfo::isKnown(item))
            problems << Problem::forField(kMissing, tr("\"%1\" is not something marketing can enrich; choose from: %2.")
                                                        .arg(item, MissingInfo::knownItems().join(QStringLiteral(", "))));
    }
    return problems;
}

} // namespace sal::core
