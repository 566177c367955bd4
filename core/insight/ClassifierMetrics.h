#pragma once

#include <QList>

namespace sal::core {

// One decile of a calibration table: the examples whose predicted likelihood falls in
// [low, high), how many, the mean prediction and the share that was really accepted.
struct CalibrationBin
{
    double low = 0;
    double high = 0;
    int count = 0;
    double meanPredicted = 0;
    double observedRate = 0;
};

// How good a probability is on examples with known outcomes.
class ClassifierMetrics
{
public:
    // Area under the ROC curve: the chance that a random accepted example scores above a random
    // rejected one, ties counting half (Mann-Whitney). 0.5 when either class is missing.
    static double auc(const QList<double> &scores, const QList<int> &labels);
    // Mean squared difference between the probability and the outcome.
    static double brier(const QList<double> &probabilities, const QList<int> &labels);
    // Ten bins of width 0.1 over the predicted probability.
    static QList<CalibrationBin> calibration(const QList<double> &probabilities, const QList<int> &labels);
};

} // namespace sal::core
