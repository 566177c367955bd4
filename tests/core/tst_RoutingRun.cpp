// Routing new MQLs through the real team store: ordered rules, named accounts with weights, channel
// partners, the manager's default queue, daily capacity, inactive and out-of-office reps, and the
// fairness of a bulk arrival (1,000 leads at once).

#include "automation/RoutingRun.h"
#include "sla/ManualClock.h"
#include "support/AutomationFixture.h"

#include <QMap>

using namespace sal::core;
using namespace sal::test;

class tst_RoutingRun : public QObject
{
    Q_OBJECT

    AutomationFixture f;
    const QDateTime kNow = utc("2026-03-10T15:00:00Z"); // Tuesday 11:00 in New York

    // An unowned NA mid-market MQL that arrived `minutesAgo` ago.
    Lead fresh(const QString &id, int minutesAgo = 5)
    {
        Lead lead = AutomationFixture::midMarketLead(id, {}, kNow.addSecs(-60 * minutesAgo));
        lead.routedAt = {};
        return lead;
    }

    QList<Assignment> route(const PolicySet &policy)
    {
        RoutingRun run(*f.team, policy);
        const Result<QList<Assignment>> plan = run.plan(kNow);
        if (!plan)
            qFatal("plan: %s", qPrintable(joinProblems(plan.problems())));
        if (!run.apply(*plan, kNow))
            qFatal("apply failed");
        return *plan;
    }

    QMap<QString, int> owners(const QList<Assignment> &plan)
    {
        QMap<QString, int> count;
        for (const Assignment &a : plan)
            count[a.choice.owner] += 1;
        return count;
    }

    bool bulkArrival(int n)
    {
        if (!f.team->beginBulk())
            return false;
        for (int i = 0; i < n; ++i) {
            if (!f.put(fresh(QStringLiteral("B%1").arg(i, 4, 10, QLatin1Char('0')), 1 + i % 50))) {
                f.team->rollbackBulk();
                return false;
            }
        }
        return f.team->commitBulk().ok();
    }

private Q_SLOTS:
    void init()
    {
        f.~AutomationFixture();
        new (&f) AutomationFixture();
        QVERIFY(f.initAutomation());
    }

    void firstMatchingRuleFiresAndIsRecorded()
    {
        QVERIFY(f.put(fresh(QStringLiteral("NA1"))));
        Lead emea = fresh(QStringLiteral("EU1"));
        emea.account.region = QStringLiteral("EMEA");
        emea.account.country = QStringLiteral("DE");
        QVERIFY(f.put(emea));
        const QList<Assignment> plan = route(f.policy);
        QCOMPARE(plan.size(), 2);
        const LeadSnapshot na = f.snapshot(QStringLiteral("NA1"));
        QCOMPARE(na.lead.ownerEmail, f.repA); // ties go by email
        QCOMPARE(na.lead.routedAt, kNow);
        QCOMPARE(na.events.last().kind, EventKind::Routed);
        QCOMPARE(na.events.last().reason, QStringLiteral("na-mid -> ") + f.repA);
        const LeadSnapshot eu = f.snapshot(QStringLiteral("EU1"));
        QCOMPARE(eu.lead.ownerEmail, f.emeaRep);
        QCOMPARE(eu.lead.teamId, QStringLiteral("emea")); // joins the owner's team: Max sees it
        QVERIFY(route(f.policy).isEmpty()); // routed leads are not routed again
    }

    void unmatchedLeadsGoToTheManagersDefaultQueue()
    {
        Lead apac = fresh(QStringLiteral("AP1"));
        apac.account.region = QStringLiteral("APAC");
        QVERIFY(f.put(apac));
        const QList<Assignment> plan = route(f.policy);
        QVERIFY(plan.first().choice.defaultQueue);
        QCOMPARE(plan.first().choice.ruleId, QStringLiteral("default_queue"));
        QCOMPARE(f.snapshot(QStringLiteral("AP1")).lead.ownerEmail, f.manager);
    }

    void namedAccountsAndPartnerTeamsComeFirst()
    {
        QVERIFY_OK(f.team->putTeam(Team { QStringLiteral("partner-east"), QStringLiteral("East Partners"),
            f.manager, QStringLiteral("new_york"), true }));
        const QString partner = QStringLiteral("pat@partner.example");
        QVERIFY_OK(f.team->putPerson(Rep {
            partner, QStringLiteral("Pat"), QStringLiteral("partner-east"), Role::Rep, {}, 25, true, true }));
        PolicySet policy = f.policy;
        RoutingRule named;
        named.id = QStringLiteral("key-accounts");
        named.accounts = { QStringLiteral("acme.example") };
        named.reps = { WeightedRep { f.repC, 1.0 } };
        RoutingRule partners;
        partners.id = QStringLiteral("partners");
        partners.sources = { QStringLiteral("partner") };
        partners.team = QStringLiteral("partner-east");
        policy.routing.rules.prepend(partners);
        policy.routing.rules.prepend(named);

        Lead acme = fresh(QStringLiteral("ACME"));
        acme.account.domain = QStringLiteral("ACME.example");
        Lead referred = fresh(QStringLiteral("REF"));
        referred.source = QStringLiteral("partner");
        QVERIFY(f.put(acme) && f.put(referred) && f.put(fresh(QStringLiteral("PLAIN"))));
        route(policy);
        QCOMPARE(f.snapshot(QStringLiteral("ACME")).lead.ownerEmail, f.repC);
        QCOMPARE(f.snapshot(QStringLiteral("REF")).lead.ownerEmail, partner);
        QCOMPARE(f.snapshot(QStringLiteral("REF")).lead.teamId, QStringLiteral("partner-east"));
        QVERIFY(f.snapshot(QStringLiteral("REF"))
                    .events.last()
                    .reason.startsWith(QStringLiteral("partners -> ")));
        QCOMPARE(f.snapshot(QStringLiteral("PLAIN")).lead.ownerEmail, f.repA);
    }

    void ruleNamingAnUnknownTargetIsAnError()
    {
        PolicySet policy = f.policy;
        policy.routing.rules[1].territory = QStringLiteral("na-nowhere");
        QVERIFY(f.put(fresh(QStringLiteral("NA1"))));
        const Result<QList<Assignment>> plan = RoutingRun(*f.team, policy).plan(kNow);
        QVERIFY(!plan);
        QCOMPARE(plan.problems().first().toString(),
            QStringLiteral(
                "routing.json: $.rules[1].territory: no territory \"na-nowhere\" in the team store"));
        QVERIFY(f.snapshot(QStringLiteral("NA1")).lead.ownerEmail.isEmpty());
    }

    void inactiveAwayAndFullRepsAreSkipped()
    {
        QVERIFY_OK(f.team->putPerson(Rep { f.repA, QStringLiteral("Ana"), QStringLiteral("na"), Role::Rep,
            QStringLiteral("na-mid"), 25, false, false }));
        QVERIFY_OK(f.team->putAbsence(
            Absence { f.repB, QDate(2026, 3, 10), QDate(2026, 3, 10), QStringLiteral("conference") }));
        QVERIFY_OK(f.team->putPerson(Rep { f.repC, QStringLiteral("Cy"), QStringLiteral("na"), Role::Rep,
            QStringLiteral("na-mid"), 2, true, false }));
        for (int i = 0; i < 4; ++i)
            QVERIFY(f.put(fresh(QStringLiteral("L%1").arg(i), 10 - i)));
        const QMap<QString, int> got = owners(route(f.policy));
        QCOMPARE(got.value(f.repC), 2); // up to capacity…
        QCOMPARE(got.value(f.manager), 2); // …then the manager's queue
        QCOMPARE(got.value(f.repA) + got.value(f.repB), 0);
        // The oldest leads went first.
        QCOMPARE(f.snapshot(QStringLiteral("L0")).lead.ownerEmail, f.repC);
        QCOMPARE(f.snapshot(QStringLiteral("L3")).lead.ownerEmail, f.manager);
    }

    void bulkArrivalIsSpreadFairly()
    {
        QVERIFY(f.initAutomation(1000)); // capacity is not the limit here
        QVERIFY(bulkArrival(1000));
        const QList<Assignment> plan = route(f.policy);
        QCOMPARE(plan.size(), 1000);
        const QMap<QString, int> got = owners(plan);
        QCOMPARE(got.size(), 3);
        const auto [min, max] = std::minmax_element(got.cbegin(), got.cend());
        QVERIFY2(*max - *min <= 1, qPrintable(QStringLiteral("%1 .. %2").arg(*min).arg(*max)));
        // The store agrees with the plan.
        for (const OwnerLoad &load : f.team->ownerLoads(kNow.addSecs(-1)).value())
            QCOMPARE(load.assignedSince, got.value(load.owner));
    }

    void aLaterBatchEvensOutTheDay()
    {
        QVERIFY(f.initAutomation(1000));
        QVERIFY(f.put(fresh(QStringLiteral("FIRST"))));
        route(f.policy); // Ana got one earlier today
        QVERIFY(bulkArrival(299));
        const QMap<QString, int> got = owners(route(f.policy));
        QCOMPARE(got.value(f.repA) + 1, 100);
        QCOMPARE(got.value(f.repB), 100);
        QCOMPARE(got.value(f.repC), 100);
    }

    void weightsShareABatchInProportion()
    {
        PolicySet policy = f.policy;
        RoutingRule weighted;
        weighted.id = QStringLiteral("weighted");
        weighted.regions = { QStringLiteral("NA") };
        weighted.reps = { WeightedRep { f.repA, 3.0 }, WeightedRep { f.repB, 1.0 } };
        policy.routing.rules.prepend(weighted);
        QVERIFY(f.initAutomation(1000));
        QVERIFY(bulkArrival(400));
        const QMap<QString, int> got = owners(route(policy));
        QCOMPARE(got.value(f.repA), 300);
        QCOMPARE(got.value(f.repB), 100);
    }
};

QTEST_GUILESS_MAIN(tst_RoutingRun)
#include "tst_RoutingRun.moc"
