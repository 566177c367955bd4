#pragma once

#include "disposition/ContactAttempt.h"
#include "disposition/Disposition.h"
#include "disposition/ReasonTaxonomy.h"
#include "domain/Problem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace sal::core {

// What the validator needs to know about the lead besides the form.
struct DispositionContext
{
    QDateTime nowUtc;
    QList<ContactAttempt> attempts; // logged on this lead so far
};

// The form's rules, in one place: the UI, the CLI, the importer and the team store all ask this
// class, so nothing invalid is ever stored. Returns every problem at once, each with its field id:
// "next_step", "due", "note", "reason", "reason_text", "attempts", "missing".
class DispositionValidator
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::DispositionValidator)

public:
    explicit DispositionValidator(ReasonTaxonomy taxonomy);

    const ReasonTaxonomy &taxonomy() const { return m_taxonomy; }

    Problems validate(const Disposition &disposition, const DispositionContext &context) const;

    // Codes that are deliberately not rejection reasons, with the explanation the form shows.
    static QString notARejectionReason(const QString &code);

    static constexpr int kMinOtherTextLength = 10;

private:
    Problems validateAccept(const Disposition &d, const DispositionContext &context) const;
    Problems validateReject(const Disposition &d, const DispositionContext &context) const;
    Problems validateNeedsInfo(const Disposition &d) const;

    ReasonTaxonomy m_taxonomy;
};

} // namespace sal::core
