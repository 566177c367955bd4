#pragma once

#include "disposition/DispositionValidator.h"
#include "domain/Result.h"
#include "lifecycle/EventKind.h"
#include "lifecycle/Stage.h"
#include "sync/Operation.h"

#include <QCoreApplication>

namespace sal::core {

// An operation that passed the shared validator and the lifecycle. Only DecisionMaker can create
// one, and the local store records nothing else, so nothing invalid reaches the outbox.
class ValidatedOperation
{
public:
    const Operation &operation() const { return m_operation; }
    Stage targetStage() const { return m_target; }

private:
    friend class DecisionMaker;
    ValidatedOperation(Operation operation, Stage target) : m_operation(std::move(operation)), m_target(target) { }

    Operation m_operation;
    Stage m_target;
};

// What the maker needs to know about the lead as the rep sees it.
struct LeadState
{
    QString leadId;
    Stage stage = Stage::Mql;
    int version = 0;
    QString owner;
    QList<ContactAttempt> attempts;
};

// Turns what a rep filled in into an operation: validates the disposition (every problem at
// once), checks the lifecycle allows it and that the lead is the rep's, stamps a new UUID and the
// device time.
class DecisionMaker
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::DecisionMaker)

public:
    explicit DecisionMaker(DispositionValidator validator);

    const DispositionValidator &validator() const { return m_validator; }

    Result<ValidatedOperation> decide(const LeadState &lead, const Disposition &disposition, const QString &actor,
                                      const QDateTime &nowUtc, const QJsonObject &snapshot = {}) const;
    Result<ValidatedOperation> attempt(const LeadState &lead, ContactChannel channel, const QString &outcome,
                                       const QString &actor, const QDateTime &nowUtc) const;

    // Validates `op` again as the team store does on apply; empty when valid.
    Problems revalidate(const Operation &op, const QList<ContactAttempt> &attempts) const;

private:
    Problems checkOwnerAndStage(const LeadState &lead, EventKind kind, const QString &actor) const;

    DispositionValidator m_validator;
};

} // namespace sal::core
