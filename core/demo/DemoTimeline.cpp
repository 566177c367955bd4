#include "demo/DemoTimeline.h"

#include "disposition/DispositionCodec.h"
#include "lifecycle/LeadLifecycle.h"

namespace sal::core {

namespace {
// The namespace of demo operation ids (a fixed, random UUID).
constexpr QUuid kDemoNamespace(0x5b0e7c1a, 0x3d2f, 0x4e8a, 0x9c, 0x61, 0x27, 0xd4, 0x8f, 0x10, 0xa3, 0x5e);

} // namespace

QString DemoOperationIds::next()
{
    return QUuid::createUuidV5(
        kDemoNamespace, QStringLiteral("salbench-demo/%1/%2").arg(m_seed).arg(++m_counter))
        .toString(QUuid::WithoutBraces);
}

DemoTimeline::DemoTimeline(
    QList<DemoStep> &steps, DemoOperationIds &ids, int leadIndex, const QString &leadId)
    : m_steps(steps)
    , m_ids(ids)
    , m_leadIndex(leadIndex)
    , m_leadId(leadId)
{ }

DemoStep &DemoTimeline::add(DemoStep::Kind kind, const QDateTime &atUtc)
{
    // A lead's steps are recorded in the order they happen to it; a step planned for an earlier
    // second than the previous one (rounding, a late sync) waits for it.
    if (!m_last.isValid() || atUtc > m_last)
        m_last = atUtc;
    DemoStep step;
    step.kind = kind;
    step.atUtc = m_last;
    step.leadIndex = m_leadIndex;
    step.sequence = m_sequence++;
    step.leadId = m_leadId;
    m_steps << step;
    return m_steps.last();
}

void DemoTimeline::arrive(const Lead &lead, const QString &routingReason)
{
    QList<StageEvent> events;
    if (Result<StageEvent> e = LeadLifecycle::apply(m_leadId, Stage::Lead, EventKind::Qualified, lead.mqlAt,
            QStringLiteral("system:scoring"), QStringLiteral("score %1").arg(lead.score.total())))
        events << *e;
    if (Result<StageEvent> e = LeadLifecycle::apply(m_leadId, Stage::Mql, EventKind::Routed, lead.routedAt,
            QStringLiteral("system:routing"), routingReason))
        events << *e;
    DemoStep &step = add(DemoStep::Kind::PutLead, lead.routedAt);
    step.lead = lead;
    step.lead.id = m_leadId;
    step.events = events;
    m_owner = lead.ownerEmail;
    m_routedAt = lead.routedAt;
    m_stage = lead.stage;
    m_version = 1;
}

void DemoTimeline::put(const Lead &lead, const QDateTime &atUtc)
{
    DemoStep &step = add(DemoStep::Kind::PutLead, atUtc);
    step.lead = lead;
    step.lead.id = m_leadId;
    m_owner = lead.ownerEmail;
    m_routedAt = lead.routedAt;
    m_stage = lead.stage;
    ++m_version;
}

void DemoTimeline::assign(
    const QString &newOwner, const QString &actor, const QString &reason, const QDateTime &atUtc)
{
    DemoStep &step = add(DemoStep::Kind::Assign, atUtc);
    step.newOwner = newOwner;
    step.actor = actor;
    step.reason = reason;
    m_owner = newOwner;
    m_routedAt = step.atUtc;
    ++m_version;
}

void DemoTimeline::event(EventKind kind, const QString &actor, const QString &reason, const QDateTime &atUtc)
{
    DemoStep &step = add(DemoStep::Kind::Event, atUtc);
    step.event = kind;
    step.actor = actor;
    step.reason = reason;
    const std::optional<Stage> to = LeadLifecycle::target(m_stage, kind);
    if (to && *to != m_stage) {
        m_stage = *to;
        ++m_version;
    }
}

Operation DemoTimeline::attempt(ContactChannel channel, const QString &outcome, const QDateTime &atUtc) const
{
    const ContactAttempt a { m_leadId, channel, outcome, atUtc, m_owner };
    return Operation { m_ids.next(), m_leadId, OperationKind::ContactAttempt, m_owner, m_version, atUtc,
        DispositionCodec::toJson(a), {} };
}

Operation DemoTimeline::decision(
    const Disposition &disposition, const QDateTime &decidedAtUtc, const QJsonObject &snapshot)
{
    Operation op { m_ids.next(), m_leadId, operationKindFor(disposition.kind), m_owner, m_version, decidedAtUtc,
        DispositionCodec::toJson(disposition), snapshot };
    if (const std::optional<Stage> to = LeadLifecycle::target(m_stage, eventKindFor(operationKindFor(disposition.kind))))
        m_stage = *to;
    ++m_version;
    return op;
}

void DemoTimeline::defer(const QDateTime &atUtc, std::function<void()> step)
{
    m_deferred << Deferred { atUtc, int(m_deferred.size()), std::move(step) };
}

void DemoTimeline::flush()
{
    QList<Deferred> pending;
    pending.swap(m_deferred);
    std::sort(pending.begin(), pending.end(),
        [](const Deferred &a, const Deferred &b) { return a.at != b.at ? a.at < b.at : a.order < b.order; });
    for (const Deferred &d : pending)
        d.step();
}

void DemoTimeline::push(const QList<Operation> &operations, const QDateTime &receivedAtUtc)
{
    DemoStep &step = add(DemoStep::Kind::Push, receivedAtUtc);
    step.operations = operations;
}

} // namespace sal::core
