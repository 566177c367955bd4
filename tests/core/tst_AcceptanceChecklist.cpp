// The acceptance checklist: each of its nine items judged pass / fail / unknown from the lead's own
// data, always with evidence the rep can verify, plus the ICP fits the company item is built on.

#include "qualification/AcceptanceChecklist.h"

#include <QTest>
#include <QTimeZone>
#include <functional>

using namespace sal::core;

namespace sal::core {
char *toString(const CheckOutcome &outcome)
{
    return qstrdup(qPrintable(checkOutcomeToString(outcome)));
}
} // namespace sal::core

namespace {

const QDateTime kNow(QDate(2026, 3, 6), QTime(15, 0), QTimeZone::utc());

// What one row of the data table changes on the baseline lead. `engaged` is the number of engaged
// contacts at the account.
using LeadEdit = std::function<void(Lead &lead, int &engaged)>;

IcpDefinition icp()
{
    IcpDefinition d;
    d.industries = { QStringLiteral("Software"), QStringLiteral("Financial Services") };
    d.minEmployees = 50;
    d.maxEmployees = 5000;
    d.regions = { QStringLiteral("NA"), QStringLiteral("EMEA") };
    d.buyingSeniorities
        = { Seniority::Director, Seniority::VicePresident, Seniority::CLevel, Seniority::Owner };
    d.buyingTitleKeywords = { QStringLiteral("head of"), QStringLiteral("vp"), QStringLiteral("director") };
    return d;
}

EngagementSignal signal(const QString &kind, const QString &label, FunnelStage stage, int daysAgo)
{
    EngagementSignal s;
    s.kind = kind;
    s.label = label;
    s.points = 10;
    s.at = kNow.addDays(-daysAgo);
    s.stage = stage;
    return s;
}

// A lead every item passes for.
Lead goodLead()
{
    Lead lead;
    lead.id = QStringLiteral("L-1");
    lead.account.name = QStringLiteral("Acme Analytics");
    lead.account.industry = QStringLiteral("Software");
    lead.account.employees = 1200;
    lead.account.region = QStringLiteral("NA");
    lead.account.country = QStringLiteral("US");
    lead.account.fundingStage = QStringLiteral("series_b");
    lead.account.fundingDate = kNow.date().addDays(-100);
    lead.account.openRoles = 12;
    lead.contact.firstName = QStringLiteral("Dana");
    lead.contact.lastName = QStringLiteral("Reyes");
    lead.contact.title = QStringLiteral("Director of Sales Operations");
    lead.contact.seniority = Seniority::Director;
    lead.contact.email = QStringLiteral("dana.reyes@acme.example");
    lead.contact.emailVerified = true;
    lead.engagement = {
        signal(QStringLiteral("webinar"), QStringLiteral("Attended the pipeline webinar"), FunnelStage::Tofu,
            20),
        signal(
            QStringLiteral("pricing_page"), QStringLiteral("Visited the pricing page"), FunnelStage::Bofu, 2),
        signal(QStringLiteral("intent"), QStringLiteral("Surging on 'lead routing' (Bombora)"),
            FunnelStage::Mofu, 5),
    };
    return lead;
}

const ChecklistItem *find(const QList<ChecklistItem> &items, const QString &id)
{
    for (const ChecklistItem &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

const QStringList kIds { QStringLiteral("real_person"), QStringLiteral("icp_company"),
    QStringLiteral("buying_influence"), QStringLiteral("not_excluded"), QStringLiteral("several_contacts"),
    QStringLiteral("recent_engagement"), QStringLiteral("mofu_bofu_content"),
    QStringLiteral("growth_signals"), QStringLiteral("intent_data") };

} // namespace

Q_DECLARE_METATYPE(LeadEdit)

class tst_AcceptanceChecklist : public QObject
{
    Q_OBJECT

private slots:
    void nineItemsInOrder();
    void goodLeadPassesEverything();

    void item_data();
    void item();

    void thresholdsComeFromThePolicy();
    void evidenceNeverEmpty();

    void requiredItemsHold_data();
    void requiredItemsHold();
    void requiredItemsHoldOnPlainLists();

    void icpIndustryFit();
    void icpSizeFitWithRevenue();
    void icpRegionFit_data();
    void icpRegionFit();
    void icpBuyingInfluence();
    void icpFitsOnlyWhenAllPass();
};

void tst_AcceptanceChecklist::nineItemsInOrder()
{
    const AcceptanceChecklist checklist(icp(), ChecklistThresholds {});
    const QList<ChecklistItem> items = checklist.evaluate(goodLead(), 3, kNow);
    QStringList ids;
    for (const ChecklistItem &item : items) {
        ids << item.id;
        QVERIFY2(!item.label.isEmpty(), qPrintable(item.id));
    }
    QCOMPARE(ids, kIds);
    // The first four are required, the rest preferred.
    for (qsizetype i = 0; i < items.size(); ++i)
        QCOMPARE(items.at(i).required, i < 4);
}

void tst_AcceptanceChecklist::goodLeadPassesEverything()
{
    const AcceptanceChecklist checklist(icp(), ChecklistThresholds {});
    const QList<ChecklistItem> items = checklist.evaluate(goodLead(), 3, kNow);
    for (const ChecklistItem &item : items) {
        QVERIFY2(
            item.outcome == CheckOutcome::Pass, qPrintable(item.id + QLatin1String(": ") + item.evidence));
        QVERIFY2(!item.evidence.isEmpty(), qPrintable(item.id));
    }
    QVERIFY(AcceptanceChecklist::requiredItemsHold(items));
}

void tst_AcceptanceChecklist::item_data()
{
    QTest::addColumn<LeadEdit>("edit");
    QTest::addColumn<QString>("id");
    QTest::addColumn<CheckOutcome>("outcome");
    QTest::addColumn<QString>("evidence"); // a fragment the evidence must contain

    const auto pass = CheckOutcome::Pass;
    const auto fail = CheckOutcome::Fail;
    const auto unknown = CheckOutcome::Unknown;
    const QString realPerson = QStringLiteral("real_person");
    const QString icpCompany = QStringLiteral("icp_company");
    const QString influence = QStringLiteral("buying_influence");
    const QString excluded = QStringLiteral("not_excluded");
    const QString several = QStringLiteral("several_contacts");
    const QString recent = QStringLiteral("recent_engagement");
    const QString content = QStringLiteral("mofu_bofu_content");
    const QString growth = QStringLiteral("growth_signals");
    const QString intent = QStringLiteral("intent_data");

    // real_person
    QTest::newRow("real_person: verified email")
        << LeadEdit([](Lead &, int &) {}) << realPerson << pass << QStringLiteral("dana.reyes@acme.example");
    QTest::newRow("real_person: LinkedIn without verified email") << LeadEdit([](Lead &l, int &) {
        l.contact.emailVerified = false;
        l.contact.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/dana-reyes");
    }) << realPerson << pass << QStringLiteral("linkedin.com/in/dana-reyes");
    QTest::newRow("real_person: unverified email only")
        << LeadEdit([](Lead &l, int &) { l.contact.emailVerified = false; }) << realPerson << unknown
        << QStringLiteral("dana.reyes@acme.example");
    QTest::newRow("real_person: nothing") << LeadEdit([](Lead &l, int &) {
        l.contact.email.clear();
        l.contact.emailVerified = false;
    }) << realPerson << fail << QString();
    QTest::newRow("real_person: verified flag without address")
        << LeadEdit([](Lead &l, int &) { l.contact.email.clear(); }) << realPerson << fail << QString();

    // icp_company
    QTest::newRow("icp_company: inside")
        << LeadEdit([](Lead &, int &) {}) << icpCompany << pass
        << QStringLiteral("Industry Software, 1200 employees, region NA / US");
    QTest::newRow("icp_company: industry outside")
        << LeadEdit([](Lead &l, int &) { l.account.industry = QStringLiteral("Education"); }) << icpCompany
        << fail << QStringLiteral("Education");
    QTest::newRow("icp_company: too small") << LeadEdit([](Lead &l, int &) { l.account.employees = 12; })
                                            << icpCompany << fail << QStringLiteral("12");
    QTest::newRow("icp_company: too big") << LeadEdit([](Lead &l, int &) { l.account.employees = 80000; })
                                          << icpCompany << fail << QStringLiteral("80000");
    QTest::newRow("icp_company: region outside") << LeadEdit([](Lead &l, int &) {
        l.account.region = QStringLiteral("APAC");
        l.account.country = QStringLiteral("JP");
    }) << icpCompany << fail << QStringLiteral("APAC / JP");
    QTest::newRow("icp_company: industry unknown")
        << LeadEdit([](Lead &l, int &) { l.account.industry.clear(); }) << icpCompany << unknown
        << QStringLiteral("Industry ?");
    QTest::newRow("icp_company: size unknown")
        << LeadEdit([](Lead &l, int &) { l.account.employees.reset(); }) << icpCompany << unknown
        << QStringLiteral("? employees");
    QTest::newRow("icp_company: region unknown") << LeadEdit([](Lead &l, int &) {
        l.account.region.clear();
        l.account.country.clear();
    }) << icpCompany << unknown << QStringLiteral("region ? / ?");
    QTest::newRow("icp_company: a failure outweighs an unknown") << LeadEdit([](Lead &l, int &) {
        l.account.industry = QStringLiteral("Education");
        l.account.employees.reset();
    }) << icpCompany << fail << QStringLiteral("Education");

    // buying_influence
    QTest::newRow("buying_influence: director") << LeadEdit([](Lead &, int &) {}) << influence << pass
                                                << QStringLiteral("Director of Sales Operations");
    QTest::newRow("buying_influence: individual contributor") << LeadEdit([](Lead &l, int &) {
        l.contact.seniority = Seniority::Individual;
        l.contact.title = QStringLiteral("Sales Analyst");
    }) << influence << fail << QStringLiteral("individual");
    QTest::newRow("buying_influence: title keyword without seniority") << LeadEdit([](Lead &l, int &) {
        l.contact.seniority = Seniority::Unknown;
        l.contact.title = QStringLiteral("Head Of Revenue Operations");
    }) << influence << pass << QStringLiteral("Head Of Revenue Operations");
    QTest::newRow("buying_influence: unplaceable title") << LeadEdit([](Lead &l, int &) {
        l.contact.seniority = Seniority::Unknown;
        l.contact.title = QStringLiteral("Growth Ninja");
    }) << influence << unknown << QStringLiteral("Growth Ninja");
    QTest::newRow("buying_influence: no title, no seniority") << LeadEdit([](Lead &l, int &) {
        l.contact.seniority = Seniority::Unknown;
        l.contact.title.clear();
    }) << influence << unknown << QStringLiteral("\"?\"");

    // not_excluded
    QTest::newRow("not_excluded: clean") << LeadEdit([](Lead &, int &) {}) << excluded << pass << QString();
    QTest::newRow("not_excluded: existing customer")
        << LeadEdit([](Lead &l, int &) { l.account.existingCustomer = true; }) << excluded << fail
        << QStringLiteral("Acme Analytics is an existing customer");
    QTest::newRow("not_excluded: competitor")
        << LeadEdit([](Lead &l, int &) { l.account.competitor = true; }) << excluded << fail
        << QStringLiteral("Acme Analytics is a competitor");
    QTest::newRow("not_excluded: disqualified before")
        << LeadEdit([](Lead &l, int &) { l.contact.knownDisqualified = true; }) << excluded << fail
        << QStringLiteral("Dana Reyes was disqualified before");
    QTest::newRow("not_excluded: all three") << LeadEdit([](Lead &l, int &) {
        l.account.existingCustomer = true;
        l.account.competitor = true;
        l.contact.knownDisqualified = true;
    }) << excluded << fail << QStringLiteral("customer; Acme Analytics is a competitor; Dana Reyes was");

    // several_contacts
    QTest::newRow("several_contacts: 3")
        << LeadEdit([](Lead &, int &) {}) << several << pass << QStringLiteral("3");
    QTest::newRow("several_contacts: exactly the minimum")
        << LeadEdit([](Lead &, int &n) { n = 2; }) << several << pass << QStringLiteral("2");
    QTest::newRow("several_contacts: only this one")
        << LeadEdit([](Lead &, int &n) { n = 1; }) << several << fail << QStringLiteral("1");
    QTest::newRow("several_contacts: none")
        << LeadEdit([](Lead &, int &n) { n = 0; }) << several << fail << QStringLiteral("0");

    // recent_engagement: the latest signal counts, wherever it is in the list.
    QTest::newRow("recent_engagement: 2 days ago")
        << LeadEdit([](Lead &, int &) {}) << recent << pass << QStringLiteral("2 day");
    QTest::newRow("recent_engagement: exactly 14 days") << LeadEdit([](Lead &l, int &) {
        l.engagement
            = { signal(QStringLiteral("webinar"), QStringLiteral("Webinar"), FunnelStage::Tofu, 14) };
    }) << recent << pass << QStringLiteral("14 day");
    QTest::newRow("recent_engagement: 15 days") << LeadEdit([](Lead &l, int &) {
        l.engagement
            = { signal(QStringLiteral("webinar"), QStringLiteral("Webinar"), FunnelStage::Tofu, 15) };
    }) << recent << fail << QStringLiteral("15 day");
    QTest::newRow("recent_engagement: latest first") << LeadEdit([](Lead &l, int &) {
        l.engagement = { signal(QStringLiteral("webinar"), QStringLiteral("New"), FunnelStage::Tofu, 3),
            signal(QStringLiteral("webinar"), QStringLiteral("Old"), FunnelStage::Tofu, 60) };
    }) << recent << pass << QStringLiteral("3 day");
    QTest::newRow("recent_engagement: latest last") << LeadEdit([](Lead &l, int &) {
        l.engagement = { signal(QStringLiteral("webinar"), QStringLiteral("Old"), FunnelStage::Tofu, 60),
            signal(QStringLiteral("webinar"), QStringLiteral("New"), FunnelStage::Tofu, 3) };
    }) << recent << pass << QStringLiteral("3 day");
    QTest::newRow("recent_engagement: none")
        << LeadEdit([](Lead &l, int &) { l.engagement.clear(); }) << recent << fail << QString();

    // mofu_bofu_content
    QTest::newRow("mofu_bofu_content: pricing page")
        << LeadEdit([](Lead &, int &) {}) << content << pass << QStringLiteral("Visited the pricing page");
    QTest::newRow("mofu_bofu_content: mofu") << LeadEdit([](Lead &l, int &) {
        l.engagement = { signal(QStringLiteral("case_study"), QStringLiteral("Read the Globex case study"),
            FunnelStage::Mofu, 1) };
    }) << content << pass << QStringLiteral("Read the Globex case study");
    QTest::newRow("mofu_bofu_content: top of funnel only") << LeadEdit([](Lead &l, int &) {
        l.engagement
            = { signal(QStringLiteral("blog"), QStringLiteral("Read a blog post"), FunnelStage::Tofu, 1) };
    }) << content << fail << QString();
    QTest::newRow("mofu_bofu_content: none")
        << LeadEdit([](Lead &l, int &) { l.engagement.clear(); }) << content << fail << QString();

    // growth_signals
    QTest::newRow("growth_signals: funding and hiring") << LeadEdit(
        [](Lead &, int &) {}) << growth << pass << QStringLiteral("series_b funding on 2025-11-26; 12 open");
    QTest::newRow("growth_signals: recent funding only")
        << LeadEdit([](Lead &l, int &) { l.account.openRoles = 0; }) << growth << pass
        << QStringLiteral("series_b funding");
    QTest::newRow("growth_signals: funding exactly a year ago") << LeadEdit([](Lead &l, int &) {
        l.account.openRoles = 0;
        l.account.fundingDate = kNow.date().addDays(-365);
    }) << growth << pass << QStringLiteral("2025-03-06");
    QTest::newRow("growth_signals: old funding") << LeadEdit([](Lead &l, int &) {
        l.account.openRoles = 0;
        l.account.fundingDate = kNow.date().addDays(-366);
    }) << growth << fail << QString();
    QTest::newRow("growth_signals: hiring at the threshold") << LeadEdit([](Lead &l, int &) {
        l.account.fundingDate.reset();
        l.account.openRoles = 5;
    }) << growth << pass << QStringLiteral("5 open roles");
    QTest::newRow("growth_signals: hiring below the threshold") << LeadEdit([](Lead &l, int &) {
        l.account.fundingDate.reset();
        l.account.openRoles = 4;
    }) << growth << fail << QString();
    QTest::newRow("growth_signals: funding stage unknown") << LeadEdit([](Lead &l, int &) {
        l.account.openRoles = 0;
        l.account.fundingStage.clear();
    }) << growth << pass << QStringLiteral("? funding");

    // intent_data
    QTest::newRow("intent_data: intent signal")
        << LeadEdit([](Lead &, int &) {}) << intent << pass << QStringLiteral("Bombora");
    QTest::newRow("intent_data: none")
        << LeadEdit([](Lead &l, int &) { l.engagement.removeLast(); }) << intent << fail << QString();
}

void tst_AcceptanceChecklist::item()
{
    QFETCH(LeadEdit, edit);
    QFETCH(QString, id);
    QFETCH(CheckOutcome, outcome);
    QFETCH(QString, evidence);

    Lead lead = goodLead();
    int engaged = 3;
    edit(lead, engaged);
    const AcceptanceChecklist checklist(icp(), ChecklistThresholds {});
    const QList<ChecklistItem> items = checklist.evaluate(lead, engaged, kNow);
    QCOMPARE(items.size(), 9);
    const ChecklistItem *found = find(items, id);
    QVERIFY(found);
    QCOMPARE(found->outcome, outcome);
    QVERIFY2(!found->evidence.isEmpty(), qPrintable(id));
    QVERIFY2(found->evidence.contains(evidence), qPrintable(found->evidence));
    // The outcome is the item's own: a failing required item breaks requiredItemsHold, nothing else does.
    QCOMPARE(
        AcceptanceChecklist::requiredItemsHold(items), !(found->required && outcome == CheckOutcome::Fail));
}

void tst_AcceptanceChecklist::thresholdsComeFromThePolicy()
{
    ChecklistThresholds t;
    t.recentEngagementDays = 1;
    t.minEngagedContacts = 5;
    t.growthFundingDays = 30;
    t.growthOpenRoles = 50;
    t.intentSignalKinds = { QStringLiteral("g2_research") };
    const AcceptanceChecklist checklist(icp(), t);
    const QList<ChecklistItem> items = checklist.evaluate(goodLead(), 3, kNow);
    for (const QString &id : { QStringLiteral("several_contacts"), QStringLiteral("recent_engagement"),
             QStringLiteral("growth_signals"), QStringLiteral("intent_data") })
        QVERIFY2(find(items, id)->outcome == CheckOutcome::Fail, qPrintable(id));
    QVERIFY(find(items, QStringLiteral("recent_engagement"))->label.contains(QLatin1String("1 day")));

    Lead lead = goodLead();
    lead.engagement << signal(
        QStringLiteral("g2_research"), QStringLiteral("Compared vendors on G2"), FunnelStage::Bofu, 0);
    const QList<ChecklistItem> withIntent = checklist.evaluate(lead, 5, kNow);
    const ChecklistItem *intent = find(withIntent, QStringLiteral("intent_data"));
    QCOMPARE(intent->outcome, CheckOutcome::Pass);
    QCOMPARE(intent->evidence, QStringLiteral("Compared vendors on G2"));
}

void tst_AcceptanceChecklist::evidenceNeverEmpty()
{
    // The emptiest lead possible: every item still says what it is based on.
    const AcceptanceChecklist checklist(icp(), ChecklistThresholds {});
    const QList<ChecklistItem> items = checklist.evaluate(Lead {}, 0, kNow);
    QCOMPARE(items.size(), 9);
    for (const ChecklistItem &item : items) {
        QVERIFY2(!item.evidence.isEmpty(), qPrintable(item.id));
        QVERIFY2(!item.label.isEmpty(), qPrintable(item.id));
    }
    QCOMPARE(find(items, QStringLiteral("real_person"))->outcome, CheckOutcome::Fail);
    QCOMPARE(find(items, QStringLiteral("icp_company"))->outcome, CheckOutcome::Unknown);
    QCOMPARE(find(items, QStringLiteral("buying_influence"))->outcome, CheckOutcome::Unknown);
    QCOMPARE(find(items, QStringLiteral("not_excluded"))->outcome, CheckOutcome::Pass);
    QVERIFY(!AcceptanceChecklist::requiredItemsHold(items)); // no email and no LinkedIn
}

void tst_AcceptanceChecklist::requiredItemsHold_data()
{
    QTest::addColumn<LeadEdit>("edit");
    QTest::addColumn<bool>("hold");

    QTest::newRow("everything passes") << LeadEdit([](Lead &, int &) {}) << true;
    QTest::newRow("all preferred items fail") << LeadEdit([](Lead &l, int &n) {
        n = 1;
        l.engagement = { signal(QStringLiteral("blog"), QStringLiteral("Blog"), FunnelStage::Tofu, 90) };
        l.account.fundingDate.reset();
        l.account.openRoles = 0;
    }) << true;
    QTest::newRow("required items unknown") << LeadEdit([](Lead &l, int &) {
        l.contact.emailVerified = false;
        l.contact.seniority = Seniority::Unknown;
        l.contact.title = QStringLiteral("Growth Ninja");
        l.account.industry.clear();
    }) << true;
    QTest::newRow("real_person fails") << LeadEdit([](Lead &l, int &) { l.contact.email.clear(); }) << false;
    QTest::newRow("icp_company fails") << LeadEdit([](Lead &l, int &) { l.account.employees = 3; }) << false;
    QTest::newRow("buying_influence fails")
        << LeadEdit([](Lead &l, int &) { l.contact.seniority = Seniority::Manager; }) << false;
    QTest::newRow("not_excluded fails")
        << LeadEdit([](Lead &l, int &) { l.account.competitor = true; }) << false;
}

void tst_AcceptanceChecklist::requiredItemsHold()
{
    QFETCH(LeadEdit, edit);
    QFETCH(bool, hold);
    Lead lead = goodLead();
    int engaged = 3;
    edit(lead, engaged);
    const AcceptanceChecklist checklist(icp(), ChecklistThresholds {});
    QCOMPARE(AcceptanceChecklist::requiredItemsHold(checklist.evaluate(lead, engaged, kNow)), hold);
}

void tst_AcceptanceChecklist::requiredItemsHoldOnPlainLists()
{
    const auto item = [](bool required, CheckOutcome outcome) {
        ChecklistItem i;
        i.id = QStringLiteral("x");
        i.required = required;
        i.outcome = outcome;
        return i;
    };
    QVERIFY(AcceptanceChecklist::requiredItemsHold({}));
    QVERIFY(AcceptanceChecklist::requiredItemsHold({ item(false, CheckOutcome::Fail) }));
    QVERIFY(AcceptanceChecklist::requiredItemsHold({ item(true, CheckOutcome::Unknown) }));
    QVERIFY(AcceptanceChecklist::requiredItemsHold(
        { item(true, CheckOutcome::Pass), item(false, CheckOutcome::Fail) }));
    QVERIFY(!AcceptanceChecklist::requiredItemsHold(
        { item(true, CheckOutcome::Pass), item(true, CheckOutcome::Fail) }));
}

void tst_AcceptanceChecklist::icpIndustryFit()
{
    Account a;
    IcpDefinition any;
    QCOMPARE(any.industryFit(a), CheckOutcome::Pass); // no restriction: even unknown data fits
    const IcpDefinition d = icp();
    QCOMPARE(d.industryFit(a), CheckOutcome::Unknown);
    a.industry = QStringLiteral("financial services");
    QCOMPARE(d.industryFit(a), CheckOutcome::Pass); // case does not matter
    a.industry = QStringLiteral("Financial");
    QCOMPARE(d.industryFit(a), CheckOutcome::Fail); // but the whole name does
}

void tst_AcceptanceChecklist::icpSizeFitWithRevenue()
{
    IcpDefinition d = icp();
    Account a;
    a.employees = 50; // bounds are inclusive
    QCOMPARE(d.sizeFit(a), CheckOutcome::Pass);
    a.employees = 5000;
    QCOMPARE(d.sizeFit(a), CheckOutcome::Pass);
    a.employees = 49;
    QCOMPARE(d.sizeFit(a), CheckOutcome::Fail);

    d.minAnnualRevenue = 10'000'000;
    a.employees = 200;
    QCOMPARE(d.sizeFit(a), CheckOutcome::Unknown);
    a.annualRevenue = 9'999'999;
    QCOMPARE(d.sizeFit(a), CheckOutcome::Fail);
    a.annualRevenue = 10'000'000;
    QCOMPARE(d.sizeFit(a), CheckOutcome::Pass);

    // Only a minimum: no ceiling.
    IcpDefinition minOnly;
    minOnly.minEmployees = 10;
    a.employees = 1'000'000;
    QCOMPARE(minOnly.sizeFit(a), CheckOutcome::Pass);
}

void tst_AcceptanceChecklist::icpRegionFit_data()
{
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("country");
    QTest::addColumn<CheckOutcome>("outcome");

    const QStringList naEmea { QStringLiteral("NA"), QStringLiteral("EMEA") };
    const QStringList usDe { QStringLiteral("US"), QStringLiteral("DE") };
    QTest::newRow("no restriction") << QStringList() << QStringList() << QString() << QString()
                                    << CheckOutcome::Pass;
    QTest::newRow("region inside") << naEmea << QStringList() << QStringLiteral("EMEA") << QString()
                                   << CheckOutcome::Pass;
    QTest::newRow("region lower case")
        << naEmea << QStringList() << QStringLiteral("emea") << QString() << CheckOutcome::Pass;
    QTest::newRow("region outside") << naEmea << QStringList() << QStringLiteral("APAC") << QString()
                                    << CheckOutcome::Fail;
    QTest::newRow("nothing known") << naEmea << QStringList() << QString() << QString()
                                   << CheckOutcome::Unknown;
    QTest::newRow("only country known, regions restricted")
        << naEmea << QStringList() << QString() << QStringLiteral("US") << CheckOutcome::Unknown;
    QTest::newRow("country inside") << naEmea << usDe << QStringLiteral("NA") << QStringLiteral("us")
                                    << CheckOutcome::Pass;
    QTest::newRow("country decides over region")
        << naEmea << usDe << QStringLiteral("EMEA") << QStringLiteral("FR") << CheckOutcome::Fail;
    QTest::newRow("country unknown, region decides")
        << naEmea << usDe << QStringLiteral("EMEA") << QString() << CheckOutcome::Pass;
    QTest::newRow("countries only, country unknown")
        << QStringList() << usDe << QStringLiteral("EMEA") << QString() << CheckOutcome::Unknown;
}

void tst_AcceptanceChecklist::icpRegionFit()
{
    QFETCH(QStringList, regions);
    QFETCH(QStringList, countries);
    QFETCH(QString, region);
    QFETCH(QString, country);
    QFETCH(CheckOutcome, outcome);
    IcpDefinition d;
    d.regions = regions;
    d.countries = countries;
    Account a;
    a.region = region;
    a.country = country;
    QCOMPARE(d.regionFit(a), outcome);
}

void tst_AcceptanceChecklist::icpBuyingInfluence()
{
    const IcpDefinition d = icp();
    Contact c;
    QCOMPARE(d.buyingInfluence(c), CheckOutcome::Unknown);
    c.title = QStringLiteral("   ");
    QCOMPARE(d.buyingInfluence(c), CheckOutcome::Unknown);
    c.title = QStringLiteral("SVP Sales"); // "vp" inside the title
    QCOMPARE(d.buyingInfluence(c), CheckOutcome::Pass);
    // A known seniority decides, whatever the title says.
    c.seniority = Seniority::Manager;
    QCOMPARE(d.buyingInfluence(c), CheckOutcome::Fail);
    c.seniority = Seniority::Owner;
    c.title = QStringLiteral("Intern");
    QCOMPARE(d.buyingInfluence(c), CheckOutcome::Pass);
}

void tst_AcceptanceChecklist::icpFitsOnlyWhenAllPass()
{
    const IcpDefinition d = icp();
    Account a = goodLead().account;
    QVERIFY(d.fits(a));
    a.region.clear();
    a.country.clear();
    QVERIFY(!d.fits(a)); // unknown is not a fit
    a = goodLead().account;
    a.industry = QStringLiteral("Mining");
    QVERIFY(!d.fits(a));
    QVERIFY(IcpDefinition {}.fits(Account {}));
}

QTEST_GUILESS_MAIN(tst_AcceptanceChecklist)
#include "tst_AcceptanceChecklist.moc"
