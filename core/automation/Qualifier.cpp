#include "automation/Qualifier.h"

#include "automation/NurtureEnrolment.h"
#include "automation/StoredLead.h"
#include "lifecycle/LeadLifecycle.h"
#include "store/TeamStore.h"

namespace sal::core {

Qualifier::Qualifier(TeamStore &store, const PolicySet &policy)
    : m_store(store)
    , m_policy(policy)
{ }

Problems Qualifier::validate(
    const LeadSnapshot &lead, const Rep &by, const Qualification &q, const QDate &today) const
{
    Problems problems;
    const bool manager = by.role == Role::Manager && by.teamId == lead.lead.teamId;
    if (by.email.compare(lead.lead.ownerEmail, Qt::CaseInsensitive) != 0 && !manager)
        problems << Problem::forField(QStringLiteral("as"),
            tr("Only the lead's owner (%1) or the team's manager can qualify it.").arg(lead.lead.ownerEmail));
    const EventKind kind
        = q.verdict == Qualification::Verdict::Sql ? EventKind::ConvertedToSql : EventKind::Disqualified;
    if (!LeadLifecycle::allows(lead.lead.stage, kind))
        problems << LeadLifecycle::refusal(lead.lead.id, lead.lead.stage, kind);
    if (q.verdict == Qualification::Verdict::Sql) {
        const std::pair<const std::optional<bool> *, QString> items[] = {
            { &q.bant.budget, QStringLiteral("budget") },
            { &q.bant.authority, QStringLiteral("authority") },
            { &q.bant.need, QStringLiteral("need") },
            { &q.bant.timeline, QStringLiteral("timeline") },
        };
        for (const auto &[value, field] : items) {
            if (!value->has_value())
                problems << Problem::forField(
                    field, tr("Say whether %1 was confirmed (yes or no).").arg(field));
        }
        return problems;
    }
    const std::optional<DisqualificationReason> reason = m_policy.disqualification.reason(q.reasonCode);
    if (!reason) {
        QStringList codes;
        for (const DisqualificationReason &r : m_policy.disqualification.reasons)
            codes << r.code;
        problems << Problem::forField(QStringLiteral("reason"),
            q.reasonCode.isEmpty()
                ? tr("Choose a disqualification reason: %1.").arg(codes.join(QStringLiteral(", ")))
                : tr("\"%1\" is not a disqualification reason; choose one of %2.")
                      .arg(q.reasonCode, codes.join(QStringLiteral(", "))));
    } else if (reason->needsText && q.reasonText.trimmed().size() < kMinTextLength) {
        problems << Problem::forField(QStringLiteral("text"),
            tr("\"%1\" must be explained in at least %2 characters.").arg(reason->label).arg(kMinTextLength));
    }
    if (q.reEngageOn.isValid() && q.reEngageOn <= today)
        problems << Problem::forField(QStringLiteral("re_engage"),
            tr("The re-engagement date must be after today (%1).").arg(today.toString(Qt::ISODate)));
    if (q.reEngageOn.isValid() && reason && reason->track.isEmpty())
        problems << Problem::forField(QStringLiteral("re_engage"),
            tr("\"%1\" has no nurture track: there is nothing to re-engage on a date.").arg(reason->label));
    return problems;
}

Result<QString> Qualifier::record(
    const QString &leadId, const Rep &by, const Qualification &q, const QDateTime &nowUtc)
{
    Result<LeadSnapshot> lead = StoredLead::find(m_store, leadId);
    if (!lead)
        return lead.problems();
    if (const Problems problems = validate(*lead, by, q, nowUtc.date()); !problems.isEmpty())
        return problems;
    if (q.verdict == Qualification::Verdict::Sql) {
        QString reason = q.bant.toText();
        if (!q.note.trimmed().isEmpty())
            reason += QStringLiteral("; ") + q.note.trimmed();
        if (auto r = m_store.appendEvent(leadId, EventKind::ConvertedToSql, by.email, reason, nowUtc); !r)
            return r.problems();
        return tr("%1 is an SQL (%2).").arg(leadId, q.bant.toText());
    }
    const DisqualificationReason reason = *m_policy.disqualification.reason(q.reasonCode);
    const std::optional<NurtureTrack> track = m_policy.nurture.track(reason.track);
    const QDate reEngage = q.reEngageOn.isValid()
        ? q.reEngageOn
        : nowUtc.date().addDays(track ? track->reEngageAfterDays : 90);
    const QString why = q.reasonText.trimmed().isEmpty()
        ? reason.code
        : reason.code + QStringLiteral(": ") + q.reasonText.trimmed();
    Result<bool> done = m_store.atomically([&]() -> Result<bool> {
        if (auto r = m_store.appendEvent(leadId, EventKind::Disqualified, by.email, why, nowUtc); !r)
            return r;
        if (!track)
            return true;
        return m_store.appendEvent(leadId, EventKind::Nurtured, by.email,
            NurtureEnrolment { track->id, reEngage }.toReason(), nowUtc);
    });
    if (!done)
        return done.problems();
    return track ? tr("%1 is disqualified (%2) and joins the nurture track \"%3\" until %4.")
                       .arg(leadId, reason.label, track->label, reEngage.toString(Qt::ISODate))
                 : tr("%1 is disqualified (%2).").arg(leadId, reason.label);
}

} // namespace sal::core
