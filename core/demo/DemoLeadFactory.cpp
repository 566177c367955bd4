#include "demo/DemoLeadFactory.h"

#include "demo/DemoContent.h"
#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"
#include "demo/DemoRoster.h"
#include "policy/PolicySet.h"

#include <QLocale>
#include <algorithm>

namespace sal::core {

namespace {
const QString kSite = QStringLiteral("https://www.lumenflow.example");
constexpr int kMqlLine = 30; // the score at which marketing hands a lead over
const QStringList kSources { QStringLiteral("webinar"), QStringLiteral("pricing_page"),
    QStringLiteral("demo_request"), QStringLiteral("content_download"), QStringLiteral("trade_show"),
    QStringLiteral("partner") };
const QStringList kSignalKinds { QStringLiteral("demo_request"), QStringLiteral("pricing_page"),
    QStringLiteral("webinar"), QStringLiteral("content_download"), QStringLiteral("trade_show"),
    QStringLiteral("intent"), QStringLiteral("email_click"), QStringLiteral("case_study") };

QString number(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n);
}

QString fundingName(const QString &stage)
{
    if (stage.startsWith(QLatin1String("series_")))
        return QStringLiteral("Series ") + stage.mid(7).toUpper();
    if (stage == QLatin1String("private_equity"))
        return QStringLiteral("Private equity");
    if (stage == QLatin1String("seed"))
        return QStringLiteral("Seed round");
    return stage;
}

QString seniorityName(Seniority s)
{
    switch (s) {
    case Seniority::Owner:
        return QStringLiteral("owner");
    case Seniority::CLevel:
        return QStringLiteral("C-level");
    case Seniority::VicePresident:
        return QStringLiteral("VP");
    case Seniority::Director:
        return QStringLiteral("director");
    case Seniority::Manager:
        return QStringLiteral("manager");
    case Seniority::Individual:
    case Seniority::Unknown:
        break;
    }
    return {};
}

int seniorityPoints(Seniority s)
{
    switch (s) {
    case Seniority::Owner:
    case Seniority::CLevel:
    case Seniority::VicePresident:
        return 8;
    case Seniority::Director:
        return 6;
    case Seniority::Manager:
        return 4;
    case Seniority::Individual:
    case Seniority::Unknown:
        break;
    }
    return 0;
}
} // namespace

DemoLeadFactory::DemoLeadFactory(
    const DemoRoster &roster, const PolicySet &policy, DemoRandom &random, const QDateTime &nowUtc)
    : m_roster(roster)
    , m_policy(policy)
    , m_random(random)
    , m_companies(random, nowUtc)
{ }

QString DemoLeadFactory::sourceFor(const DemoFate &fate)
{
    switch (fate.kind) {
    case DispositionKind::Accept:
        return kSources.at(m_random.weighted({ 24, 9, 12, 25, 15, 15 }));
    case DispositionKind::Reject:
        return kSources.at(m_random.weighted({ 22, 6, 8, 42, 16, 6 }));
    case DispositionKind::NeedsInfo:
        break;
    }
    return kSources.at(m_random.weighted({ 22, 8, 10, 38, 16, 6 }));
}

EngagementSignal DemoLeadFactory::signal(const QString &kind, const Lead &lead)
{
    EngagementSignal s;
    s.kind = kind;
    if (kind == QLatin1String("demo_request")) {
        s.label = QStringLiteral("Requested a demo of %1").arg(lead.productLine);
        s.points = 20;
        s.stage = FunnelStage::Bofu;
        s.url = kSite + QStringLiteral("/demo");
    } else if (kind == QLatin1String("pricing_page")) {
        const int views = m_random.between(1, 4);
        s.label = views == 1 ? QStringLiteral("Viewed the pricing page")
                             : QStringLiteral("Viewed the pricing page %1 times").arg(views);
        s.points = std::min(16, 10 + 3 * (views - 1));
        s.stage = FunnelStage::Bofu;
        s.url = kSite + QStringLiteral("/pricing");
    } else if (kind == QLatin1String("webinar")) {
        const QString title = m_random.pick(DemoContent::webinars());
        s.label = QStringLiteral("Attended the webinar \"%1\"").arg(title);
        s.points = 8;
        s.stage = FunnelStage::Mofu;
        s.url = kSite + QStringLiteral("/webinars/") + DemoNames::asciiSlug(title, QLatin1Char('-'));
    } else if (kind == QLatin1String("content_download")) {
        const QString asset = m_random.pick(DemoContent::assets());
        s.label = QStringLiteral("Downloaded \"%1\"").arg(asset);
        s.points = 4;
        s.stage = FunnelStage::Tofu;
        s.url = kSite + QStringLiteral("/resources/") + DemoNames::asciiSlug(asset, QLatin1Char('-'));
    } else if (kind == QLatin1String("trade_show")) {
        const QString event = m_random.pick(DemoContent::events(
            lead.account.region == QLatin1String("EMEA") ? QStringLiteral("EMEA") : QStringLiteral("NA")));
        s.label = QStringLiteral("Visited our booth at %1").arg(event);
        s.points = 8;
        s.stage = FunnelStage::Mofu;
        s.url = kSite + QStringLiteral("/events/") + DemoNames::asciiSlug(event, QLatin1Char('-'));
    } else if (kind == QLatin1String("intent")) {
        s.label = QStringLiteral("Researching \"%1\" (intent data)")
                      .arg(m_random.pick(DemoContent::intentTopics()));
        s.points = 6;
        s.stage = FunnelStage::Tofu;
    } else if (kind == QLatin1String("email_click")) {
        const QString subject = m_random.pick(DemoContent::emailSubjects());
        s.label = QStringLiteral("Clicked \"%1\" in the newsletter").arg(subject);
        s.points = 2;
        s.stage = FunnelStage::Tofu;
        s.url = kSite + QStringLiteral("/blog/") + DemoNames::asciiSlug(subject, QLatin1Char('-'));
    } else {
        const ProofPoint story = m_random.pick(DemoContent::proofPoints(lead.account.industry));
        s.label = QStringLiteral("Read the %1 case study").arg(story.customer);
        s.points = 6;
        s.stage = FunnelStage::Mofu;
        s.url = story.url;
    }
    return s;
}

QList<EngagementSignal> DemoLeadFactory::engagement(
    const Lead &lead, const DemoFate &fate, const QDateTime &mqlAtUtc)
{
    const bool accepted = fate.kind == DispositionKind::Accept;
    // The signal that tipped it over the MQL line is the lead's source. A partner either refers the
    // contact for a demo or brings them to a webinar it co-hosts.
    const bool partner = lead.source == QLatin1String("partner");
    const bool referral = partner && m_random.chance(0.4);
    EngagementSignal trigger = signal(
        partner ? (referral ? QStringLiteral("demo_request") : QStringLiteral("webinar")) : lead.source,
        lead);
    const QString partnerName = lead.campaign.section(QStringLiteral(" — "), 1);
    if (referral)
        trigger.label = partnerName + QStringLiteral(" referred them for a demo of ") + lead.productLine;
    else if (partner)
        trigger.label = QStringLiteral("Attended a webinar co-hosted with ") + partnerName;
    trigger.at = mqlAtUtc.addSecs(-m_random.between(60, 1800));
    QList<EngagementSignal> list;
    const int extras = accepted ? m_random.weighted({ 8, 16, 24, 24, 16, 12 })
                                : m_random.weighted({ 20, 26, 24, 16, 9, 5 });
    for (int i = 0; i < extras; ++i) {
        const QString kind = accepted ? kSignalKinds.at(m_random.weighted({ 1, 4, 18, 16, 3, 14, 24, 20 }))
                                      : kSignalKinds.at(m_random.weighted({ 1, 4, 14, 24, 3, 14, 32, 8 }));
        EngagementSignal s = signal(kind, lead);
        // Recent touches are more common than old ones: squaring a uniform draw leans towards now.
        const double u = m_random.unit();
        s.at = mqlAtUtc.addSecs(-(3600 + qint64(u * u * 60.0 * 86400.0)));
        list << s;
    }
    list << trigger;
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.at < b.at; });
    return list;
}

ScoreBreakdown DemoLeadFactory::fitLines(const Lead &lead, const QDateTime &mqlAtUtc) const
{
    const Account &a = lead.account;
    const Contact &c = lead.contact;
    const IcpDefinition &icp = m_policy.icp;
    ScoreBreakdown score;
    const auto add = [&score](const QString &label, int points) {
        score.contributions << ScoreContribution { ScoreContribution::Part::Fit, label, points, {} };
    };
    if (!a.industry.isEmpty())
        icp.industryFit(a) == CheckOutcome::Pass
            ? add(QStringLiteral("Industry: %1").arg(a.industry), 8)
            : add(QStringLiteral("Industry: %1 (outside ICP)").arg(a.industry), -10);
    if (a.employees) {
        const QString size = QStringLiteral("Company size: %1 employees").arg(number(*a.employees));
        if (icp.minEmployees && *a.employees < *icp.minEmployees)
            add(size + QStringLiteral(" (below ICP)"), -10);
        else if (icp.maxEmployees && *a.employees > *icp.maxEmployees)
            add(size + QStringLiteral(" (above ICP)"), 2);
        else
            add(size, 8);
    }
    if (!a.region.isEmpty())
        icp.regionFit(a) == CheckOutcome::Pass
            ? add(QStringLiteral("Region: %1").arg(a.region), 4)
            : add(QStringLiteral("Region: %1 (not served)").arg(a.region), -15);
    if (const int points = seniorityPoints(c.seniority); points > 0)
        add(QStringLiteral("Seniority: %1").arg(seniorityName(c.seniority)), points);
    if (c.knownDisqualified)
        add(QStringLiteral("Marked earlier as not a buyer"), -20);
    for (const char *tool : { "Salesforce", "HubSpot", "ServiceNow", "SAP" }) {
        if (a.techStack.contains(QLatin1String(tool))) {
            add(QStringLiteral("Tech stack: %1 (integration available)").arg(QLatin1String(tool)), 2);
            break;
        }
    }
    if (a.fundingDate && a.fundingDate->daysTo(mqlAtUtc.date()) <= 365)
        add(QStringLiteral("Funding: %1 in %2")
                .arg(fundingName(a.fundingStage),
                    QLocale::c().toString(*a.fundingDate, QStringLiteral("MMM yyyy"))),
            4);
    if (a.openRoles >= 5)
        add(QStringLiteral("Hiring: %1 open roles").arg(a.openRoles), 2);
    if (a.competitor)
        add(QStringLiteral("Competitor"), -20);
    if (c.email.endsWith(QLatin1String("@gmail.com")) || c.email.endsWith(QLatin1String("@outlook.com")))
        add(QStringLiteral("Personal e-mail address"), -5);
    return score;
}

TalkTrack DemoLeadFactory::talkTrack(const Lead &lead)
{
    TalkTrack track;
    const QString first = lead.contact.firstName;
    const QString company = lead.account.name.isEmpty() ? QStringLiteral("your team") : lead.account.name;
    const EngagementSignal &trigger = lead.engagement.constLast();
    const QString detail = trigger.label.section(QLatin1Char('"'), 1, 1);
    if (lead.source == QLatin1String("demo_request"))
        track.opener
            = QStringLiteral("Hi %1, thanks for asking for a demo of %2. Before we book it: what made you "
                             "look at this now at %3?")
                  .arg(first, lead.productLine, company);
    else if (lead.source == QLatin1String("pricing_page"))
        track.opener
            = QStringLiteral("Hi %1, I saw you comparing our plans for %2. What would you want to fix "
                             "first at %3, so I can point you to the right one?")
                  .arg(first, lead.productLine, company);
    else if (lead.source == QLatin1String("webinar"))
        track.opener
            = QStringLiteral("Hi %1, thanks for joining \"%2\". Which part was closest to what %3 is "
                             "working on?")
                  .arg(first, detail, company);
    else if (lead.source == QLatin1String("content_download"))
        track.opener = QStringLiteral("Hi %1, you downloaded \"%2\". Is %3 working on that this quarter, or "
                                      "still researching?")
                           .arg(first, detail, company);
    else if (lead.source == QLatin1String("trade_show"))
        track.opener = QStringLiteral("Hi %1, good to meet you at %2. Are approvals at %3 still on your list "
                                      "for this year?")
                           .arg(first, trigger.label.section(QStringLiteral(" at "), 1), company);
    else
        track.opener = QStringLiteral("Hi %1, %2 suggested we talk about workflows at %3. What did they tell "
                                      "you about us?")
                           .arg(first, lead.campaign.section(QStringLiteral(" — "), 1), company);

    QStringList questions = DemoContent::discoveryQuestions(lead.account.industry);
    const QString specific = questions.takeLast();
    m_random.shuffle(questions);
    track.discoveryQuestions = questions.mid(0, 2);
    if (lead.account.techStack.size() >= 2)
        track.discoveryQuestions << QStringLiteral("Would this need to work with %1 and %2?")
                                        .arg(lead.account.techStack.at(0), lead.account.techStack.at(1));
    track.discoveryQuestions << specific;

    QList<ProofPoint> stories = DemoContent::proofPoints(lead.account.industry);
    m_random.shuffle(stories);
    track.proofPoints = stories.mid(0, m_random.between(1, std::min(3, int(stories.size()))));
    return track;
}

void DemoLeadFactory::removeMissing(Lead &lead, const QStringList &missingItems)
{
    for (const QString &item : missingItems) {
        if (item == QLatin1String("email")) {
            lead.contact.email
                = DemoNames::asciiSlug(lead.contact.firstName, QChar()) + QStringLiteral("@gmail.com");
            lead.contact.emailVerified = false;
        } else if (item == QLatin1String("phone")) {
            lead.contact.phone.clear();
        } else if (item == QLatin1String("company")) {
            lead.account.name.clear();
            lead.account.domain.clear();
        } else if (item == QLatin1String("title")) {
            lead.contact.title.clear();
            lead.contact.seniority = Seniority::Unknown;
        } else if (item == QLatin1String("industry")) {
            lead.account.industry.clear();
        } else if (item == QLatin1String("company_size")) {
            lead.account.employees.reset();
        } else if (item == QLatin1String("revenue")) {
            lead.account.annualRevenue.reset();
        } else if (item == QLatin1String("region")) {
            lead.account.region.clear();
            lead.account.country.clear();
            lead.account.state.clear();
        }
    }
}

void DemoLeadFactory::build(DemoLeadPlan &plan, const QDateTime &mqlAtUtc, const Lead *original)
{
    Lead &lead = plan.lead;
    lead.stage = Stage::Mql;
    lead.ownerEmail = plan.owner.email;
    lead.teamId = plan.owner.teamId;
    lead.source = sourceFor(plan.fate);
    lead.productLine = m_random.pick(DemoContent::productLines());
    if (original) {
        lead.account = original->account;
        lead.contact = original->contact;
    } else {
        lead.account = m_companies.account(m_roster.territory(plan.owner.territoryId), plan.fate);
        lead.contact = m_companies.contact(lead.account, plan.fate);
    }
    const QString region
        = lead.account.region == QLatin1String("EMEA") ? QStringLiteral("EMEA") : QStringLiteral("NA");
    if (lead.source == QLatin1String("partner"))
        lead.campaign = QStringLiteral("Partner referral — ") + m_random.pick(DemoContent::partners(region));
    lead.engagement = engagement(lead, plan.fate, mqlAtUtc);
    const EngagementSignal trigger = lead.engagement.constLast();
    if (lead.source == QLatin1String("webinar") || lead.source == QLatin1String("content_download"))
        lead.campaign = (lead.source == QLatin1String("webinar") ? QStringLiteral("Webinar — ")
                                                                 : QStringLiteral("Content — "))
            + trigger.label.section(QLatin1Char('"'), 1, 1);
    else if (lead.source == QLatin1String("trade_show"))
        lead.campaign = QStringLiteral("Event — ") + trigger.label.section(QStringLiteral(" at "), 1);
    else if (lead.source != QLatin1String("partner"))
        lead.campaign = m_random.pick(DemoContent::campaigns(lead.source));
    // Marketing's MQL line: a lead that scores below it had more engagement before it qualified.
    Lead asScored = lead;
    if (plan.fate.kind == DispositionKind::NeedsInfo)
        removeMissing(asScored, plan.fate.missingItems);
    const int fit = fitLines(asScored, mqlAtUtc).fitPoints();
    const auto engaged = [&lead] {
        int points = 0;
        for (const EngagementSignal &s : lead.engagement)
            points += s.points;
        return points;
    };
    while (fit + engaged() < kMqlLine && lead.engagement.size() < 6) {
        static const QStringList nurture { QStringLiteral("webinar"), QStringLiteral("intent"),
            QStringLiteral("case_study"), QStringLiteral("content_download") };
        EngagementSignal s = signal(nurture.at(m_random.weighted({ 30, 25, 20, 25 })), lead);
        s.at = mqlAtUtc.addSecs(-m_random.between(qint64(3600), qint64(45 * 86400)));
        lead.engagement.prepend(s);
        std::stable_sort(lead.engagement.begin(), lead.engagement.end(),
            [](const auto &x, const auto &y) { return x.at < y.at; });
    }
    lead.createdAt = lead.engagement.constFirst().at.addSecs(-m_random.between(0, 3 * 86400));
    lead.mqlAt = mqlAtUtc;
    lead.routedAt = mqlAtUtc;

    plan.complete = lead;
    if (plan.fate.kind == DispositionKind::NeedsInfo)
        removeMissing(lead, plan.fate.missingItems);
    for (Lead *l : { &lead, &plan.complete }) {
        l->score = fitLines(*l, mqlAtUtc);
        l->score.addSignals(l->engagement);
    }
    const TierInput input { lead.score.total(), lead.score.fitPoints(), m_policy.icp.fits(lead.account),
        lead.source, lead.engagement, mqlAtUtc };
    lead.tier = m_policy.sla.chooseTier(input).id;
    lead.talkTrack = talkTrack(lead);
    plan.complete.tier = lead.tier;
    plan.complete.talkTrack = talkTrack(plan.complete);
}

void DemoLeadFactory::shift(Lead &lead, qint64 seconds)
{
    lead.createdAt = lead.createdAt.addSecs(seconds);
    lead.mqlAt = lead.mqlAt.addSecs(seconds);
    lead.routedAt = lead.routedAt.addSecs(seconds);
    for (EngagementSignal &s : lead.engagement)
        s.at = s.at.addSecs(seconds);
    for (ScoreContribution &c : lead.score.contributions) {
        if (c.at.isValid())
            c.at = c.at.addSecs(seconds);
    }
}

} // namespace sal::core
