#include "bench/BenchLeads.h"

#include "store/LocalStore.h"

namespace sal::core {

Lead BenchLeads::lead(int index, const QDateTime &nowUtc)
{
    static const QString tiers[]
        = { QStringLiteral("hot"), QStringLiteral("standard"), QStringLiteral("low") };
    static const QString industries[] = { QStringLiteral("Software"), QStringLiteral("Logistics"),
        QStringLiteral("Healthcare"), QStringLiteral("Manufacturing") };
    const QString n = QString::number(index);
    // Routed every few seconds over the last days, so the queue mixes on-track, at-risk and breached.
    const QDateTime routed = nowUtc.addSecs(-qint64(index % 100'000) * 9);
    Lead l;
    l.id = QStringLiteral("L%1").arg(index, 7, 10, QLatin1Char('0'));
    l.externalId = QStringLiteral("00Q%1").arg(index, 12, 10, QLatin1Char('0'));
    l.stage = Stage::Mql;
    l.source = QStringLiteral("webinar");
    l.campaign = QStringLiteral("Q4 workflow webinar");
    l.productLine = QStringLiteral("Workflow Cloud");
    l.ownerEmail = repEmail();
    l.teamId = teamId();
    l.tier = tiers[index % 3];
    l.createdAt = routed.addDays(-2);
    l.mqlAt = routed;
    l.routedAt = routed;
    l.account.name = QStringLiteral("Account %1").arg(index % 7000);
    l.account.domain = QStringLiteral("account%1.example").arg(index % 7000);
    l.account.industry = industries[index % 4];
    l.account.employees = 50 + index % 5000;
    l.account.annualRevenue = qint64(1'000'000) * (1 + index % 90);
    l.account.currency = QStringLiteral("USD");
    l.account.region = QStringLiteral("NA");
    l.account.country = QStringLiteral("US");
    l.contact.firstName = QStringLiteral("Pat");
    l.contact.lastName = QStringLiteral("Lead") + n;
    l.contact.title = QStringLiteral("VP Operations");
    l.contact.email = QStringLiteral("pat.lead%1@account%2.example").arg(n).arg(index % 7000);
    l.contact.emailVerified = true;
    l.contact.phone = QStringLiteral("+1 555 %1").arg(index % 10'000'000, 7, 10, QLatin1Char('0'));
    for (int s = 0; s < 3; ++s) {
        EngagementSignal signal;
        signal.kind = s == 0 ? QStringLiteral("webinar") : QStringLiteral("content_download");
        signal.label = s == 0 ? QStringLiteral("Attended the Q4 workflow webinar")
                              : QStringLiteral("Downloaded the automation buyer's guide");
        signal.points = 10 + s * 5;
        signal.at = routed.addSecs(-3600 * (s + 1));
        signal.stage = s == 0 ? FunnelStage::Mofu : FunnelStage::Tofu;
        signal.url = QStringLiteral("https://lumenflow.example/resources/%1").arg(s);
        l.engagement << signal;
    }
    l.score.contributions << ScoreContribution { ScoreContribution::Part::Fit,
        QStringLiteral("Industry: ") + l.account.industry, 15, {} };
    l.score.contributions << ScoreContribution { ScoreContribution::Part::Fit,
        QStringLiteral("Company size in ICP"), 10, {} };
    l.score.addSignals(l.engagement);
    l.talkTrack.opener = QStringLiteral("You joined our workflow webinar last week: what made you sign up?");
    l.talkTrack.discoveryQuestions = { QStringLiteral("How do requests reach your team today?"),
        QStringLiteral("Who signs off on new tools?") };
    l.talkTrack.proofPoints << ProofPoint { QStringLiteral("Northwind Logistics"),
        QStringLiteral("cut onboarding time by 40 %"),
        QStringLiteral("https://lumenflow.example/customers/northwind") };
    return l;
}

QList<LeadSnapshot> BenchLeads::snapshots(int first, int count, const QDateTime &nowUtc)
{
    QList<LeadSnapshot> list;
    list.reserve(count);
    for (int i = first; i < first + count; ++i) {
        LeadSnapshot s;
        s.lead = lead(i, nowUtc);
        s.version = 1;
        s.events << StageEvent { s.lead.id, EventKind::Qualified, Stage::Lead, Stage::Mql, s.lead.mqlAt,
            QStringLiteral("system:import"), {} };
        s.events << StageEvent { s.lead.id, EventKind::Routed, Stage::Mql, Stage::Mql, s.lead.routedAt,
            QStringLiteral("system:router"), QStringLiteral("na-mid -> ") + repEmail() };
        list << s;
    }
    return list;
}

Result<bool> BenchLeads::fillLocalStore(LocalStore &store, int count, const QDateTime &nowUtc)
{
    if (auto r = store.database().exec(QStringLiteral("PRAGMA synchronous = OFF")); !r)
        return r.problems();
    constexpr int kSlice = 5000;
    for (int first = 0; first < count; first += kSlice) {
        ChangeBatch batch;
        batch.upserts = snapshots(first, qMin(kSlice, count - first), nowUtc);
        batch.nextSequence = first + batch.upserts.size();
        if (auto r = store.applyPull(batch, nowUtc); !r)
            return r;
    }
    if (auto r = store.setMeta(QStringLiteral("team_calendar"), calendarId()); !r)
        return r;
    if (auto r = store.setMeta(QStringLiteral("role"), QStringLiteral("rep")); !r)
        return r;
    if (auto r = store.database().exec(QStringLiteral("PRAGMA synchronous = FULL")); !r)
        return r.problems();
    return true;
}

} // namespace sal::core
