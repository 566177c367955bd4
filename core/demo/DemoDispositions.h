#pragma once

#include "demo/DemoLeadPlan.h"
#include "disposition/ContactAttempt.h"

namespace sal::core {

class DemoSchedule;

// What the demo's reps write: the disposition of a lead that fits its fate (next step, due time and
// note; reason code and explanation; missing items), the channels and outcomes of their contact
// attempts, and the reasons they give after acceptance.
class DemoDispositions
{
public:
    explicit DemoDispositions(DemoSchedule &schedule);

    Disposition make(const DemoFate &fate, const Lead &lead, const Rep &decider,
        const QDateTime &decidedAtUtc, const QString &duplicateOfId);

    // `count` channels, at least `distinct` of them different.
    QList<ContactChannel> channels(int count, int distinct);
    QString attemptOutcome(const DemoFate &fate, ContactChannel channel);

    QString sqlReason();
    QString disqualificationReason();

    static QString nextStepPhrase(NextStepKind step);

private:
    QString acceptNote(const Lead &lead, NextStepKind step) const;
    QString rejectText(
        const Lead &lead, const Rep &decider, const QString &code, const QString &duplicateOfId);
    static QString missingItemName(const QString &item);

    DemoSchedule &m_schedule;
};

} // namespace sal::core
