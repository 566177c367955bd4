#pragma once

#include "demo/DemoStep.h"
#include "disposition/ContactAttempt.h"
#include "disposition/Disposition.h"

#include <QUuid>
#include <functional>

namespace sal::core {

// Operation ids for the demo: name-based UUIDs (version 5) of the seed and a counter, so the same
// seed gives the same ids and different seeds do not collide.
class DemoOperationIds
{
public:
    explicit DemoOperationIds(quint32 seed)
        : m_seed(seed)
    { }
    QString next();

private:
    quint32 m_seed;
    int m_counter = 0;
};

// The history of one lead as steps, in the order they happen to it. It follows the lead's stage
// and version the way the team store will, so every decision carries the version its rep saw.
class DemoTimeline
{
public:
    DemoTimeline(QList<DemoStep> &steps, DemoOperationIds &ids, int leadIndex, const QString &leadId);

    // The lead enters the team store (version 1): marketing qualifies it at mqlAt, the router gives
    // it to its owner at routedAt.
    void arrive(const Lead &lead, const QString &routingReason);
    // The lead's context is replaced (version + 1), e.g. after marketing enriched it.
    void put(const Lead &lead, const QDateTime &atUtc);
    void assign(const QString &newOwner, const QString &actor, const QString &reason, const QDateTime &atUtc);
    void event(EventKind kind, const QString &actor, const QString &reason, const QDateTime &atUtc);

    Operation attempt(ContactChannel channel, const QString &outcome, const QDateTime &atUtc) const;
    // A decision made now by the current owner; push it before anything else happens to the lead.
    Operation decision(
        const Disposition &disposition, const QDateTime &decidedAtUtc, const QJsonObject &snapshot);
    void push(const QList<Operation> &operations, const QDateTime &receivedAtUtc);

    // Steps whose order depends on when they happen (opening, attempts, warnings): collect them with
    // defer() in any order, then flush() adds them sorted by time.
    void defer(const QDateTime &atUtc, std::function<void()> step);
    void flush();

    const QString &owner() const { return m_owner; }
    const QDateTime &routedAt() const { return m_routedAt; }
    Stage stage() const { return m_stage; }
    int version() const { return m_version; }
    const QDateTime &lastAtUtc() const { return m_last; }

private:
    DemoStep &add(DemoStep::Kind kind, const QDateTime &atUtc);

    struct Deferred
    {
        QDateTime at;
        int order = 0;
        std::function<void()> step;
    };

    QList<DemoStep> &m_steps;
    DemoOperationIds &m_ids;
    int m_leadIndex;
    QString m_leadId;
    QString m_owner;
    QDateTime m_routedAt;
    QList<Deferred> m_deferred;
    Stage m_stage = Stage::Lead;
    int m_version = 0;
    int m_sequence = 0;
    QDateTime m_last;
};

} // namespace sal::core
