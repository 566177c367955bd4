#include "lead/LeadDisplayText.h"

#include <QLocale>
#include <QRegularExpression>
#include <cstdlib>

namespace sal::ui {

using namespace sal::core;

QString LeadDisplayText::seniority(Seniority seniority)
{
    switch (seniority) {
    case Seniority::Unknown:
        return tr("Unknown seniority");
    case Seniority::Individual:
        return tr("Individual contributor");
    case Seniority::Manager:
        return tr("Manager");
    case Seniority::Director:
        return tr("Director");
    case Seniority::VicePresident:
        return tr("VP");
    case Seniority::CLevel:
        return tr("C-level");
    case Seniority::Owner:
        return tr("Owner");
    }
    return {};
}

QString LeadDisplayText::channel(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Phone:
        return tr("Phone");
    case ContactChannel::Email:
        return tr("Email");
    case ContactChannel::LinkedIn:
        return tr("LinkedIn");
    case ContactChannel::Other:
        return tr("Other");
    }
    return {};
}

QString LeadDisplayText::eventKind(EventKind kind)
{
    switch (kind) {
    case EventKind::Qualified:
        return tr("Qualified");
    case EventKind::Routed:
        return tr("Routed");
    case EventKind::FirstOpened:
        return tr("First opened");
    case EventKind::ContactAttempt:
        return tr("Contact attempt");
    case EventKind::AtRiskWarned:
        return tr("At-risk warning");
    case EventKind::Escalated:
        return tr("Escalated");
    case EventKind::Rerouted:
        return tr("Re-routed");
    case EventKind::Accepted:
        return tr("Accepted");
    case EventKind::Rejected:
        return tr("Rejected");
    case EventKind::Returned:
        return tr("Returned for info");
    case EventKind::Enriched:
        return tr("Enriched");
    case EventKind::Recycled:
        return tr("Recycled");
    case EventKind::FirstOutreach:
        return tr("First outreach");
    case EventKind::ConvertedToSql:
        return tr("Converted to SQL");
    case EventKind::Disqualified:
        return tr("Disqualified");
    case EventKind::OpportunityCreated:
        return tr("Opportunity created");
    case EventKind::Redirected:
        return tr("Sent to the right rep");
    case EventKind::QueuedForEnrichment:
        return tr("Queued for enrichment");
    case EventKind::Nurtured:
        return tr("Nurture track");
    case EventKind::Excluded:
        return tr("Excluded");
    case EventKind::Disputed:
        return tr("Rejection disputed");
    case EventKind::DisputeUpheld:
        return tr("Dispute: rejection upheld");
    case EventKind::DisputeOverturned:
        return tr("Dispute: rejection overturned");
    }
    return {};
}

QString LeadDisplayText::funnelStage(FunnelStage stage)
{
    switch (stage) {
    case FunnelStage::Tofu:
        return tr("TOFU");
    case FunnelStage::Mofu:
        return tr("MOFU");
    case FunnelStage::Bofu:
        return tr("BOFU");
    }
    return {};
}

QString LeadDisplayText::outcome(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Pass:
        return tr("✓ Pass");
    case CheckOutcome::Fail:
        return tr("✗ Fail");
    case CheckOutcome::Unknown:
        return tr("? Unknown");
    }
    return {};
}

QString LeadDisplayText::fundingStage(const QString &machineName)
{
    if (machineName.isEmpty())
        return {};
    if (machineName == QLatin1String("seed"))
        return tr("Seed");
    if (machineName == QLatin1String("pre_seed"))
        return tr("Pre-seed");
    if (machineName == QLatin1String("public"))
        return tr("Public");
    if (machineName.startsWith(QLatin1String("series_")))
        return tr("Series %1").arg(machineName.mid(7).toUpper());
    QString text = machineName;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}

QString LeadDisplayText::tier(const QString &machineName)
{
    // The default policy's tiers; a team's own tier names show as they are written.
    if (machineName == QLatin1String("hot"))
        return tr("hot");
    if (machineName == QLatin1String("standard"))
        return tr("standard");
    if (machineName == QLatin1String("low"))
        return tr("low");
    return machineName;
}

QString LeadDisplayText::localTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss")));
    return locale.toString(utc.toLocalTime(), format);
}

QString LeadDisplayText::daysAgo(int days)
{
    if (days < 0)
        return {};
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    return tr("%n days ago", nullptr, days);
}

QString LeadDisplayText::businessDuration(qint64 seconds)
{
    const qint64 minutes = std::llabs(seconds) / 60;
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString LeadDisplayText::money(qint64 amount, const QString &currency)
{
    const QLocale locale;
    const double value = double(amount);
    QString number;
    if (amount >= 1'000'000'000)
        number = tr("%1B").arg(locale.toString(value / 1e9, 'f', 1));
    else if (amount >= 1'000'000)
        number = tr("%1M").arg(locale.toString(value / 1e6, 'f', 1));
    else if (amount >= 1'000)
        number = tr("%1K").arg(locale.toString(value / 1e3, 'f', 0));
    else
        number = locale.toString(amount);
    return tr("%1 %2").arg(currency, number);
}

QString LeadDisplayText::slaLine(const SlaStatus &status)
{
    const QString time = businessDuration(status.remainingSeconds);
    switch (status.state) {
    case SlaState::OnTrack:
        return tr("On track — %1 left").arg(time);
    case SlaState::AtRisk:
        return tr("At risk — %1 left").arg(time);
    case SlaState::Breached:
        return tr("Breached — %1 over").arg(time);
    case SlaState::Paused:
        return tr("Paused — %1 left").arg(time);
    case SlaState::Met:
        return tr("Met — %1 to spare").arg(time);
    }
    return {};
}

} // namespace sal::ui
