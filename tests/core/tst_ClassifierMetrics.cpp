// AUC, Brier score and calibration on hand examples; the time-ordered hold-out on a fixed seed.

#include "insight/ClassifierMetrics.h"
#include "insight/HoldoutEvaluation.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace sal::core;

class tst_ClassifierMetrics : public QObject
{
    Q_OBJECT

private slots:
    void aucOnAHandExample()
    {
        // Positives score 0.9, 0.6, 0.4; negatives 0.7, 0.4, 0.2. Of the 9 positive–negative
        // pairs the positive is higher in 6 (0.9 beats all three, 0.6 beats 0.4 and 0.2, 0.4 beats
        // 0.2), and 0.4 vs 0.4 is a tie worth a half: AUC = 6.5 / 9.
        const QList<double> scores { 0.9, 0.6, 0.4, 0.7, 0.4, 0.2 };
        const QList<int> labels { 1, 1, 1, 0, 0, 0 };
        QVERIFY(std::abs(ClassifierMetrics::auc(scores, labels) - 6.5 / 9.0) < 1e-12);
        QCOMPARE(ClassifierMetrics::auc({ 0.1, 0.9 }, { 0, 1 }), 1.0);
        QCOMPARE(ClassifierMetrics::auc({ 0.9, 0.1 }, { 0, 1 }), 0.0);
        QCOMPARE(ClassifierMetrics::auc({ 0.3, 0.3 }, { 1, 1 }), 0.5); // one class only
    }

    void brierAndCalibrationByHand()
    {
        const QList<double> p { 0.05, 0.15, 0.12, 0.95 };
        const QList<int> y { 0, 1, 0, 1 };
        // (0.05² + 0.85² + 0.12² + 0.05²) / 4
        QVERIFY(std::abs(ClassifierMetrics::brier(p, y) - (0.0025 + 0.7225 + 0.0144 + 0.0025) / 4) < 1e-12);
        const QList<CalibrationBin> bins = ClassifierMetrics::calibration(p, y);
        QCOMPARE(bins.size(), 10);
        QCOMPARE(bins.at(0).count, 1);
        QCOMPARE(bins.at(1).count, 2);
        QVERIFY(std::abs(bins.at(1).meanPredicted - 0.135) < 1e-12);
        QCOMPARE(bins.at(1).observedRate, 0.5);
        QCOMPARE(bins.at(9).count, 1);
        QCOMPARE(bins.at(9).observedRate, 1.0);
    }

    void holdoutTrainsOnTheOlderAndTestsOnTheNewer()
    {
        // A fixed seed: acceptance depends on one token and a numeric feature, plus noise; the lead
        // score (the baseline) only on the numeric one.
        std::mt19937 random(20261201);
        std::uniform_real_distribution<double> unit(0, 1);
        QList<TrainingExample> examples;
        const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-06-01T00:00:00Z"), Qt::ISODate);
        for (int i = 0; i < 500; ++i) {
            const bool small = unit(random) < 0.4;
            const double fit = 10 + 40 * unit(random);
            const double p = 1 / (1 + std::exp(-(-1.0 + 0.06 * fit - (small ? 2.5 : 0))));
            TrainingExample e;
            e.features << LeadFeature { QStringLiteral("fit_points"), fit, false, {} }
                       << LeadFeature { small ? QStringLiteral("employees=<50")
                                              : QStringLiteral("employees=50+"),
                              1, true, {} };
            e.accepted = int(unit(random) < p);
            e.decidedAtUtc = t0.addSecs(3600LL * i);
            e.leadScore = fit;
            examples << e;
        }
        // Shuffled in: the evaluation must order by time itself.
        std::shuffle(examples.begin(), examples.end(), random);
        const Result<HoldoutReport> r = HoldoutEvaluation::run(examples, AcceptanceTrainer(), 0.8);
        QVERIFY2(r.ok(), qPrintable(joinProblems(r.problems())));
        QCOMPARE(r->trainCount, 400);
        QCOMPARE(r->testCount, 100);
        QCOMPARE(r->splitAtUtc, t0.addSecs(3600LL * 400));
        QVERIFY2(
            r->auc > r->baselineAuc, qPrintable(QStringLiteral("%1 vs %2").arg(r->auc).arg(r->baselineAuc)));
        QVERIFY(r->auc > 0.7);
        QVERIFY(r->brier < r->baseRateBrier);
        int binned = 0;
        for (const CalibrationBin &b : r->calibration)
            binned += b.count;
        QCOMPARE(binned, 100);
    }
};

QTEST_GUILESS_MAIN(tst_ClassifierMetrics)
#include "tst_ClassifierMetrics.moc"
