#include "sync/DecisionMaker.h"

#include "disposition/DispositionCodec.h"
#include "lifecycle/LeadLifecycle.h"

#include <QUuid>

namespace sal::core {

namespace {
QString newOperationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

DecisionMaker::DecisionMaker(DispositionValidator validator)
    : m_validator(std::move(validator))
{
}

Problems DecisionMaker::checkOwnerAndStage(const LeadState &lead, EventKind kind, const QString &actor) const
{
    Problems problems;
    if (lead.owner != actor)
        problems << Problem::forField(QStringLiteral("owner"),
                                      tr("Lead %1 belongs to %2, not to %3.").arg(lead.leadId, lead.owner, actor));
    if (!LeadLifecycle::allows(lead.stage, kind))
        problems << LeadLifecycle::refusal(lead.leadId, lead.stage, kind);
    return problems;
}

Result<ValidatedOperation> DecisionMaker::decide(const LeadState &lead, const Disposition &disposition,
                                                 const QString &actor, const QDateTime &nowUtc,
                                                 const QJsonObject &snapshot) const
{
    const EventKind kind = eventKindFor(operationKindFor(disposition.kind));
    Problems problems = checkOwnerAndStage(lead, kind, actor);
    problems << m_validator.validate(disposition, DispositionContext { nowUtc, lead.attempts });
    if (!problems.isEmpty())
        return problems;
    Operation op { newOperationId(), lead.leadId, operationKindFor(disposition.kind), actor, lead.version,
                   nowUtc.toUTC(), DispositionCodec::toJson(disposition), snapshot };
    return ValidatedOperation(std::move(op), *LeadLifecycle::target(lead.stage, kind));
}

Result<ValidatedOperation> DecisionMaker::attempt(const LeadState &lead, ContactChannel channel, const QString &outcome,
                                                  const QString &actor, const QDateTime &nowUtc) const
{
    Problems problems = checkOwnerAndStage(lead, EventKind::ContactAttempt, actor);
    if (outcome.trimmed().isEmpty())
        problems << Problem::forField(QStringLiteral("outcome"), tr("Say how the attempt went (no answer, voicemail, bounced…)."));
    if (!problems.isEmpty())
        return problems;
    ContactAttempt attempt { lead.leadId, channel, outcome.trimmed(), nowUtc.toUTC(), actor };
    Operation op { newOperationId(), lead.leadId, OperationKind::ContactAttempt, actor, lead.version,
                   nowUtc.toUTC(), DispositionCodec::toJson(attempt), {} };
    return ValidatedOperation(std::move(op), lead.stage);
}

Problems DecisionMaker::revalidate(const Operation &op, const QList<ContactAttempt> &attempts) const
{
    if (!op.isDecision()) {
        const ContactAttempt a = DispositionCodec::attemptFromJson(op.payload);
        return a.outcome.trimmed().isEmpty()
            ? Problems { Problem::forField(QStringLiteral("outcome"), tr("Say how the attempt went.")) }
            : Problems {};
    }
    // Judged at the moment the rep decided (device time), not when the operation arrived.
    return m_validator.validate(DispositionCodec::dispositionFromJson(op.payload),
                                DispositionContext { op.decidedAtUtc, attempts });
}

} // namespace sal::core
