#include "demo/DemoContent.h"

namespace sal::core {

namespace {
QStringList utf8List(std::initializer_list<const char *> items)
{
    QStringList list;
    list.reserve(qsizetype(items.size()));
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}
} // namespace

QStringList DemoContent::techStack()
{
    return utf8List({ "Salesforce", "HubSpot", "Microsoft Dynamics 365", "SAP", "NetSuite", "Workday",
        "ServiceNow", "Slack", "Microsoft Teams", "Zendesk", "Jira", "Snowflake", "AWS", "Azure",
        "Google Cloud", "Marketo", "Okta", "Tableau", "DocuSign", "Coupa" });
}

QStringList DemoContent::productLines()
{
    return utf8List({ "Workflow Cloud", "Workflow Cloud", "Analytics", "Integrations Hub" });
}

QStringList DemoContent::campaigns(const QString &source)
{
    if (source == QLatin1String("webinar"))
        return utf8List({ "Webinar — Approvals without the email chase", "Webinar — Ops leaders roundtable",
            "Webinar — AI agents in back-office workflows" });
    if (source == QLatin1String("pricing_page"))
        return utf8List({ "Website — pricing page", "Paid search — pricing", "Retargeting — pricing" });
    if (source == QLatin1String("demo_request"))
        return utf8List(
            { "Website — demo request", "Review site — demo request", "Paid social — book a demo" });
    if (source == QLatin1String("content_download"))
        return utf8List({ "Ebook — The state of workflow automation",
            "Guide — Procurement approvals playbook", "Report — Back-office benchmark 2026" });
    if (source == QLatin1String("trade_show"))
        return utf8List({ "Event — Ops Summit", "Event — Digital Operations Forum" });
    return utf8List({ "Partner referral", "Partner co-marketing webinar" });
}

QStringList DemoContent::webinars()
{
    return utf8List(
        { "Approvals without the email chase", "Ops leaders roundtable", "AI agents in back-office workflows",
            "Closing the books in five days", "Onboarding employees in one workflow" });
}

QStringList DemoContent::assets()
{
    return utf8List({ "The state of workflow automation 2026", "Procurement approvals playbook",
        "Back-office benchmark 2026", "Buyer's guide to workflow platforms",
        "Checklist: audit-ready approval trails" });
}

QStringList DemoContent::events(const QString &region)
{
    if (region == QLatin1String("EMEA"))
        return utf8List(
            { "Ops Summit London", "Digital Operations Forum Berlin", "Shared Services Week Amsterdam" });
    return utf8List(
        { "Ops Summit Chicago", "Digital Operations Forum Austin", "Finance Automation Expo Toronto" });
}

QStringList DemoContent::partners(const QString &region)
{
    if (region == QLatin1String("EMEA"))
        return utf8List({ "Nordic Integrators", "Brightpath Consulting UK", "Rheinwerk Digital" });
    return utf8List({ "Brightpath Consulting", "Cloudline Partners", "Northbeam Solutions" });
}

QStringList DemoContent::intentTopics()
{
    return utf8List({ "workflow automation", "approval software", "procure-to-pay automation",
        "low-code platforms", "employee onboarding software", "business process management" });
}

QStringList DemoContent::emailSubjects()
{
    return utf8List({ "5 approvals you can automate this week", "Customer story: month-end in 4 days",
        "New: AI routing for requests", "Your invitation: Ops Summit",
        "Benchmark: how fast are your approvals?" });
}

QList<ProofPoint> DemoContent::proofPoints(const QString &industry)
{
    const auto story = [](const char *customer, const char *claim, const char *slug) {
        return ProofPoint { QString::fromUtf8(customer), QString::fromUtf8(claim),
            QStringLiteral("https://www.lumenflow.example/customers/") + QLatin1String(slug) };
    };
    if (industry == QLatin1String("Logistics"))
        return { story("Northwind Logistics", "cut carrier onboarding from 3 weeks to 5 days",
                     "northwind-logistics"),
            story("Baltic Freight Group", "resolves shipment exceptions 38 % faster", "baltic-freight") };
    if (industry == QLatin1String("Financial Services"))
        return { story("Ridgeway Capital", "passed its SOX audit with zero approval findings",
                     "ridgeway-capital"),
            story("Harborview Insurance", "settles simple claims in 2 days instead of 9",
                "harborview-insurance") };
    if (industry == QLatin1String("Healthcare"))
        return { story("St. Aldric Health", "onboards clinicians 45 % faster", "st-aldric-health"),
            story("Medivo Diagnostics", "cut purchase-order cycle time by half", "medivo") };
    if (industry == QLatin1String("Manufacturing"))
        return { story("Kessler Präzision", "approves engineering change orders in 1 day, not 6", "kessler"),
            story("Granite Components", "saved 1,900 hours a year in plant requests", "granite-components") };
    if (industry == QLatin1String("Retail"))
        return { story("Maple & Main Stores", "handles store requests for 420 shops with 3 people",
                     "maple-main"),
            story("Outfitters Collective", "launched seasonal ranges 2 weeks earlier",
                "outfitters-collective") };
    if (industry == QLatin1String("Professional Services"))
        return { story("Atlas Advisory", "staffs new engagements in 48 hours", "atlas-advisory"),
            story("Beacon Legal", "cut matter intake time by 60 %", "beacon-legal") };
    return { story("Vertex Cloud", "automated 120 access-request workflows in a quarter", "vertex-cloud"),
        story("Nimbus Data", "closes the books in 4 days instead of 9", "nimbus-data"),
        story("Northwind Logistics", "cut onboarding time by 40 %", "northwind-logistics") };
}

QStringList DemoContent::discoveryQuestions(const QString &industry)
{
    QStringList questions = utf8List({ "How are approvals handled today, and where do they stall?",
        "Who else would be involved in choosing a tool like this?",
        "What would you need to see to move forward this quarter?",
        "How many people touch a typical request from start to finish?",
        "What happens today when a request is stuck or lost?" });
    if (industry == QLatin1String("Financial Services"))
        questions << QString::fromUtf8("How do auditors review your approval trails today?");
    else if (industry == QLatin1String("Healthcare"))
        questions << QString::fromUtf8("Which patient-data rules would a workflow tool have to meet?");
    else if (industry == QLatin1String("Manufacturing"))
        questions << QString::fromUtf8("How do change orders move between plants and engineering?");
    else if (industry == QLatin1String("Logistics"))
        questions << QString::fromUtf8("Where do shipment exceptions get stuck between teams?");
    else if (industry == QLatin1String("Retail"))
        questions << QString::fromUtf8(
            "How do store requests reach head office, and how fast are they answered?");
    else if (industry == QLatin1String("Professional Services"))
        questions << QString::fromUtf8("How do you staff and approve a new engagement today?");
    else
        questions << QString::fromUtf8("How does your team handle access and purchase requests today?");
    return questions;
}

QStringList DemoContent::otherRejectionTexts()
{
    return utf8List({ "Student writing a thesis on workflow automation, no buying intent.",
        "Job applicant who used the demo form to reach our recruiters.",
        "Agency trying to sell us their lead-generation services.",
        "Journalist researching an article; passed to the press team.",
        "Downloaded the guide for a university course, no company project.",
        "Contact left the company; the new team has no interest right now." });
}

QStringList DemoContent::disqualificationReasons()
{
    return utf8List(
        { "no_budget", "no_response", "chose_competitor", "project_cancelled", "no_decision_timeline" });
}

} // namespace sal::core
