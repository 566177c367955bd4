// The lead pane: what the rep reads to decide (header, badges, SLA line, checklist, score, timeline,
// firmographics, talk track, other contacts, attempts, history) and the one-step attempt logging.

#include "lead/AcceptanceSummary.h"
#include "lead/ContextSection.h"
#include "lead/FirmographicsForm.h"
#include "lead/LeadContextRows.h"
#include "lead/LeadContextView.h"
#include "lead/LeadDisplayText.h"
#include "lead/LeadHeader.h"
#include "qualification/AcceptanceChecklist.h"
#include "support/SyncFixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>
#include <cmath>

using namespace sal::core;
using namespace sal::test;
using sal::ui::LeadContext;
using sal::ui::LeadContextRows;
using sal::ui::LeadContextView;

namespace {

const QDateTime kNow = utc("2026-03-06T15:00:00Z");

EngagementSignal signalAt(
    const QString &kind, const QString &label, FunnelStage stage, int points, int daysAgo)
{
    return EngagementSignal { kind, label, points, kNow.addDays(-daysAgo), stage,
        QStringLiteral("https://acme.example/") + kind };
}

Lead richLead()
{
    Lead lead = makeLead(QStringLiteral("L-42"), QStringLiteral("ana@example.com"), kNow.addSecs(-3 * 3600));
    lead.tier = QStringLiteral("hot");
    lead.source = QStringLiteral("demo_request");
    lead.campaign = QStringLiteral("Spring pipeline webinar");
    lead.account.name = QStringLiteral("Acme Analytics");
    lead.account.domain = QStringLiteral("acme.example");
    lead.account.industry = QStringLiteral("Software");
    lead.account.employees = 1200;
    lead.account.annualRevenue = 48'500'000;
    lead.account.region = QStringLiteral("NA");
    lead.account.country = QStringLiteral("US");
    lead.account.state = QStringLiteral("NY");
    lead.account.fundingStage = QStringLiteral("series_b");
    lead.account.fundingDate = kNow.date().addDays(-100);
    lead.account.openRoles = 12;
    lead.account.techStack = { QStringLiteral("Salesforce"), QStringLiteral("Snowflake") };
    lead.account.existingCustomer = true;
    lead.account.competitor = true;
    lead.contact.firstName = QStringLiteral("Dana");
    lead.contact.lastName = QStringLiteral("Reyes");
    lead.contact.title = QStringLiteral("Director of Sales Operations");
    lead.contact.seniority = Seniority::Director;
    lead.contact.email = QStringLiteral("dana.reyes@acme.example");
    lead.contact.phone = QStringLiteral("+1 212 555 0142");
    lead.engagement = {
        signalAt(QStringLiteral("webinar"), QStringLiteral("Attended the pipeline webinar"),
            FunnelStage::Tofu, 10, 20),
        signalAt(QStringLiteral("demo_request"), QStringLiteral("Requested a demo of Workflow Cloud"),
            FunnelStage::Bofu, 30, 0),
        signalAt(QStringLiteral("intent"), QStringLiteral("Surging on 'lead routing' (Bombora)"),
            FunnelStage::Mofu, 15, 5),
    };
    lead.score.contributions = {
        { ScoreContribution::Part::Fit, QStringLiteral("Industry: Software"), 20, {} },
        { ScoreContribution::Part::Fit, QStringLiteral("Seniority: Director"), 15, {} },
    };
    lead.score.addSignals(lead.engagement);
    lead.talkTrack.opener = QStringLiteral("You asked for a Workflow Cloud demo; what prompted it?");
    lead.talkTrack.discoveryQuestions
        = { QStringLiteral("How do leads reach reps today?"), QStringLiteral("Who signs off on tooling?") };
    lead.talkTrack.proofPoints = { { QStringLiteral("Northwind Logistics"),
        QStringLiteral("cut routing time by 40 %"), QStringLiteral("https://example.com/northwind") } };
    return lead;
}

LeadContext richContext()
{
    LeadContext context;
    context.nowUtc = kNow;
    context.lead.lead = richLead();
    context.lead.attempts = {
        { QStringLiteral("L-42"), ContactChannel::Phone, QStringLiteral("voicemail"), kNow.addSecs(-3600),
            QStringLiteral("ana@example.com") },
        { QStringLiteral("L-42"), ContactChannel::Email, QStringLiteral("sent intro"), kNow.addSecs(-1800),
            QStringLiteral("ana@example.com") },
    };
    const QDateTime routed = context.lead.lead.routedAt;
    context.events = {
        { QStringLiteral("L-42"), EventKind::Qualified, Stage::Lead, Stage::Mql, routed.addSecs(-60),
            QStringLiteral("system:scoring"), QStringLiteral("score 110") },
        { QStringLiteral("L-42"), EventKind::Routed, Stage::Mql, Stage::Mql, routed,
            QStringLiteral("system:router"), QStringLiteral("territory na") },
        { QStringLiteral("L-42"), EventKind::FirstOpened, Stage::Mql, Stage::Mql, routed.addSecs(600),
            QStringLiteral("ana@example.com"), {} },
    };
    Lead colleague = makeLead(QStringLiteral("L-43"), QStringLiteral("ana@example.com"), kNow.addDays(-2));
    colleague.contact.title = QStringLiteral("VP Revenue");
    colleague.contact.seniority = Seniority::VicePresident;
    colleague.engagement = { signalAt(
        QStringLiteral("webinar"), QStringLiteral("Attended the webinar"), FunnelStage::Tofu, 10, 3) };
    colleague.score.addSignals(colleague.engagement);
    context.otherContactsAtAccount = { colleague };
    context.duplicateSuspect = true;
    context.sla = SlaStatus { SlaState::AtRisk, 42 * 60, 3 * 3600 + 18 * 60 };
    context.window.startUtc = routed;
    context.window.windowSeconds = 4 * 3600;
    context.window.deadlineUtc = kNow.addSecs(42 * 60);

    const Result<PolicySet> policy = PolicyLoader::loadDefaults();
    if (policy) {
        const AcceptanceChecklist checklist(policy->icp, policy->checklist);
        context.checklist = checklist.evaluate(context.lead.lead, 2, kNow);
    }
    return context;
}

template<typename T> T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

QStandardItemModel *modelOf(const QWidget &parent, const char *viewName)
{
    auto *view = child<QTreeView>(parent, viewName);
    return view ? qobject_cast<QStandardItemModel *>(view->model()) : nullptr;
}

QStringList column(const QAbstractItemModel *model, int col, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, col).data(role).toString();
    return values;
}

} // namespace

class tst_LeadContextView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsPassTheTester();
    void showsEverything();
    void slaLine_data();
    void slaLine();
    void clearShowsThePlaceholder();
    void logAttemptWithButtonAndEnter();
    void acceptanceLikelihoodSection();
    void screenshot();
};

void tst_LeadContextView::modelsPassTheTester()
{
    LeadContextView view;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (const char *name : { "checklistView", "scoreView", "timelineView", "proofPointsView",
             "otherContactsView", "attemptsView", "eventsView" }) {
        QStandardItemModel *model = modelOf(view, name);
        QVERIFY2(model, name);
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    view.setContext(richContext());
    view.setContext(richContext());
    view.clear();
    view.setContext(richContext());
}

void tst_LeadContextView::showsEverything()
{
    const LeadContext context = richContext();
    QCOMPARE(context.checklist.size(), 9);
    LeadContextView view;
    view.setContext(context);
    QVERIFY(view.hasLead());
    QCOMPARE(view.leadId(), QStringLiteral("L-42"));

    QCOMPARE(child<QLabel>(view, "contactName")->text(), QStringLiteral("Dana Reyes"));
    QVERIFY(
        child<QLabel>(view, "contactRole")->text().contains(QStringLiteral("Director of Sales Operations")));
    QVERIFY(child<QLabel>(view, "company")->text().contains(QStringLiteral("Acme Analytics")));
    const QStringList badges = view.findChild<sal::ui::LeadHeader *>()->badgeTexts();
    QCOMPARE(badges,
        QStringList({ QStringLiteral("Hot"), QStringLiteral("Existing customer"),
            QStringLiteral("Competitor"), QStringLiteral("Duplicate suspect") }));
    QStringList shownBadges;
    for (const QLabel *badge : child<QWidget>(view, "badges")->findChildren<QLabel *>()) {
        if (!badge->isHidden())
            shownBadges << badge->text();
    }
    QCOMPARE(shownBadges, badges);
    QCOMPARE(child<QLabel>(view, "slaLine")->text(), QStringLiteral("At risk — 0:42 left"));

    // Checklist: required items first, each with a symbol and the evidence.
    QStandardItemModel *checklist = modelOf(view, "checklistView");
    QCOMPARE(checklist->rowCount(), 9);
    const QStringList ids = column(checklist, LeadContextRows::ChecklistItemColumn, Qt::UserRole);
    QCOMPARE(ids.first(), QStringLiteral("real_person"));
    for (int row = 0; row < 4; ++row)
        QCOMPARE(checklist->index(row, LeadContextRows::ChecklistKind).data().toString(),
            QStringLiteral("Required"));
    const int notExcluded = int(ids.indexOf(QStringLiteral("not_excluded")));
    QVERIFY(notExcluded >= 0);
    QCOMPARE(checklist->index(notExcluded, LeadContextRows::ChecklistResult).data().toString(),
        QStringLiteral("✗ Fail"));
    QCOMPARE(checklist->index(notExcluded, LeadContextRows::ChecklistResult).data(Qt::UserRole).toString(),
        QStringLiteral("fail"));
    QVERIFY(checklist->index(notExcluded, LeadContextRows::ChecklistEvidence)
                .data()
                .toString()
                .contains(QStringLiteral("existing customer")));
    const int icp = int(ids.indexOf(QStringLiteral("icp_company")));
    QCOMPARE(
        checklist->index(icp, LeadContextRows::ChecklistResult).data().toString(), QStringLiteral("✓ Pass"));
    for (const ChecklistItem &item : context.checklist) {
        const int row = int(ids.indexOf(item.id));
        QCOMPARE(checklist->index(row, LeadContextRows::ChecklistResult).data(Qt::UserRole).toString(),
            checkOutcomeToString(item.outcome));
        QCOMPARE(checklist->index(row, LeadContextRows::ChecklistEvidence).data().toString(), item.evidence);
    }

    // Score: the rows add up to the total; engagement rows name their funnel stage and age.
    QStandardItemModel *score = modelOf(view, "scoreView");
    QCOMPARE(score->rowCount(), 5);
    int sum = 0;
    for (int row = 0; row < score->rowCount(); ++row)
        sum += score->index(row, LeadContextRows::ScorePoints).data().toInt();
    QCOMPARE(sum, context.lead.lead.score.total());
    QCOMPARE(sum, 90);
    QCOMPARE(score->index(2, LeadContextRows::ScoreLabel).data().toString(),
        QStringLiteral("Requested a demo of Workflow Cloud"));
    QCOMPARE(score->index(2, LeadContextRows::ScoreFunnel).data().toString(), QStringLiteral("BOFU"));
    QCOMPARE(score->index(2, LeadContextRows::ScoreWhen).data().toString(), QStringLiteral("today"));
    QCOMPARE(score->index(3, LeadContextRows::ScoreWhen).data().toString(), QStringLiteral("5 days ago"));
    QVERIFY(view.findChild<QWidget *>(QStringLiteral("scoreSection"))
                ->accessibleName()
                .startsWith(QStringLiteral("Score 90")));

    // Timeline newest first, with its URL.
    QStandardItemModel *timeline = modelOf(view, "timelineView");
    QCOMPARE(column(timeline, LeadContextRows::TimelineFunnel),
        QStringList({ QStringLiteral("BOFU"), QStringLiteral("MOFU"), QStringLiteral("TOFU") }));
    QCOMPARE(timeline->index(0, LeadContextRows::TimelineUrl).data().toString(),
        QStringLiteral("https://acme.example/demo_request"));
    QCOMPARE(timeline->index(0, LeadContextRows::TimelineWhen).data().toString(),
        sal::ui::LeadDisplayText::localTime(kNow));
    QVERIFY(sal::ui::LeadDisplayText::localTime(kNow).contains(
                kNow.toLocalTime().toString(QStringLiteral("HH:mm")))
        || sal::ui::LeadDisplayText::localTime(kNow).contains(
            kNow.toLocalTime().toString(QStringLiteral("h:mm"))));

    auto *firmographics = child<sal::ui::FirmographicsForm>(view, "firmographics");
    QVERIFY(firmographics);
    QCOMPARE(child<QLabel>(*firmographics, "industry")->text(), QStringLiteral("Software"));
    QVERIFY(child<QLabel>(*firmographics, "funding")->text().startsWith(QStringLiteral("Series B")));
    QCOMPARE(child<QLabel>(*firmographics, "techStack")->text(), QStringLiteral("Salesforce, Snowflake"));
    QVERIFY(
        child<QLabel>(view, "talkTrack")->text().contains(QStringLiteral("2. Who signs off on tooling?")));
    QCOMPARE(modelOf(view, "proofPointsView")->rowCount(), 1);

    QStandardItemModel *others = modelOf(view, "otherContactsView");
    QCOMPARE(others->rowCount(), 1);
    QCOMPARE(others->index(0, LeadContextRows::ContactTitle).data().toString(), QStringLiteral("VP Revenue"));

    QStandardItemModel *attempts = modelOf(view, "attemptsView");
    QCOMPARE(column(attempts, LeadContextRows::AttemptOutcome),
        QStringList({ QStringLiteral("sent intro"), QStringLiteral("voicemail") }));
    QCOMPARE(column(attempts, LeadContextRows::AttemptChannel),
        QStringList({ QStringLiteral("Email"), QStringLiteral("Phone") }));

    QStandardItemModel *events = modelOf(view, "eventsView");
    QCOMPARE(events->rowCount(), 3);
    QCOMPARE(
        events->index(0, LeadContextRows::EventKindColumn).data().toString(), QStringLiteral("First opened"));
    QCOMPARE(events->index(2, LeadContextRows::EventStages).data().toString(), QStringLiteral("Lead → MQL"));
    QCOMPARE(
        events->index(2, LeadContextRows::EventActor).data().toString(), QStringLiteral("system:scoring"));
    QCOMPARE(
        events->index(1, LeadContextRows::EventReason).data().toString(), QStringLiteral("territory na"));
}

void tst_LeadContextView::slaLine_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<QString>("expected");
    QTest::newRow("on track") << int(SlaState::OnTrack) << qint64(3 * 3600 + 20 * 60)
                              << QStringLiteral("On track — 3:20 left");
    QTest::newRow("at risk") << int(SlaState::AtRisk) << qint64(42 * 60 + 30)
                             << QStringLiteral("At risk — 0:42 left");
    QTest::newRow("breached") << int(SlaState::Breached) << qint64(-(65 * 60))
                              << QStringLiteral("Breached — 1:05 over");
    QTest::newRow("paused") << int(SlaState::Paused) << qint64(26 * 3600)
                            << QStringLiteral("Paused — 26:00 left");
    QTest::newRow("met") << int(SlaState::Met) << qint64(20 * 60) << QStringLiteral("Met — 0:20 to spare");
}

void tst_LeadContextView::slaLine()
{
    QFETCH(int, state);
    QFETCH(qint64, remaining);
    QFETCH(QString, expected);
    LeadContext context = richContext();
    context.sla = SlaStatus { SlaState(state), remaining, 0 };
    LeadContextView view;
    view.setContext(context);
    QCOMPARE(child<QLabel>(view, "slaLine")->text(), expected);
}

void tst_LeadContextView::clearShowsThePlaceholder()
{
    LeadContextView view;
    view.resize(520, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *placeholder = child<QLabel>(view, "placeholder");
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->text(), QStringLiteral("Select a lead"));

    view.setContext(richContext());
    QVERIFY(!placeholder->isVisible());
    QVERIFY(child<QTreeView>(view, "checklistView")->isVisible());

    view.clear();
    QVERIFY(placeholder->isVisible());
    QVERIFY(!view.hasLead());
    QCOMPARE(modelOf(view, "eventsView")->rowCount(), 0);
    QVERIFY(child<QLabel>(view, "contactName")->text().isEmpty());
}

void tst_LeadContextView::logAttemptWithButtonAndEnter()
{
    LeadContextView view;
    view.setContext(richContext());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &LeadContextView::logAttemptRequested);
    auto *channel = child<QComboBox>(view, "attemptChannel");
    auto *outcome = child<QLineEdit>(view, "attemptOutcome");
    auto *button = child<QPushButton>(view, "logAttemptButton");
    QVERIFY(channel && outcome && button);
    QCOMPARE(button->text(), QStringLiteral("Log attempt (L)"));
    QVERIFY(!button->isEnabled());

    channel->setCurrentIndex(channel->findText(QStringLiteral("LinkedIn")));
    QTest::keyClicks(outcome, QStringLiteral("InMail sent"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("L-42"));
    QCOMPARE(spy.at(0).at(1).value<ContactChannel>(), ContactChannel::LinkedIn);
    QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("InMail sent"));
    QVERIFY(outcome->text().isEmpty());
    QVERIFY(!button->isEnabled());

    // Enter in the outcome field logs too; blank outcomes never do.
    channel->setCurrentIndex(channel->findText(QStringLiteral("Phone")));
    QTest::keyClicks(outcome, QStringLiteral("   "));
    QTest::keyClick(outcome, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    outcome->clear();
    QTest::keyClicks(outcome, QStringLiteral("no answer"));
    QTest::keyClick(outcome, Qt::Key_Return);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(1).value<ContactChannel>(), ContactChannel::Phone);
    QCOMPARE(spy.at(1).at(2).toString(), QStringLiteral("no answer"));

    // The window's L action lands here: with no outcome typed it puts the cursor in the field.
    auto *events = child<QTreeView>(view, "eventsView");
    events->setFocus();
    view.focusAttemptOutcome();
    QTRY_VERIFY(outcome->hasFocus());
    QCOMPARE(spy.count(), 2);

    view.clear();
    QVERIFY(!outcome->isEnabled());
}

namespace {
// An estimate as the model gives it: contributions largest first, logit = intercept + their sum.
AcceptanceEstimate lowEstimate()
{
    AcceptanceEstimate e;
    e.intercept = 0.3;
    e.contributions = { { QStringLiteral("employees=<50"), QStringLiteral("8 employees"), -1.6 },
        { QStringLiteral("icp_industry=pass"), QStringLiteral("ICP industry match (Software)"), 0.84 },
        { QStringLiteral("seniority=individual"), QStringLiteral("Analyst (individual)"), -0.7 },
        { QStringLiteral("signal=pricing_page"), QStringLiteral("pricing page 2 days ago"), 0.51 },
        { QStringLiteral("source=webinar"), QStringLiteral("source: webinar"), -0.3 },
        { QStringLiteral("check:real_person=pass"), QStringLiteral("Real person: yes"), 0.2 },
        { QStringLiteral("region=NA"), QStringLiteral("region NA"), 0.1 },
        { QStringLiteral("days_since_signal"), QStringLiteral("latest signal 2 days ago"), -0.05 } };
    e.logit = e.intercept;
    for (const FeatureContribution &c : e.contributions)
        e.logit += c.logit;
    e.likelihood = 1 / (1 + std::exp(-e.logit));
    e.likeliestReason = QStringLiteral("company_too_small");
    e.reasonProbability = 0.64;
    return e;
}
} // namespace

void tst_LeadContextView::acceptanceLikelihoodSection()
{
    LeadContext context = richContext();
    LeadContextView view;
    view.setContext(context);
    auto *section = view.findChild<sal::ui::ContextSection *>(QStringLiteral("acceptanceSection"));
    QVERIFY(section);
    QCOMPARE(section->title(), QStringLiteral("Acceptance likelihood — no model yet"));
    QVERIFY(
        child<QLabel>(view, "acceptanceLikelihood")->text().contains(QStringLiteral("salctl insight train")));
    QVERIFY(child<QLabel>(view, "acceptanceFor")->isHidden());

    context.acceptance = lowEstimate(); // logit -0.7: 33 %
    context.acceptanceLow = true;
    context.likeliestReasonLabel = QStringLiteral("Company too small");
    view.setContext(context);
    QCOMPARE(section->title(), QStringLiteral("Acceptance likelihood 33 % — low"));
    QVERIFY(child<QLabel>(view, "acceptanceLikelihood")
                ->text()
                .startsWith(QStringLiteral("33 % of leads like this")));
    // The three strongest each way, in order, with their exact share of the log-odds.
    QCOMPARE(child<QLabel>(view, "acceptanceFor")->text(),
        QStringLiteral("For: ICP industry match (Software) +0.84, pricing page 2 days ago +0.51, Real "
                       "person: yes +0.20"));
    QCOMPARE(child<QLabel>(view, "acceptanceAgainst")->text(),
        QStringLiteral(
            "Against: 8 employees \u22121.60, Analyst (individual) \u22120.70, source: webinar \u22120.30"));
    QVERIFY(!child<QLabel>(view, "acceptanceRejectionReason")->isHidden());
    QCOMPARE(child<QLabel>(view, "acceptanceRejectionReason")->text(),
        QStringLiteral("Likeliest rejection reason: Company too small (64 % of similar rejections)"));

    // Not low: no rejection reason.
    context.acceptanceLow = false;
    view.setContext(context);
    QVERIFY(child<QLabel>(view, "acceptanceRejectionReason")->isHidden());
    QCOMPARE(section->title(), QStringLiteral("Acceptance likelihood 33 %"));
}

void tst_LeadContextView::screenshot()
{
    QString dir = qEnvironmentVariable("SAL_SCREENSHOT_DIR_OVERRIDE");
#ifdef SAL_SCREENSHOT_DIR
    if (dir.isEmpty())
        dir = QStringLiteral(SAL_SCREENSHOT_DIR);
#endif
    if (dir.isEmpty())
        QSKIP("No screenshot directory configured");
    LeadContextView view;
    view.resize(520, 900);
    LeadContext context = richContext();
    context.acceptance = lowEstimate();
    context.acceptanceLow = true;
    context.likeliestReasonLabel = QStringLiteral("Company too small");
    view.setContext(context);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(QDir().mkpath(dir));
    const QString path = QDir(dir).filePath(QStringLiteral("lead-context.png"));
    QVERIFY(view.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(tst_LeadContextView)
#include "tst_LeadContextView.moc"
