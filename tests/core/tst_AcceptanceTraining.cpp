// The acceptance model's life in a team store: trained on the decisions there and stored, retrained
// only when enough new decisions arrived, carried to a rep's device by the pull (so the likelihood
// shows offline), and used by routing's confidence band, whose events carry the score.

#include "automation/RoutingRun.h"
#include "insight/AcceptanceScorer.h"
#include "insight/AcceptanceTraining.h"
#include "sla/ManualClock.h"
#include "support/AutomationFixture.h"
#include "sync/SyncEngine.h"

using namespace sal::core;
using namespace sal::test;

class tst_AcceptanceTraining : public QObject
{
    Q_OBJECT

    AutomationFixture f;
    const QDateTime kNow = utc("2026-11-30T15:00:00Z"); // Monday 10:00 in New York
    int m_next = 0;

    // Big companies accepted, small ones rejected as too small (with the odd exception).
    bool decideSome(int count, const QString &rep = {})
    {
        const QDateTime at = kNow.addDays(-5);
        for (int i = 0; i < count; ++i) {
            const int k = m_next++;
            const bool big = k % 2 == 0;
            const bool accepted = big != (k % 11 == 0);
            Lead lead
                = AutomationFixture::midMarketLead(QStringLiteral("H%1").arg(k, 3, 10, QLatin1Char('0')),
                    rep.isEmpty() ? f.repA : rep, at.addSecs(-3600));
            lead.account.employees = big ? 800 : 12;
            lead.source = big ? QStringLiteral("demo_request") : QStringLiteral("webinar");
            if (!f.put(lead))
                return false;
            const Disposition d = accepted ? acceptDisposition(at.addDays(1))
                                           : rejectDisposition(QStringLiteral("company_too_small"));
            if (f.decideAndPush(lead.id, lead.ownerEmail, d, at.addSecs(k)).status != ApplyStatus::Applied)
                return false;
        }
        return true;
    }

private slots:
    void init()
    {
        f.~AutomationFixture();
        new (&f) AutomationFixture;
        m_next = 0;
        QVERIFY(f.initAutomation());
    }

    void trainsStoresAndRetrainsOnlyWhenDue()
    {
        QVERIFY(decideSome(40));
        AcceptanceTraining training(*f.team, f.team->database(), f.policy);
        QVERIFY_OK(training.current());
        QVERIFY(!training.current()->has_value());
        const Result<AcceptanceModel> model = training.train(f.manager, kNow);
        QVERIFY_OK(model);
        QCOMPARE(model->decisions, 40);
        const Result<std::optional<StoredAcceptanceModel>> stored = f.team->latestAcceptanceModel({});
        QVERIFY_OK(stored);
        QVERIFY(stored->has_value());
        QCOMPARE((*stored)->decisions, 40);
        QCOMPARE((*stored)->trainedBy, f.manager);
        QCOMPARE((*stored)->trainedAtUtc, kNow);
        QCOMPARE(*training.current().value(), *model);

        QCOMPARE(training.decisionsSinceModel().value(), 0);
        QVERIFY(decideSome(4));
        const Result<std::optional<AcceptanceModel>> notDue
            = training.trainIfDue(f.manager, kNow.addSecs(60), 5);
        QVERIFY_OK(notDue);
        QVERIFY(!notDue->has_value());
        QVERIFY(decideSome(1));
        const Result<std::optional<AcceptanceModel>> due
            = training.trainIfDue(f.manager, kNow.addSecs(120), 5);
        QVERIFY_OK(due);
        QVERIFY(due->has_value());
        QCOMPARE((*due)->decisions, 45);
        QCOMPARE(f.team->latestAcceptanceModel({}).value()->trainedAtUtc, kNow.addSecs(120));
    }

    void thePullCarriesTheModelToTheDevice()
    {
        QVERIFY(decideSome(40));
        AcceptanceTraining training(*f.team, f.team->database(), f.policy);
        QVERIFY_OK(training.train(f.manager, kNow));
        std::unique_ptr<LocalStore> local = f.openLocal(QStringLiteral("ana"));
        QVERIFY(local);
        ManualClock clock(kNow);
        SyncEngine engine(*local, *f.team, clock, f.repA);
        const Result<SyncReport> first = engine.pull();
        QVERIFY_OK(first);
        QVERIFY(first->modelUpdated);
        const QString document = local->meta(SyncEngine::kModelKey).value();
        QCOMPARE(document, f.team->latestAcceptanceModel({}).value()->document);
        // Only once: the next pull sees nothing newer.
        QVERIFY(!engine.pull().value().modelUpdated);

        // Offline, from the device's copy: a small company scores low, a big one high.
        const AcceptanceScorer scorer(AcceptanceScorer::fromDocument(document), f.policy.icp,
            f.policy.checklist, f.policy.insight.lowLikelihoodBelow);
        QVERIFY(scorer.hasModel());
        Lead small = AutomationFixture::midMarketLead(QStringLiteral("S1"), f.repA, kNow);
        small.account.employees = 15;
        small.source = QStringLiteral("webinar");
        Lead big = small;
        big.account.employees = 900;
        big.source = QStringLiteral("demo_request");
        QVERIFY(scorer.likelihood(small, kNow).value() < 0.3);
        QVERIFY(scorer.likelihood(big, kNow).value() > 0.7);
        QVERIFY(scorer.isLow(scorer.likelihood(small, kNow).value()));
        QCOMPARE(scorer.estimate(small, kNow)->likeliestReason, QStringLiteral("company_too_small"));
    }

    void confidenceBandRoutesByTheScoreAndSaysSo()
    {
        QVERIFY(decideSome(40));
        PolicySet policy = f.policy;
        ConfidenceBand band;
        band.fastLaneFrom = 0.7;
        band.sdrReviewBelow = 0.3;
        band.fastLane.id = QStringLiteral("fast-lane");
        band.fastLane.reps = { WeightedRep { f.repC, 1 } };
        band.sdrReview.id = QStringLiteral("sdr-review");
        band.sdrReview.reps = { WeightedRep { f.repB, 1 } };
        policy.insight.band = band;
        AcceptanceTraining training(*f.team, f.team->database(), policy);
        const AcceptanceModel model = training.train(f.manager, kNow).value();
        const AcceptanceScorer scorer(model, policy.icp, policy.checklist, policy.insight.lowLikelihoodBelow);

        Lead big = AutomationFixture::midMarketLead(QStringLiteral("N1"), {}, kNow.addSecs(-600));
        big.routedAt = {};
        big.account.employees = 900;
        big.source = QStringLiteral("demo_request");
        Lead small = big;
        small.id = QStringLiteral("N2");
        small.account.employees = 15;
        small.source = QStringLiteral("webinar");
        QVERIFY(f.put(big) && f.put(small));
        RoutingRun run(*f.team, policy,
            [&scorer](const Lead &l, const QDateTime &at) { return scorer.likelihood(l, at); });
        const Result<QList<Assignment>> plan = run.plan(kNow);
        QVERIFY_OK(plan);
        QCOMPARE(plan->size(), 2);
        QVERIFY_OK(run.apply(*plan, kNow));
        QCOMPARE(f.snapshot(QStringLiteral("N1")).lead.ownerEmail, f.repC);
        QCOMPARE(f.snapshot(QStringLiteral("N2")).lead.ownerEmail, f.repB);
        const auto routedReason = [&](const QString &id) {
            for (const StageEvent &e : f.snapshot(id).events) {
                if (e.kind == EventKind::Routed)
                    return e.reason;
            }
            return QString();
        };
        QVERIFY2(
            routedReason(QStringLiteral("N1"))
                .startsWith(QStringLiteral("fast-lane -> ") + f.repC + QStringLiteral(" (likelihood 0.")),
            qPrintable(routedReason(QStringLiteral("N1"))));
        QVERIFY2(
            routedReason(QStringLiteral("N2"))
                .startsWith(QStringLiteral("sdr-review -> ") + f.repB + QStringLiteral(" (likelihood 0.")),
            qPrintable(routedReason(QStringLiteral("N2"))));

        // Off by default: the same leads route by the ordered rules, with no score on the event.
        QVERIFY(!f.policy.insight.band);
    }
};

QTEST_GUILESS_MAIN(tst_AcceptanceTraining)
#include "tst_AcceptanceTraining.moc"
