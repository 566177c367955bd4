// The L2 logistic regression on small hand-made data with known answers.

#include "insight/LogisticRegression.h"

#include <QTest>
#include <cmath>

using namespace sal::core;

class tst_LogisticRegression : public QObject
{
    Q_OBJECT

private slots:
    void interceptAloneLearnsTheBaseRate()
    {
        // No features: the unpenalised intercept must be the log-odds of 3 accepted in 4.
        const QList<QList<double>> rows(4, QList<double> {});
        const LogisticRegression::Fit fit = LogisticRegression::fit(rows, { 1, 1, 1, 0 }, 1.0);
        QVERIFY(fit.converged);
        QVERIFY(std::abs(fit.intercept - std::log(3.0)) < 1e-9);
        QVERIFY(std::abs(LogisticRegression::sigmoid(fit.intercept) - 0.75) < 1e-9);
    }

    void oneBinaryFeatureMatchesItsGroupRatesWithoutPenalty()
    {
        // x = 1: 4 of 5 accepted; x = 0: 1 of 5. With (almost) no penalty the fit is exact:
        // intercept = logit(0.2), weight = logit(0.8) - logit(0.2) = 2 ln 4.
        QList<QList<double>> rows;
        QList<int> labels;
        for (int i = 0; i < 5; ++i) {
            rows << QList<double> { 1.0 } << QList<double> { 0.0 };
            labels << int(i < 4) << int(i < 1);
        }
        const LogisticRegression::Fit fit = LogisticRegression::fit(rows, labels, 1e-10);
        QVERIFY(fit.converged);
        QVERIFY(std::abs(fit.intercept - std::log(0.25)) < 1e-6);
        QVERIFY(std::abs(fit.weights.at(0) - 2 * std::log(4.0)) < 1e-6);
    }

    void separableDataGetsTheRightSignsAndStaysFinite()
    {
        // Accepted exactly when the first feature is positive; the second is noise-free zero
        // correlation (it alternates over both classes). The penalty keeps the weights finite.
        QList<QList<double>> rows;
        QList<int> labels;
        for (int i = 0; i < 40; ++i) {
            const double x = (i % 2 == 0 ? 1.0 : -1.0) * (1 + i % 5);
            rows << QList<double> { x, (i / 2) % 2 == 0 ? 1.0 : -1.0 };
            labels << int(x > 0);
        }
        const LogisticRegression::Fit fit = LogisticRegression::fit(rows, labels, 1.0);
        QVERIFY(fit.converged);
        QVERIFY(fit.weights.at(0) > 1.0);
        QVERIFY(std::isfinite(fit.weights.at(0)));
        QVERIFY(std::abs(fit.weights.at(1)) < 0.05);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const double p = LogisticRegression::sigmoid(LogisticRegression::logit(fit, rows.at(i)));
            QCOMPARE(p > 0.5, labels.at(i) == 1);
        }
    }

    void strongerPenaltyShrinksTheWeights()
    {
        QList<QList<double>> rows;
        QList<int> labels;
        for (int i = 0; i < 20; ++i) {
            rows << QList<double> { double(i % 4) - 1.5 };
            labels << int(i % 4 >= 2 ? i % 3 != 0 : i % 5 == 0);
        }
        const double weak = LogisticRegression::fit(rows, labels, 0.01).weights.at(0);
        const double strong = LogisticRegression::fit(rows, labels, 100).weights.at(0);
        QVERIFY(weak > 0);
        QVERIFY(strong > 0);
        QVERIFY(strong < weak);
    }

    void fittedProbabilitiesAreCalibratedOnTheTrainingData()
    {
        // With an intercept and no penalty, a logistic fit's mean prediction equals the observed rate.
        QList<QList<double>> rows;
        QList<int> labels;
        for (int i = 0; i < 30; ++i) {
            rows << QList<double> { double(i % 6), double(i % 7 == 0) };
            labels << int((i * 7) % 10 < (i % 6 + 2));
        }
        const LogisticRegression::Fit fit = LogisticRegression::fit(rows, labels, 1e-8);
        double predicted = 0;
        double observed = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            predicted += LogisticRegression::sigmoid(LogisticRegression::logit(fit, rows.at(i)));
            observed += labels.at(i);
        }
        QVERIFY(std::abs(predicted - observed) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(tst_LogisticRegression)
#include "tst_LogisticRegression.moc"
