// Every report of core/reports on a small hand-built team with known answers: business hours across
// a weekend, hot leads over their 4 h window, a rep over SLA three weeks in a row, a decision made
// offline and synced 18 hours late, escalations and a re-route. One suite, two backends: CTest runs
// it on a SQLite file (tst_TeamReports) and, with SAL_TEST_BACKEND=postgres, on a throw-away
// PostgreSQL cluster (tst_TeamReports_postgres).
//
// The team "na" works 09:00–17:00 New York time (EST, UTC-5, in February 2026). Leads, routed at
// (EST) → decided (EST), business time, tier:
//   L1 ana  Fri 02-06 16:00 → Mon 02-09 10:00 accept        2 h  standard  webinar, "Q1 webinar"
//   L2 ana  Mon 02-09 09:00 → Mon 02-09 15:00 reject other  6 h  hot       demo_request (synced 18 h late)
//   L3 ben  Tue 02-10 09:00 → Tue 02-10 13:00 needs info    4 h  standard  webinar, "Q1 webinar"
//   L4 ben  Tue 02-10 09:00 → Thu 02-12 09:00 reject wrong_territory 16 h standard demo_request
//   L5 ana  Mon 02-16 09:00 → Mon 02-16 11:00 accept        2 h  standard  webinar, "Q1 webinar";
//           first outreach 15:00 (4 h), SQL 02-17, opportunity 02-19
//   L6 ana  Tue 02-17 09:00 → Tue 02-17 14:00 accept        5 h  hot       content
//   L7 ana  Mon 02-23 09:00 → Mon 02-23 15:00 reject company_too_small 6 h hot content
//   open: L8 ben standard webinar routed Mon 02-23 09:00 (22 h of 24 gone: at risk), L9 ben hot
//   demo_request routed Wed 02-25 09:00 (6 h: breached, escalated 13:00), L10 content routed to ben
//   Mon 02-23 09:00 and re-routed to ana Wed 02-25 14:00 (1 h: on track).
// Now: Wed 2026-02-25 15:00 EST; period 2026-02-02..2026-02-27.

#include "reports/ReportCatalog.h"
#include "reports/ReportFormat.h"
#include "store/StoreRows.h"
#include "support/SyncFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sal::core;
using namespace sal::test;

class tst_TeamReports : public QObject
{
    Q_OBJECT

private:
    SyncFixture f;
    std::unique_ptr<PgTeamServer> server;
    const ReportCatalog catalog = standardReportCatalog();
    const QDateTime now = utc("2026-02-25T20:00:00Z");

    static QDateTime est(const char *local) // "2026-02-09T10:00" New York winter time
    {
        return QDateTime::fromString(QLatin1String(local) + QStringLiteral(":00-05:00"), Qt::ISODate).toUTC();
    }

    void lead(const char *id, const QString &owner, const char *tier, const char *source,
        const char *routedEst, const char *campaign = "")
    {
        Lead l = makeLead(QLatin1String(id), owner, est(routedEst));
        l.tier = QLatin1String(tier);
        l.source = QLatin1String(source);
        l.campaign = QLatin1String(campaign);
        const StageEvent routed { l.id, EventKind::Routed, Stage::Mql, Stage::Mql, l.routedAt,
            QStringLiteral("system:routing"), QStringLiteral("test -> ") + owner };
        QVERIFY_OK(f.team->putLead(l, { routed }));
    }

    // A decision as the team store records it: the stage event and the decision row (device time
    // `decidedEst`, arrived `syncDelaySecs` later).
    void decide(const char *id, const QString &rep, const char *kind, const char *decidedEst,
        const char *reason = "", const char *text = "", qint64 syncDelaySecs = 60)
    {
        const QString k = QLatin1String(kind);
        const EventKind event = k == QLatin1String("accept") ? EventKind::Accepted
            : k == QLatin1String("reject")                   ? EventKind::Rejected
                                                             : EventKind::Returned;
        const QDateTime at = est(decidedEst);
        QVERIFY_OK(f.team->appendEvent(QLatin1String(id), event, rep, QLatin1String(reason), at));
        QVERIFY_OK(f.team->database().run(
            QStringLiteral(
                "INSERT INTO decisions (operation_id, lead_id, rep_email, kind, reason_code, reason_text, "
                "decided_at, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { QStringLiteral("op-%1@%2").arg(QLatin1String(id), QLatin1String(decidedEst)), QLatin1String(id),
                rep, k, StoreRows::textOrNull(QLatin1String(reason)),
                StoreRows::textOrNull(QLatin1String(text)), ReportScope::iso(at),
                ReportScope::iso(at.addSecs(syncDelaySecs)) }));
    }

    void touch(const char *id, EventKind kind, const char *atEst)
    {
        QVERIFY_OK(f.team->appendEvent(QLatin1String(id), kind, f.manager, {}, est(atEst)));
    }

    ReportTable run(const QString &reportId, const QString &period = QStringLiteral("2026-02-02..2026-02-27"),
        const QString &team = {})
    {
        const TeamReport *report = catalog.find(reportId);
        if (!report)
            qFatal("no report %s", qPrintable(reportId));
        const QList<Team> teams = f.team->teams().value();
        const QTimeZone zone = ReportScope::reportZone(f.policy, teams, team);
        const Result<ReportPeriod> p = ReportPeriod::parse(period, now, zone, QStringLiteral("period"));
        if (!p)
            qFatal("bad period");
        Result<ReportScope> scope = ReportScope::prepare(f.team->database(), f.policy, teams, team, now, *p);
        if (!scope)
            qFatal("scope: %s", qPrintable(joinProblems(scope.problems())));
        Result<ReportTable> table = report->run(*scope);
        if (!table)
            qFatal("%s: %s", qPrintable(reportId), qPrintable(joinProblems(table.problems())));
        return *table;
    }

    static int rowOf(const ReportTable &t, const QString &column, const QVariant &value)
    {
        for (qsizetype r = 0; r < t.rowCount(); ++r) {
            if (t.value(r, column) == value)
                return int(r);
        }
        return -1;
    }

    static void compareNumber(const QVariant &actual, double expected)
    {
        QVERIFY2(actual.isValid() && !actual.isNull(), "no value");
        QVERIFY2(qAbs(actual.toDouble() - expected) < 0.05,
            qPrintable(QStringLiteral("%1 != %2").arg(actual.toDouble()).arg(expected)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (backendUnderTest() != Backend::Postgres)
            return;
        server = std::make_unique<PgTeamServer>();
        QString error;
        QVERIFY2(server->start(
                     DispositionValidator(PolicyLoader::loadDefaults().value().reasons), f.people(), &error),
            qPrintable(error));
    }

    void init()
    {
        f.~SyncFixture();
        new (&f) SyncFixture();
        QVERIFY(f.init(server.get()));
        QVERIFY_OK(f.team->putPerson(
            Rep { f.repB, QStringLiteral("Ben"), QStringLiteral("na"), Role::Rep, {}, 1, true, false }));
        QVERIFY_OK(f.team->beginBulk());
        lead("L1", f.repA, "standard", "webinar", "2026-02-06T16:00", "Q1 webinar");
        lead("L2", f.repA, "hot", "demo_request", "2026-02-09T09:00");
        lead("L3", f.repB, "standard", "webinar", "2026-02-10T09:00", "Q1 webinar");
        lead("L4", f.repB, "standard", "demo_request", "2026-02-10T09:00");
        lead("L5", f.repA, "standard", "webinar", "2026-02-16T09:00", "Q1 webinar");
        lead("L6", f.repA, "hot", "content", "2026-02-17T09:00");
        lead("L7", f.repA, "hot", "content", "2026-02-23T09:00");
        lead("L8", f.repB, "standard", "webinar", "2026-02-23T09:00");
        lead("L9", f.repB, "hot", "demo_request", "2026-02-25T09:00");
        lead("L10", f.repB, "standard", "content", "2026-02-23T09:00");
        decide("L1", f.repA, "accept", "2026-02-09T10:00");
        decide("L2", f.repA, "reject", "2026-02-09T15:00", "other", "Student project, no budget", 18 * 3600);
        decide("L3", f.repB, "needs_info", "2026-02-10T13:00");
        decide("L4", f.repB, "reject", "2026-02-12T09:00", "wrong_territory");
        decide("L5", f.repA, "accept", "2026-02-16T11:00");
        touch("L5", EventKind::FirstOutreach, "2026-02-16T15:00");
        touch("L5", EventKind::ConvertedToSql, "2026-02-17T10:00");
        touch("L5", EventKind::OpportunityCreated, "2026-02-19T10:00");
        decide("L6", f.repA, "accept", "2026-02-17T14:00");
        decide("L7", f.repA, "reject", "2026-02-23T15:00", "company_too_small");
        touch("L9", EventKind::Escalated, "2026-02-25T13:00");
        QVERIFY_OK(f.team->assign(QStringLiteral("L10"), f.repA, QStringLiteral("system:escalation"),
            QStringLiteral("sla_reroute"), est("2026-02-25T14:00")));
        QVERIFY_OK(f.team->commitBulk());
    }

    void catalogListsEveryReport()
    {
        QCOMPARE(catalog.ids(),
            QStringLiteral("rep-sla acceptance-by-source acceptance-by-campaign rejection-reasons "
                           "rejection-trend-weekly "
                           "rejection-trend-monthly other-reasons funnel time-in-stage sla-violations "
                           "response-times capacity-load "
                           "offline-sync")
                .split(QLatin1Char(' ')));
    }

    void repSla()
    {
        const ReportTable t = run(QStringLiteral("rep-sla"));
        QCOMPARE(t.rowCount(), 2); // the reps, not the manager
        const int ana = rowOf(t, QStringLiteral("rep"), f.repA),
                  ben = rowOf(t, QStringLiteral("rep"), f.repB);
        QVERIFY(ana >= 0 && ben >= 0);
        QCOMPARE(t.value(ana, QStringLiteral("open")).toLongLong(), 1);
        QCOMPARE(t.value(ana, QStringLiteral("at_risk")).toLongLong(), 0);
        QCOMPARE(t.value(ana, QStringLiteral("breached")).toLongLong(), 0);
        QCOMPARE(t.value(ana, QStringLiteral("decisions")).toLongLong(), 5);
        // 2, 2, 5, 6, 6 business hours: L1's 64 wall-clock hours over the weekend are 2 business hours.
        compareNumber(t.value(ana, QStringLiteral("median_hours")), 5.0);
        compareNumber(t.value(ana, QStringLiteral("p90_hours")), 6.0);
        compareNumber(t.value(ana, QStringLiteral("sla_pct")), 40.0);
        compareNumber(t.value(ana, QStringLiteral("acceptance_pct")), 60.0);
        compareNumber(t.value(ana, QStringLiteral("needs_info_pct")), 0.0);
        compareNumber(t.value(ana, QStringLiteral("sal_to_sql_pct")), 100.0 / 3.0);
        compareNumber(t.value(ana, QStringLiteral("first_outreach_hours")), 4.0);
        QCOMPARE(t.value(ana, QStringLiteral("violations_this_week")).toLongLong(), 1);
        QCOMPARE(t.value(ana, QStringLiteral("over_sla_3_weeks")).toBool(), true);

        QCOMPARE(t.value(ben, QStringLiteral("open")).toLongLong(), 2);
        QCOMPARE(t.value(ben, QStringLiteral("at_risk")).toLongLong(), 1);
        QCOMPARE(t.value(ben, QStringLiteral("breached")).toLongLong(), 1);
        compareNumber(t.value(ben, QStringLiteral("median_hours")), 4.0);
        compareNumber(t.value(ben, QStringLiteral("p90_hours")), 16.0);
        compareNumber(t.value(ben, QStringLiteral("sla_pct")), 100.0);
        compareNumber(t.value(ben, QStringLiteral("needs_info_pct")), 50.0);
        QVERIFY(t.value(ben, QStringLiteral("sal_to_sql_pct")).isNull()); // nothing accepted
        QVERIFY(t.value(ben, QStringLiteral("first_outreach_hours")).isNull());
        QCOMPARE(t.value(ben, QStringLiteral("violations_this_week")).toLongLong(), 0);
        QCOMPARE(t.value(ben, QStringLiteral("over_sla_3_weeks")).toBool(), false);
        QCOMPARE(t.value(ben, QStringLiteral("status")).toString(), QStringLiteral("breached"));
    }

    void acceptanceBySourceAndCampaignWithBands()
    {
        const ReportTable s = run(QStringLiteral("acceptance-by-source"));
        QCOMPARE(s.rowCount(), 3);
        QCOMPARE(
            s.value(0, QStringLiteral("source")).toString(), QStringLiteral("webinar")); // 3 decisions first
        compareNumber(s.value(0, QStringLiteral("acceptance_pct")), 200.0 / 3.0);
        QCOMPARE(s.value(0, QStringLiteral("band")).toString(), QStringLiteral("healthy"));
        QCOMPARE(s.value(1, QStringLiteral("source")).toString(), QStringLiteral("content"));
        QCOMPARE(s.value(1, QStringLiteral("band")).toString(), QStringLiteral("amber")); // 50 %
        QCOMPARE(s.value(2, QStringLiteral("source")).toString(), QStringLiteral("demo_request"));
        QCOMPARE(s.value(2, QStringLiteral("band")).toString(), QStringLiteral("red")); // 0 %

        const ReportTable c = run(QStringLiteral("acceptance-by-campaign"));
        QCOMPARE(c.rowCount(), 2);
        QCOMPARE(c.value(0, QStringLiteral("campaign")).toString(), QStringLiteral("(none)"));
        QCOMPARE(c.value(0, QStringLiteral("decisions")).toLongLong(), 4);
        compareNumber(c.value(0, QStringLiteral("acceptance_pct")), 25.0);
        QCOMPARE(c.value(1, QStringLiteral("campaign")).toString(), QStringLiteral("Q1 webinar"));
    }

    void bandsComeFromThePolicy()
    {
        f.policy.reports.barTooLowAbove = 60; // webinar's 66.7 % is now too easy
        const ReportTable s = run(QStringLiteral("acceptance-by-source"));
        QCOMPARE(s.value(0, QStringLiteral("band")).toString(), QStringLiteral("bar may be too low"));
    }

    void rejectionReasonsByCategoryAndReason()
    {
        const ReportTable t = run(QStringLiteral("rejection-reasons"));
        QCOMPARE(t.rowCount(), 3);
        QCOMPARE(t.value(0, QStringLiteral("reason")).toString(), QStringLiteral("company_too_small"));
        QCOMPARE(t.value(1, QStringLiteral("reason")).toString(), QStringLiteral("other"));
        QCOMPARE(t.value(1, QStringLiteral("category")).toString(), QStringLiteral("definitional"));
        compareNumber(t.value(1, QStringLiteral("category_share_pct")), 200.0 / 3.0);
        QCOMPARE(t.value(2, QStringLiteral("category")).toString(), QStringLiteral("procedural"));
        QCOMPARE(t.value(2, QStringLiteral("rejections")).toLongLong(), 1);
    }

    void rejectionTrendByWeekAndMonth()
    {
        const ReportTable w = run(QStringLiteral("rejection-trend-weekly"));
        QCOMPARE(w.rowCount(), 4); // weeks of 2, 9, 16 and 23 February
        QCOMPARE(w.value(1, QStringLiteral("week")).toDate(), QDate(2026, 2, 9));
        QCOMPARE(w.value(1, QStringLiteral("decisions")).toLongLong(), 4);
        QCOMPARE(w.value(1, QStringLiteral("procedural")).toLongLong(), 1);
        QCOMPARE(w.value(1, QStringLiteral("definitional")).toLongLong(), 1);
        QCOMPARE(w.value(2, QStringLiteral("rejections")).toLongLong(), 0);
        QCOMPARE(w.value(3, QStringLiteral("definitional")).toLongLong(), 1);
        QCOMPARE(w.value(0, QStringLiteral("decisions")).toLongLong(), 0);

        const ReportTable m = run(QStringLiteral("rejection-trend-monthly"));
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.value(0, QStringLiteral("decisions")).toLongLong(), 7);
        QCOMPARE(m.value(0, QStringLiteral("rejections")).toLongLong(), 3);
    }

    void otherTextsAreListed()
    {
        const ReportTable t = run(QStringLiteral("other-reasons"));
        QCOMPARE(t.rowCount(), 1);
        QCOMPARE(t.value(0, QStringLiteral("lead")).toString(), QStringLiteral("L2"));
        QCOMPARE(t.value(0, QStringLiteral("text")).toString(), QStringLiteral("Student project, no budget"));
    }

    void funnelBySource()
    {
        const ReportTable t = run(QStringLiteral("funnel"));
        QCOMPARE(t.value(0, QStringLiteral("mql")).toLongLong(), 10); // all sources
        QCOMPARE(t.value(0, QStringLiteral("sal")).toLongLong(), 3);
        QCOMPARE(t.value(0, QStringLiteral("sql")).toLongLong(), 1);
        QCOMPARE(t.value(0, QStringLiteral("opportunity")).toLongLong(), 1);
        compareNumber(t.value(0, QStringLiteral("mql_to_opportunity_pct")), 10.0);
        const int webinar = rowOf(t, QStringLiteral("source"), QStringLiteral("webinar"));
        QCOMPARE(t.value(webinar, QStringLiteral("mql")).toLongLong(), 4);
        compareNumber(t.value(webinar, QStringLiteral("mql_to_sal_pct")), 50.0);
        const int demo = rowOf(t, QStringLiteral("source"), QStringLiteral("demo_request"));
        QCOMPARE(t.value(demo, QStringLiteral("sal")).toLongLong(), 0);
    }

    // L11, hot (4 h), ben: routed Thu 02-12 09:00, back to marketing at 11:00 (2 h), enriched Mon
    // 02-16 10:00 and accepted at 12:00. The 15 business hours with marketing (Thu 11–17, Fri, Mon
    // 9–10), over the weekend, are not ben's: the accept took 2 + 2 = 4 h, inside the window, not 19.
    void needsInfoPauseIsNotTheRepsTime()
    {
        lead("L11", f.repB, "hot", "webinar", "2026-02-12T09:00");
        decide("L11", f.repB, "needs_info", "2026-02-12T11:00");
        touch("L11", EventKind::Enriched, "2026-02-16T10:00");
        decide("L11", f.repB, "accept", "2026-02-16T12:00");
        const ReportTable t = run(QStringLiteral("rep-sla"));
        const int ben = rowOf(t, QStringLiteral("rep"), f.repB);
        QCOMPARE(t.value(ben, QStringLiteral("decisions")).toLongLong(), 4);
        // 2, 4, 4, 16 business hours (L11's return, L3, L11's accept, L4); counting the pause: 19.
        compareNumber(t.value(ben, QStringLiteral("median_hours")), 4.0);
        compareNumber(t.value(ben, QStringLiteral("p90_hours")), 16.0);
        compareNumber(t.value(ben, QStringLiteral("sla_pct")), 100.0);

        const ReportTable v = run(QStringLiteral("sla-violations"));
        const int feb16 = rowOf(v, QStringLiteral("week"), QDate(2026, 2, 16));
        QCOMPARE(v.value(feb16, QStringLiteral("decisions")).toLongLong(), 3); // L5, L6, L11
        QCOMPARE(v.value(feb16, QStringLiteral("violations")).toLongLong(), 1); // L6 only
    }

    // L12, standard, routed to ben Mon 02-09 09:00: back to marketing at 10:00 (1 h), enriched at
    // 13:00, re-routed to ana Tue 02-10 09:00 — ben's pause is not in ana's window. Ana returns it at
    // 10:00 (1 h), enriched 15:00; returns it at 16:00 (2 h), enriched Wed 11:00; accepts at 14:00:
    // 1 + 1 + 3 = 5 h of her 13 business hours since the re-route (8 h were with marketing).
    void onlyPausesInsideTheWindowCount()
    {
        lead("L12", f.repB, "standard", "webinar", "2026-02-09T09:00");
        decide("L12", f.repB, "needs_info", "2026-02-09T10:00");
        touch("L12", EventKind::Enriched, "2026-02-09T13:00");
        QVERIFY_OK(f.team->assign(QStringLiteral("L12"), f.repA, QStringLiteral("system:escalation"),
            QStringLiteral("sla_reroute"), est("2026-02-10T09:00")));
        decide("L12", f.repA, "needs_info", "2026-02-10T10:00");
        touch("L12", EventKind::Enriched, "2026-02-10T15:00");
        decide("L12", f.repA, "needs_info", "2026-02-10T16:00");
        touch("L12", EventKind::Enriched, "2026-02-11T11:00");
        decide("L12", f.repA, "accept", "2026-02-11T14:00");
        const ReportTable r = run(QStringLiteral("response-times"));
        QList<qint64> counts;
        for (qsizetype i = 0; i < r.rowCount(); ++i)
            counts << r.value(i, QStringLiteral("decisions")).toLongLong();
        // Under 1 h, 1–4, 4–8, 8–24, 24–48, 48+: L12's 1, 1, 2 and 5 h join the suite's 2, 2, 4, 5,
        // 6, 6, 16 (without the pauses: 1, 1, 7, 13; with ben's pause in ana's window: 1, 1, 2, 2).
        QCOMPARE(counts, QList<qint64>({ 0, 5, 5, 1, 0, 0 }));
    }

    // Business hours per step, by source. Decisions: webinar L1 2 h (over the weekend), L3 4 h, L5
    // 2 h and L13 6 h; demo_request L2 6 h, L4 16 h; content L6 5 h, L7 6 h. SAL to SQL: L5 Mon 11:00
    // → Tue 10:00 = 7 h, L13 Fri 02-20 15:00 → Mon 02-23 11:00 = 4 h (the weekend is not counted).
    // SQL to opportunity: L5 Tue 10:00 → Thu 10:00 = 16 h.
    void timeInStageBySource()
    {
        lead("L13", f.repA, "standard", "webinar", "2026-02-20T09:00");
        decide("L13", f.repA, "accept", "2026-02-20T15:00");
        touch("L13", EventKind::ConvertedToSql, "2026-02-23T11:00");
        const ReportTable t = run(QStringLiteral("time-in-stage"));
        QCOMPARE(t.rowCount(), 4);
        QCOMPARE(t.value(0, QStringLiteral("source")).toString(), QStringLiteral("(all sources)"));
        QCOMPARE(t.value(0, QStringLiteral("decisions")).toLongLong(), 8);
        compareNumber(t.value(0, QStringLiteral("decision_median_hours")), 5.0); // 2 2 4 5 6 6 6 16
        compareNumber(t.value(0, QStringLiteral("decision_p90_hours")), 16.0);
        QCOMPARE(t.value(0, QStringLiteral("sql")).toLongLong(), 2);
        compareNumber(t.value(0, QStringLiteral("sal_to_sql_median_hours")), 4.0);
        compareNumber(t.value(0, QStringLiteral("sal_to_sql_p90_hours")), 7.0);
        QCOMPARE(t.value(0, QStringLiteral("opportunities")).toLongLong(), 1);
        compareNumber(t.value(0, QStringLiteral("sql_to_opportunity_median_hours")), 16.0);
        compareNumber(t.value(0, QStringLiteral("sql_to_opportunity_p90_hours")), 16.0);

        QCOMPARE(t.value(1, QStringLiteral("source")).toString(), QStringLiteral("webinar"));
        QCOMPARE(t.value(1, QStringLiteral("decisions")).toLongLong(), 4);
        compareNumber(t.value(1, QStringLiteral("decision_median_hours")), 2.0);
        compareNumber(t.value(1, QStringLiteral("decision_p90_hours")), 6.0);
        QCOMPARE(t.value(1, QStringLiteral("sql")).toLongLong(), 2);
        QCOMPARE(t.value(2, QStringLiteral("source")).toString(), QStringLiteral("content")); // 2, by name
        compareNumber(t.value(2, QStringLiteral("decision_median_hours")), 5.0);
        compareNumber(t.value(2, QStringLiteral("decision_p90_hours")), 6.0);
        QCOMPARE(t.value(2, QStringLiteral("sql")).toLongLong(), 0);
        QVERIFY(t.value(2, QStringLiteral("sal_to_sql_median_hours")).isNull()); // nothing measured
        QCOMPARE(t.value(3, QStringLiteral("source")).toString(), QStringLiteral("demo_request"));
        compareNumber(t.value(3, QStringLiteral("decision_median_hours")), 6.0);
        compareNumber(t.value(3, QStringLiteral("decision_p90_hours")), 16.0);

        // Only what ended in the period: in the week of 16 February, L5's steps and three decisions.
        const ReportTable w = run(QStringLiteral("time-in-stage"), QStringLiteral("2026-02-16..2026-02-22"));
        QCOMPARE(w.value(0, QStringLiteral("decisions")).toLongLong(), 3); // L5, L6, L13
        QCOMPARE(w.value(0, QStringLiteral("sql")).toLongLong(), 1);
        compareNumber(w.value(0, QStringLiteral("sal_to_sql_median_hours")), 7.0);
    }

    void violationsEscalationsAndReroutesPerWeek()
    {
        const ReportTable t = run(QStringLiteral("sla-violations"));
        QCOMPARE(t.rowCount(), 4); // one team, four weeks
        const int feb9 = rowOf(t, QStringLiteral("week"), QDate(2026, 2, 9));
        QCOMPARE(t.value(feb9, QStringLiteral("decisions")).toLongLong(), 4);
        QCOMPARE(t.value(feb9, QStringLiteral("violations")).toLongLong(), 1);
        compareNumber(t.value(feb9, QStringLiteral("sla_pct")), 75.0);
        const int feb23 = rowOf(t, QStringLiteral("week"), QDate(2026, 2, 23));
        QCOMPARE(t.value(feb23, QStringLiteral("violations")).toLongLong(), 1);
        QCOMPARE(t.value(feb23, QStringLiteral("escalations")).toLongLong(), 1);
        QCOMPARE(t.value(feb23, QStringLiteral("reroutes")).toLongLong(), 1);
        QCOMPARE(t.value(feb23, QStringLiteral("team")).toString(), QStringLiteral("North America"));
    }

    void responseTimeDistribution()
    {
        const ReportTable t = run(QStringLiteral("response-times"));
        QCOMPARE(t.rowCount(), 6);
        QList<qint64> counts, inSla;
        for (qsizetype r = 0; r < t.rowCount(); ++r) {
            counts << t.value(r, QStringLiteral("decisions")).toLongLong();
            inSla << t.value(r, QStringLiteral("in_sla")).toLongLong();
        }
        QCOMPARE(counts, QList<qint64>({ 0, 2, 4, 1, 0, 0 }));
        QCOMPARE(inSla, QList<qint64>({ 0, 2, 1, 1, 0, 0 }));
    }

    void loadAgainstCapacity()
    {
        const ReportTable t = run(QStringLiteral("capacity-load"));
        QCOMPARE(t.rowCount(), 9); // ana: 6 days, ben: 10, 23 and 25 February
        int over = -1;
        for (qsizetype r = 0; r < t.rowCount(); ++r) {
            if (t.value(r, QStringLiteral("over_capacity")).toBool())
                over = int(r);
        }
        QVERIFY(over >= 0);
        QCOMPARE(t.value(over, QStringLiteral("rep")).toString(), f.repB);
        QCOMPARE(t.value(over, QStringLiteral("day")).toDate(), QDate(2026, 2, 10));
        QCOMPARE(t.value(over, QStringLiteral("routed")).toLongLong(), 2);
        compareNumber(t.value(over, QStringLiteral("load_pct")), 200.0);
    }

    void offlineDecisionsCountByDeviceTime()
    {
        const ReportTable t = run(QStringLiteral("offline-sync"));
        QCOMPARE(t.rowCount(), 6);
        // L2 was decided on the 9th and arrived on the 10th: it counts on the 9th, as late.
        QCOMPARE(t.value(0, QStringLiteral("day")).toDate(), QDate(2026, 2, 9));
        QCOMPARE(t.value(0, QStringLiteral("decisions")).toLongLong(), 2);
        QCOMPARE(t.value(0, QStringLiteral("synced_late")).toLongLong(), 1);
        compareNumber(t.value(0, QStringLiteral("late_pct")), 50.0);
        compareNumber(t.value(0, QStringLiteral("max_delay_hours")), 18.0);
        QCOMPARE(t.value(1, QStringLiteral("synced_late")).toLongLong(), 0);
    }

    void presetPeriodsAndTeamFilter()
    {
        // This week (from Monday 23 February): only L7 was decided.
        const ReportTable w = run(QStringLiteral("rep-sla"), QStringLiteral("this-week"));
        QCOMPARE(
            w.value(rowOf(w, QStringLiteral("rep"), f.repA), QStringLiteral("decisions")).toLongLong(), 1);
        const ReportTable q
            = run(QStringLiteral("acceptance-by-source"), QStringLiteral("quarter"), QStringLiteral("na"));
        qint64 decisions = 0;
        for (qsizetype r = 0; r < q.rowCount(); ++r)
            decisions += q.value(r, QStringLiteral("decisions")).toLongLong();
        QCOMPARE(decisions, 7);
    }

    void hourTableGivesTheCalendarsBusinessSeconds()
    {
        // A lunch break inside one hour (12:15–12:45: that hour takes the span lookup), a Saturday of
        // 20 minutes, a holiday and the switch to summer time (Sunday 8 March 2026) in New York.
        BusinessCalendar::Week week;
        for (int d = 0; d < 5; ++d)
            week[size_t(d)] = { { 9 * 60, 12 * 60 + 15 }, { 12 * 60 + 45, 17 * 60 + 30 } };
        week[5] = { { 10 * 60 + 10, 10 * 60 + 30 } };
        const BusinessCalendar calendar(QStringLiteral("new_york"),
            QTimeZone(QByteArrayLiteral("America/New_York")), week, { QDate(2026, 3, 10) });
        PolicySet policy = f.policy;
        policy.calendars.insert(calendar.id(), calendar);
        const QList<Team> teams = f.team->teams().value();
        const QDateTime nowAt = utc("2026-03-20T12:00:00Z");
        Result<ReportScope> scope = ReportScope::prepare(f.team->database(), policy, teams, {}, nowAt,
            ReportPeriod::days(QDate(2026, 3, 1), QDate(2026, 3, 18), QTimeZone::utc()));
        QVERIFY_OK(scope);
        // Every 7 min 13 s over 2–16 March, and one time past the end of the table (the lookup).
        const QDateTime first = utc("2026-03-02T00:00:00Z");
        QStringList times;
        for (qint64 t = first.toSecsSinceEpoch(); t < utc("2026-03-16T00:00:00Z").toSecsSinceEpoch();
             t += 433)
            times << QStringLiteral("(%1)").arg(t);
        times << QStringLiteral("(%1)").arg(utc("2026-12-01T00:00:00Z").toSecsSinceEpoch());
        const QString team = QStringLiteral("'na'"), at = QStringLiteral("x.e");
        const QString sql
            = QStringLiteral("WITH x(e) AS (VALUES %1) SELECT x.e, %2, %3 FROM x%4 ORDER BY x.e")
                  .arg(times.join(QLatin1Char(',')),
                      scope->businessSecondsAtHour(QStringLiteral("h"), at, team),
                      scope->businessSecondsAtEpoch(at, team),
                      ReportScope::hourJoin(QStringLiteral("h"), at, team));
        // The spans reach a day past "now": Saturday 21 March is the last one.
        const QDateTime tableEnd = utc("2026-03-22T12:00:00Z");
        qint64 base = -1;
        int checked = 0;
        QVERIFY_OK(f.team->database().each(sql, {}, [&](const QSqlQuery &q) {
            const QDateTime t = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), QTimeZone::utc());
            const qint64 byHour = q.value(1).toLongLong();
            QCOMPARE(byHour, q.value(2).toLongLong());
            if (base < 0)
                base = byHour;
            QCOMPARE(byHour - base, calendar.businessSecondsBetween(first, std::min(t, tableEnd)));
            ++checked;
        }));
        QCOMPARE(checked, times.size());
    }

    void unknownTeamIsAProblem()
    {
        const QList<Team> teams = f.team->teams().value();
        const Result<ReportScope> scope
            = ReportScope::prepare(f.team->database(), f.policy, teams, QStringLiteral("emea"), now,
                ReportPeriod::preset(ReportPeriod::Preset::ThisWeek, now, QTimeZone::utc()));
        QVERIFY(!scope.ok());
        QCOMPARE(scope.problems().constFirst().field, QStringLiteral("team"));
    }

    void formatsAsCsvAndJson()
    {
        const ReportTable t = run(QStringLiteral("offline-sync"));
        const QByteArray csv = ReportFormat::csv(t);
        QVERIFY(csv.startsWith(
            "day,decisions,synced_late,late_pct,max_delay_hours\r\n2026-02-09,2,1,50.0,18.0\r\n"));
        const QJsonObject json
            = QJsonDocument::fromJson(ReportFormat::format(t, ReportFormat::Kind::Json)).object();
        QCOMPARE(json.value(QStringLiteral("report")).toString(), QStringLiteral("offline-sync"));
        QCOMPARE(json.value(QStringLiteral("rows"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("late_pct"))
                     .toDouble(),
            50.0);
        QVERIFY(ReportFormat::table(t).contains(QStringLiteral("50.0 %")));
    }
};

QTEST_GUILESS_MAIN(tst_TeamReports)
#include "tst_TeamReports.moc"
