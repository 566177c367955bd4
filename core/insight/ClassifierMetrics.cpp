#include "insight/ClassifierMetrics.h"

#include <algorithm>
#include <numeric>

namespace sal::core {

double ClassifierMetrics::auc(const QList<double> &scores, const QList<int> &labels)
{
    // Ranks with ties averaged; AUC = (sum of positive ranks - P(P+1)/2) / (P * N).
    QList<qsizetype> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return scores.at(a) < scores.at(b); });
    double positiveRanks = 0;
    qsizetype positives = 0;
    for (qsizetype i = 0; i < order.size();) {
        qsizetype j = i;
        while (j < order.size() && scores.at(order.at(j)) == scores.at(order.at(i)))
            ++j;
        const double rank = (double(i + 1) + double(j)) / 2.0; // mean of ranks i+1 … j
        for (qsizetype k = i; k < j; ++k) {
            if (labels.at(order.at(k))) {
                positiveRanks += rank;
                ++positives;
            }
        }
        i = j;
    }
    const qsizetype negatives = scores.size() - positives;
    if (positives == 0 || negatives == 0)
        return 0.5;
    return (positiveRanks - double(positives) * double(positives + 1) / 2.0)
        / (double(positives) * double(negatives));
}

double ClassifierMetrics::brier(const QList<double> &probabilities, const QList<int> &labels)
{
    if (probabilities.isEmpty())
        return 0;
    double sum = 0;
    for (qsizetype i = 0; i < probabilities.size(); ++i) {
        const double d = probabilities.at(i) - labels.at(i);
        sum += d * d;
    }
    return sum / double(probabilities.size());
}

QList<CalibrationBin> ClassifierMetrics::calibration(
    const QList<double> &probabilities, const QList<int> &labels)
{
    QList<CalibrationBin> bins(10);
    for (int b = 0; b < 10; ++b) {
        bins[b].low = b / 10.0;
        bins[b].high = (b + 1) / 10.0;
    }
    for (qsizetype i = 0; i < probabilities.size(); ++i) {
        const int b = std::clamp(int(probabilities.at(i) * 10), 0, 9);
        ++bins[b].count;
        bins[b].meanPredicted += probabilities.at(i);
        bins[b].observedRate += labels.at(i);
    }
    for (CalibrationBin &bin : bins) {
        if (bin.count > 0) {
            bin.meanPredicted /= bin.count;
            bin.observedRate /= bin.count;
        }
    }
    return bins;
}

} // namespace sal::core
