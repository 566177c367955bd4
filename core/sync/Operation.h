#pragma once

#include "disposition/Disposition.h"
#include "lifecycle/EventKind.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sal::core {

enum class OperationKind { Accept, Reject, NeedsInfo, ContactAttempt };

QString operationKindToString(OperationKind kind); // "accept", "reject", "needs_info", "contact_attempt"
std::optional<OperationKind> operationKindFromString(const QString &text);

// The operation that carries a disposition, and the lifecycle event an operation records.
OperationKind operationKindFor(DispositionKind kind);
EventKind eventKindFor(OperationKind kind);

// One decision or contact attempt as it travels from a rep's outbox to the team store. The id is
// generated on the device, so re-sending it can be recognised; `baseVersion` is the lead version
// the rep looked at; `decidedAtUtc` is the device's clock at the moment of the decision.
struct Operation
{
    QString id; // UUID
    QString leadId;
    OperationKind kind = OperationKind::Accept;
    QString actor;
    int baseVersion = 0;
    QDateTime decidedAtUtc;
    QJsonObject payload; // the Disposition or ContactAttempt (DispositionCodec)
    QJsonObject snapshot; // what the rep saw: score, tier, checklist, SLA state (for audit and coaching)

    bool isDecision() const { return kind != OperationKind::ContactAttempt; }
    bool operator==(const Operation &) const = default;
};

} // namespace sal::core
