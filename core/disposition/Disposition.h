#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace sal::core {

enum class DispositionKind { Accept, Reject, NeedsInfo };
enum class NextStepKind { Call, Meeting, EmailSequence, Other };

QString dispositionKindToString(DispositionKind kind); // "accept", "reject", "needs_info"
std::optional<DispositionKind> dispositionKindFromString(const QString &text);
QString nextStepKindToString(NextStepKind kind); // "call", "meeting", "email", "other"
std::optional<NextStepKind> nextStepKindFromString(const QString &text);
QStringList allNextStepKindNames();

// What the rep filled in on the form. Only the fields of `kind` matter; DispositionValidator says
// whether they are enough.
struct Disposition
{
    DispositionKind kind = DispositionKind::Accept;

    // accept
    std::optional<NextStepKind> nextStep;
    QDateTime nextStepDueUtc;
    QString note;

    // reject
    QString reasonCode;
    QString reasonText;

    // needs info
    QStringList missingItems; // codes from MissingInfo::knownItems()

    bool operator==(const Disposition &) const = default;
};

} // namespace sal::core
