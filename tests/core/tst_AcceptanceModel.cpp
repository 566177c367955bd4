// The acceptance model: vocabulary, exact explanations, reason models, the stored document, and
// the features it reads from a lead.

#include "insight/AcceptanceFeatures.h"
#include "insight/AcceptanceTrainer.h"
#include "policy/PolicyLoader.h"

#include <QJsonArray>
#include <QTest>
#include <cmath>

using namespace sal::core;

namespace {
LeadFeatures features(double fit, const QString &size, const QString &source)
{
    return { LeadFeature { QStringLiteral("fit_points"), fit, false, QStringLiteral("fit %1").arg(fit) },
        LeadFeature { QStringLiteral("employees=") + size, 1, true, size + QStringLiteral(" employees") },
        LeadFeature { QStringLiteral("source=") + source, 1, true, QStringLiteral("source ") + source } };
}

// Small companies are rejected (as too small), demo requests accepted, with one exception each way.
QList<TrainingExample> handMade()
{
    QList<TrainingExample> out;
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-10-01T09:00:00Z"), Qt::ISODate);
    int minute = 0;
    const auto add = [&](double fit, const char *size, const char *source, int accepted, const char *reason) {
        out << TrainingExample { features(fit, QLatin1String(size), QLatin1String(source)), accepted,
            QLatin1String(reason), t0.addSecs(60 * minute++), fit };
    };
    for (int i = 0; i < 6; ++i) {
        add(30 + i, "200-1999", "demo_request", 1, "");
        add(25 + i, "50-199", "demo_request", 1, "");
        add(10 + i, "<50", "webinar", 0, "company_too_small");
        add(12 + i, "200-1999", "webinar", 0, "wrong_persona");
    }
    add(28, "<50", "demo_request", 1, "");
    add(20, "200-1999", "demo_request", 0, "wrong_persona");
    return out;
}
} // namespace

class tst_AcceptanceModel : public QObject
{
    Q_OBJECT

private slots:
    void contributionsSumExactlyToTheLogit()
    {
        const Result<AcceptanceModel> model
            = AcceptanceTrainer({ 1.0, 1, 2 }).train(handMade(), QDateTime::currentDateTimeUtc());
        QVERIFY2(model.ok(), qPrintable(joinProblems(model.problems())));
        for (const TrainingExample &e : handMade()) {
            const AcceptanceEstimate est = model->estimate(e.features);
            double sum = est.intercept;
            for (const FeatureContribution &c : est.contributions)
                sum += c.logit;
            QCOMPARE(sum, est.logit); // the same additions in the same order: exact
            QVERIFY(std::abs(est.likelihood - 1 / (1 + std::exp(-est.logit))) < 1e-15);
        }
    }

    void learnsTheSignsOfTheStructure()
    {
        const AcceptanceModel m = AcceptanceTrainer({ 1.0, 1, 2 }).train(handMade(), {}).value();
        const auto weightOf
            = [&](const QString &token) { return m.weights.at(m.numeric.size() + m.tokens.indexOf(token)); };
        QVERIFY(weightOf(QStringLiteral("employees=<50")) < 0);
        QVERIFY(weightOf(QStringLiteral("source=demo_request")) > 0);
        QVERIFY(weightOf(QStringLiteral("source=webinar")) < 0);
        const AcceptanceEstimate small
            = m.estimate(features(11, QStringLiteral("<50"), QStringLiteral("webinar")));
        const AcceptanceEstimate good
            = m.estimate(features(31, QStringLiteral("200-1999"), QStringLiteral("demo_request")));
        QVERIFY(small.likelihood < 0.2);
        QVERIFY(good.likelihood > 0.8);
        // The explanation names the lead's own facts, strongest first.
        QCOMPARE(small.strongestAgainst(3).size(), 3);
        QVERIFY(small.strongestFor(3).isEmpty() || small.strongestFor(3).constFirst().logit > 0);
        QStringList against;
        for (const FeatureContribution &c : small.strongestAgainst(3))
            against << c.label;
        QVERIFY2(
            against.contains(QStringLiteral("<50 employees")), qPrintable(against.join(QLatin1Char('|'))));
        // The likeliest reason of a small webinar lead is the one its twins were rejected for.
        QCOMPARE(small.likeliestReason, QStringLiteral("company_too_small"));
        QVERIFY(small.reasonProbability > 0.5);
        QCOMPARE(
            m.estimate(features(14, QStringLiteral("200-1999"), QStringLiteral("webinar"))).likeliestReason,
            QStringLiteral("wrong_persona"));
    }

    void unknownTokensAreLeftOutNotGuessed()
    {
        const AcceptanceModel m = AcceptanceTrainer({ 1.0, 1, 2 }).train(handMade(), {}).value();
        const AcceptanceEstimate e
            = m.estimate(features(20, QStringLiteral("2000+"), QStringLiteral("partner")));
        for (const FeatureContribution &c : e.contributions)
            QVERIFY(c.key == QLatin1String("fit_points"));
    }

    void tooFewDecisionsAreRefusedWithAReason()
    {
        const Result<AcceptanceModel> m = AcceptanceTrainer().train(handMade().mid(0, 6), {});
        QVERIFY(!m.ok());
        QVERIFY(joinProblems(m.problems()).contains(QStringLiteral("not enough decisions")));
    }

    void theStoredDocumentReadsBackTheSameModel()
    {
        const QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-30T12:00:00Z"), Qt::ISODate);
        const AcceptanceModel m = AcceptanceTrainer({ 1.0, 1, 2 }).train(handMade(), at).value();
        QCOMPARE(m.decisions, 26);
        QCOMPARE(m.accepted, 13);
        const Result<AcceptanceModel> back = AcceptanceModel::fromJson(m.toJson());
        QVERIFY(back.ok());
        QCOMPARE(*back, m);
        QJsonObject broken = m.toJson();
        broken.insert(QStringLiteral("weights"), QJsonArray { 1.0 });
        const Result<AcceptanceModel> bad = AcceptanceModel::fromJson(broken);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.problems().constFirst().path, QStringLiteral("$.weights"));
    }

    void readsTheLeadsFactsAtTheDecisionsMoment()
    {
        const PolicySet policy = PolicyLoader::loadDefaults().value();
        const AcceptanceFeatures reader(policy.icp, policy.checklist);
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-20T10:00:00Z"), Qt::ISODate);
        Lead lead;
        lead.source = QStringLiteral("pricing_page");
        lead.account.employees = 8;
        lead.account.industry = policy.icp.industries.value(0);
        lead.account.region = QStringLiteral("NA");
        lead.contact.seniority = Seniority::VicePresident;
        lead.contact.title = QStringLiteral("VP Operations");
        lead.engagement << EngagementSignal { QStringLiteral("pricing_page"), QStringLiteral("Pricing"), 10,
            now.addDays(-2), FunnelStage::Bofu, {} };
        lead.engagement << EngagementSignal { QStringLiteral("webinar"), QStringLiteral("Later"), 5,
            now.addDays(1), FunnelStage::Tofu, {} }; // after the moment: not read
        const LeadFeatures f = reader.of(lead, now);
        QHash<QString, QString> byKey;
        for (const LeadFeature &x : f)
            byKey.insert(x.key, x.label);
        QCOMPARE(byKey.value(QStringLiteral("employees=<50")), QStringLiteral("8 employees"));
        QCOMPARE(
            byKey.value(QStringLiteral("signal=pricing_page")), QStringLiteral("pricing page 2 days ago"));
        QVERIFY(!byKey.contains(QStringLiteral("signal=webinar")));
        QVERIFY(byKey.value(QStringLiteral("icp_industry=pass"))
                    .startsWith(QStringLiteral("ICP industry match")));
        QVERIFY(byKey.contains(QStringLiteral("seniority=vp")));
        QVERIFY(byKey.contains(QStringLiteral("check:icp_company=fail"))); // 8 employees is below the ICP
        QVERIFY(!byKey.contains(QStringLiteral("check:several_contacts=fail")));
        for (const LeadFeature &x : f) {
            if (x.key == QLatin1String("days_since_signal"))
                QCOMPARE(x.value, 2.0);
        }
    }
};

QTEST_GUILESS_MAIN(tst_AcceptanceModel)
#include "tst_AcceptanceModel.moc"
