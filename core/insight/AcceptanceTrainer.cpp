#include "insight/AcceptanceTrainer.h"

#include "insight/LogisticRegression.h"

#include <QMap>
#include <cmath>

namespace sal::core {

AcceptanceTrainer::AcceptanceTrainer(Options options)
    : m_options(options)
{ }

AcceptanceTrainer::AcceptanceTrainer()
    : AcceptanceTrainer(Options {})
{ }

Result<AcceptanceModel> AcceptanceTrainer::train(
    const QList<TrainingExample> &examples, const QDateTime &trainedAtUtc) const
{
    int accepted = 0;
    for (const TrainingExample &e : examples)
        accepted += e.accepted;
    const int rejected = int(examples.size()) - accepted;
    if (accepted < m_options.minPerClass || rejected < m_options.minPerClass)
        return Problem::forField(QStringLiteral("decisions"),
            tr("not enough decisions to learn from: %1 accepted and %2 rejected, at least %3 of each needed")
                .arg(accepted)
                .arg(rejected)
                .arg(m_options.minPerClass));

    AcceptanceModel model;
    model.lambda = m_options.lambda;
    model.trainedAtUtc = trainedAtUtc.toUTC();
    model.decisions = int(examples.size());
    model.accepted = accepted;

    // The vocabulary: sorted, so the same decisions always give the same model.
    QMap<QString, int> tokenCounts;
    QMap<QString, std::pair<double, double>> sums; // key -> (sum, sum of squares)
    for (const TrainingExample &e : examples) {
        for (const LeadFeature &f : e.features) {
            if (f.categorical) {
                ++tokenCounts[f.key];
            } else {
                auto &s = sums[f.key];
                s.first += f.value;
                s.second += f.value * f.value;
            }
        }
    }
    const double n = double(examples.size());
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        const double mean = it->first / n;
        const double variance = std::max(0.0, it->second / n - mean * mean);
        model.numeric << NumericFeature { it.key(), mean, variance > 1e-12 ? std::sqrt(variance) : 1.0 };
    }
    for (auto it = tokenCounts.cbegin(); it != tokenCounts.cend(); ++it) {
        if (it.value() >= m_options.minTokenCount)
            model.tokens << it.key();
    }

    QList<QList<double>> rows;
    QList<int> labels;
    rows.reserve(examples.size());
    for (const TrainingExample &e : examples) {
        rows << model.vectorOf(e.features);
        labels << e.accepted;
    }
    const LogisticRegression::Fit fit = LogisticRegression::fit(rows, labels, m_options.lambda);
    model.intercept = fit.intercept;
    model.weights = fit.weights;

    // Reason models, one reason against the other rejections.
    QMap<QString, int> reasonCounts;
    for (const TrainingExample &e : examples) {
        if (!e.accepted && !e.reasonCode.isEmpty())
            ++reasonCounts[e.reasonCode];
    }
    QList<QList<double>> rejectedRows;
    QList<QString> rejectedReasons;
    for (qsizetype i = 0; i < examples.size(); ++i) {
        if (!examples.at(i).accepted) {
            rejectedRows << rows.at(i);
            rejectedReasons << examples.at(i).reasonCode;
        }
    }
    for (auto it = reasonCounts.cbegin(); it != reasonCounts.cend(); ++it) {
        if (it.value() < m_options.minTokenCount)
            continue;
        QList<int> isReason;
        for (const QString &r : std::as_const(rejectedReasons))
            isReason << int(r == it.key());
        const LogisticRegression::Fit rf = LogisticRegression::fit(rejectedRows, isReason, m_options.lambda);
        model.reasons << ReasonModel { it.key(), rf.intercept, rf.weights };
    }
    return model;
}

} // namespace sal::core
