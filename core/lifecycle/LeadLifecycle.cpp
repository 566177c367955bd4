#include "lifecycle/LeadLifecycle.h"

#include <QStringList>

namespace sal::core {

namespace {

struct Transition
{
    Stage from;
    EventKind kind;
    Stage to;
};

// The whole lifecycle in one table. Touches keep the stage (from == to).
constexpr Transition kTransitions[] = {
    { Stage::Lead, EventKind::Qualified, Stage::Mql },

    { Stage::Mql, EventKind::Routed, Stage::Mql },
    { Stage::Mql, EventKind::FirstOpened, Stage::Mql },
    { Stage::Mql, EventKind::ContactAttempt, Stage::Mql },
    { Stage::Mql, EventKind::AtRiskWarned, Stage::Mql },
    { Stage::Mql, EventKind::Escalated, Stage::Mql },
    { Stage::Mql, EventKind::Rerouted, Stage::Mql },
    { Stage::Mql, EventKind::Accepted, Stage::Sal },
    { Stage::Mql, EventKind::Rejected, Stage::Rejected },
    { Stage::Mql, EventKind::Returned, Stage::NeedsInfo },

    { Stage::NeedsInfo, EventKind::Enriched, Stage::Mql },

    { Stage::Rejected, EventKind::Recycled, Stage::Mql },
    { Stage::Disqualified, EventKind::Recycled, Stage::Mql },

    // Recycle paths of a rejection (core/automation): a procedural one goes straight to the right
    // rep, a clerical one to marketing's enrichment queue and back, a definitional one to a nurture
    // track or out for good. Marketing may dispute a rejection; an overturned one is an MQL again.
    { Stage::Rejected, EventKind::Redirected, Stage::Mql },
    { Stage::Rejected, EventKind::QueuedForEnrichment, Stage::Rejected },
    { Stage::Rejected, EventKind::Enriched, Stage::Mql },
    { Stage::Rejected, EventKind::Nurtured, Stage::Rejected },
    { Stage::Rejected, EventKind::Excluded, Stage::Rejected },
    { Stage::Rejected, EventKind::Disputed, Stage::Rejected },
    { Stage::Rejected, EventKind::DisputeUpheld, Stage::Rejected },
    { Stage::Rejected, EventKind::DisputeOverturned, Stage::Mql },
    { Stage::Disqualified, EventKind::Nurtured, Stage::Disqualified },

    // After acceptance the follow-up SLA runs: attempts and the first outreach are still touches,
    // and an overdue follow-up is warned and escalated like an untouched MQL.
    { Stage::Sal, EventKind::ContactAttempt, Stage::Sal },
    { Stage::Sal, EventKind::FirstOpened, Stage::Sal },
    { Stage::Sal, EventKind::FirstOutreach, Stage::Sal },
    { Stage::Sal, EventKind::AtRiskWarned, Stage::Sal },
    { Stage::Sal, EventKind::Escalated, Stage::Sal },
    { Stage::Sal, EventKind::ConvertedToSql, Stage::Sql },
    { Stage::Sal, EventKind::Disqualified, Stage::Disqualified },

    { Stage::Sql, EventKind::OpportunityCreated, Stage::Opportunity },
    { Stage::Sql, EventKind::Disqualified, Stage::Disqualified },
};

} // namespace

std::optional<Stage> LeadLifecycle::target(Stage from, EventKind kind)
{
    for (const Transition &t : kTransitions) {
        if (t.from == from && t.kind == kind)
            return t.to;
    }
    return std::nullopt;
}

QList<Stage> LeadLifecycle::stagesAllowing(EventKind kind)
{
    QList<Stage> stages;
    for (const Transition &t : kTransitions) {
        if (t.kind == kind)
            stages << t.from;
    }
    return stages;
}

Problem LeadLifecycle::refusal(const QString &leadId, Stage from, EventKind kind)
{
    QStringList allowed;
    for (Stage s : stagesAllowing(kind))
        allowed << stageDisplayName(s);
    return Problem::forField(QStringLiteral("stage"), tr("Lead %1 is in stage %2: \"%3\" is only possible from %4.")
                                                          .arg(leadId, stageDisplayName(from), eventKindToString(kind),
                                                               allowed.join(QStringLiteral(", "))));
}

Result<StageEvent> LeadLifecycle::apply(const QString &leadId, Stage from, EventKind kind, const QDateTime &atUtc,
                                        const QString &actor, const QString &reason)
{
    const std::optional<Stage> to = target(from, kind);
    if (!to)
        return refusal(leadId, from, kind);
    if (!atUtc.isValid())
        return Problem::forField(QStringLiteral("at"), tr("An event needs a valid time."));
    if (actor.trimmed().isEmpty())
        return Problem::forField(QStringLiteral("actor"), tr("An event needs the person or job that caused it."));
    return StageEvent { leadId, kind, from, *to, atUtc.toUTC(), actor, reason };
}

} // namespace sal::core
