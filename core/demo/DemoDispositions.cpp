#include "demo/DemoDispositions.h"

#include "demo/DemoContent.h"
#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"
#include "demo/DemoSchedule.h"
#include "policy/PolicySet.h"

#include <QLocale>

namespace sal::core {

namespace {
QString employeesText(const Account &a)
{
    return a.employees ? QStringLiteral("%1 employees").arg(QLocale(QLocale::English).toString(*a.employees))
                       : QStringLiteral("size unknown");
}

QDateTime roundUp(const QDateTime &t, int minutes)
{
    const qint64 step = qint64(minutes) * 60;
    const qint64 secs = t.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch((secs + step - 1) / step * step, QTimeZone::utc());
}
} // namespace

DemoDispositions::DemoDispositions(DemoSchedule &schedule)
    : m_schedule(schedule)
{ }

QString DemoDispositions::nextStepPhrase(NextStepKind step)
{
    switch (step) {
    case NextStepKind::Call:
        return QStringLiteral("Calling to qualify.");
    case NextStepKind::Meeting:
        return QStringLiteral("Discovery meeting booked.");
    case NextStepKind::EmailSequence:
        return QStringLiteral("Enrolled in the follow-up sequence.");
    case NextStepKind::Other:
        break;
    }
    return QStringLiteral("Sending a tailored overview through the partner first.");
}

QString DemoDispositions::missingItemName(const QString &item)
{
    // Stored text, so plain English rather than MissingInfo's translated names.
    if (item == QLatin1String("company_size"))
        return QStringLiteral("company size");
    if (item == QLatin1String("use_case"))
        return QStringLiteral("use case");
    if (item == QLatin1String("email"))
        return QStringLiteral("a working e-mail address");
    if (item == QLatin1String("title"))
        return QStringLiteral("job title");
    if (item == QLatin1String("region"))
        return QStringLiteral("country");
    if (item == QLatin1String("timeline"))
        return QStringLiteral("buying timeline");
    if (item == QLatin1String("phone"))
        return QStringLiteral("phone number");
    return item;
}

QString DemoDispositions::acceptNote(const Lead &lead, NextStepKind step) const
{
    const QString who = lead.contact.title.isEmpty() ? QStringLiteral("Contact") : lead.contact.title;
    const QString company = lead.account.name.isEmpty() ? QStringLiteral("the account") : lead.account.name;
    const QString industry
        = lead.account.industry.isEmpty() ? QStringLiteral("industry unknown") : lead.account.industry;
    QString why = QStringLiteral("referred by a partner");
    if (lead.source == QLatin1String("demo_request"))
        why = QStringLiteral("asked for a demo");
    else if (lead.source == QLatin1String("pricing_page"))
        why = QStringLiteral("was comparing plans on the pricing page");
    else if (lead.source == QLatin1String("webinar"))
        why = QStringLiteral("came from the webinar with questions");
    else if (lead.source == QLatin1String("content_download"))
        why = QStringLiteral("downloaded our guide and replied to the follow-up");
    else if (lead.source == QLatin1String("trade_show"))
        why = QStringLiteral("talked to us at the booth");
    return QStringLiteral("%1 at %2 (%3, %4), %5. %6")
        .arg(who, company, industry, employeesText(lead.account), why, nextStepPhrase(step));
}

QString DemoDispositions::rejectText(
    const Lead &lead, const Rep &decider, const QString &code, const QString &duplicateOfId)
{
    DemoRandom &random = m_schedule.random();
    const Account &a = lead.account;
    if (code == QLatin1String("wrong_territory")) {
        if (!a.region.isEmpty() && a.region != m_schedule.roster().territory(decider.territoryId).region)
            return QStringLiteral("HQ in %1: belongs to the %2 team.").arg(a.country, a.region);
        return QStringLiteral("%1: not a %2 account.")
            .arg(employeesText(a), m_schedule.roster().territory(decider.territoryId).segment);
    }
    if (code == QLatin1String("wrong_rep"))
        return QStringLiteral("Named account of %1.").arg(m_schedule.otherRep(decider).name);
    if (code == QLatin1String("bad_contact_data"))
        return random.chance(0.5)
            ? QStringLiteral("E-mail bounced and the phone number does not work.")
            : QStringLiteral("No working e-mail or phone; LinkedIn messages unanswered.");
    if (code == QLatin1String("duplicate"))
        return duplicateOfId.isEmpty() ? QStringLiteral("Already in the CRM as an open lead.")
                                       : QStringLiteral("Same contact as %1.").arg(duplicateOfId);
    if (code == QLatin1String("existing_customer"))
        return QStringLiteral("Active customer; passed to the account manager.");
    if (code == QLatin1String("wrong_persona"))
        return QStringLiteral("%1: no role in buying software.")
            .arg(lead.contact.title.isEmpty() ? QStringLiteral("Unknown role") : lead.contact.title);
    if (code == QLatin1String("company_too_small"))
        return QStringLiteral("Only %1; pointed them to the self-serve plan.").arg(employeesText(a));
    if (code == QLatin1String("outside_icp"))
        return m_schedule.policy().icp.industryFit(a) == CheckOutcome::Fail
            ? QStringLiteral("%1 is outside our ICP.").arg(a.industry)
            : QStringLiteral("%1 is outside the regions we sell to.")
                  .arg(a.country.isEmpty() ? a.region : a.country);
    if (code == QLatin1String("competitor"))
        return QStringLiteral("Works at %1, a competitor.").arg(a.name);
    if (code == QLatin1String("no_authority"))
        return QStringLiteral("%1 with no budget or say in the decision; could not reach a manager.")
            .arg(lead.contact.title.isEmpty() ? QStringLiteral("Contact") : lead.contact.title);
    if (code == QLatin1String("other"))
        return random.pick(DemoContent::otherRejectionTexts());
    return QStringLiteral("Does not fit: see the account record.");
}

Disposition DemoDispositions::make(const DemoFate &fate, const Lead &lead, const Rep &decider,
    const QDateTime &decidedAtUtc, const QString &duplicateOfId)
{
    DemoRandom &random = m_schedule.random();
    Disposition d;
    d.kind = fate.kind;
    switch (fate.kind) {
    case DispositionKind::Accept: {
        static const NextStepKind steps[]
            = { NextStepKind::Call, NextStepKind::Meeting, NextStepKind::EmailSequence, NextStepKind::Other };
        const NextStepKind step = steps[random.weighted({ 40, 32, 22, 6 })];
        d.nextStep = step;
        // In the team's office hours: a meeting one to four business days out, the rest sooner.
        const BusinessCalendar &calendar = m_schedule.calendar(lead.teamId);
        d.nextStepDueUtc = step == NextStepKind::Meeting
            ? roundUp(calendar.addBusinessSeconds(
                          decidedAtUtc, random.between(qint64(6 * 3600), qint64(32 * 3600))),
                30)
            : roundUp(
                calendar.addBusinessSeconds(decidedAtUtc, random.between(qint64(1800), qint64(12 * 3600))),
                15);
        d.note = acceptNote(lead, step);
        break;
    }
    case DispositionKind::Reject:
        d.reasonCode = fate.reasonCode;
        d.reasonText = rejectText(lead, decider, fate.reasonCode, duplicateOfId);
        break;
    case DispositionKind::NeedsInfo: {
        QStringList names;
        for (const QString &item : fate.missingItems)
            names << missingItemName(item);
        d.missingItems = fate.missingItems;
        d.note
            = QStringLiteral("Cannot qualify this yet: please add %1.").arg(names.join(QStringLiteral(", ")));
        break;
    }
    }
    return d;
}

QList<ContactChannel> DemoDispositions::channels(int count, int distinct)
{
    DemoRandom &random = m_schedule.random();
    QList<ContactChannel> all { ContactChannel::Phone, ContactChannel::Email, ContactChannel::LinkedIn,
        ContactChannel::Other };
    QList<ContactChannel> first = all.mid(0, 2);
    random.shuffle(first);
    QList<ContactChannel> list;
    for (int i = 0; i < count; ++i) {
        if (i < distinct)
            list << (i < 2 ? first.at(i) : all.at(std::min(i, 3)));
        else
            list << all.at(random.weighted({ 50, 35, 15, 0 }));
    }
    return list;
}

QString DemoDispositions::attemptOutcome(const DemoFate &fate, ContactChannel channel)
{
    DemoRandom &random = m_schedule.random();
    const bool badData
        = fate.kind == DispositionKind::Reject && fate.reasonCode == QLatin1String("bad_contact_data");
    const bool noAuthority
        = fate.kind == DispositionKind::Reject && fate.reasonCode == QLatin1String("no_authority");
    const bool accepted = fate.kind == DispositionKind::Accept;
    switch (channel) {
    case ContactChannel::Phone:
        if (badData)
            return random.chance(0.5) ? QStringLiteral("number not in service")
                                      : QStringLiteral("wrong number");
        if (noAuthority)
            return random.chance(0.5) ? QStringLiteral("spoke briefly: not involved in the decision")
                                      : QStringLiteral("voicemail");
        if (accepted && random.chance(0.5))
            return QStringLiteral("connected: interested, call back booked");
        return random.chance(0.6) ? QStringLiteral("voicemail") : QStringLiteral("no answer");
    case ContactChannel::Email:
        if (badData)
            return QStringLiteral("bounced");
        if (noAuthority)
            return QStringLiteral("replied: will forward to their manager");
        if (accepted && random.chance(0.5))
            return QStringLiteral("replied: asked for times next week");
        return QStringLiteral("no reply");
    case ContactChannel::LinkedIn:
        if (badData)
            return QStringLiteral("no profile found");
        return random.chance(0.5) ? QStringLiteral("connection request pending")
                                  : QStringLiteral("message unread");
    case ContactChannel::Other:
        break;
    }
    return QStringLiteral("left a message with reception");
}

QString DemoDispositions::sqlReason()
{
    static const QStringList reasons { QStringLiteral("discovery call held: budget and timeline confirmed"),
        QStringLiteral("BANT confirmed"), QStringLiteral("champion and use case confirmed"),
        QStringLiteral("technical evaluation agreed") };
    return m_schedule.random().pick(reasons);
}

QString DemoDispositions::disqualificationReason()
{
    return m_schedule.random().pick(DemoContent::disqualificationReasons());
}

} // namespace sal::core
