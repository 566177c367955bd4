#include "insight/HoldoutEvaluation.h"

#include <algorithm>
#include <cmath>

namespace sal::core {

Result<HoldoutReport> HoldoutEvaluation::run(
    QList<TrainingExample> examples, const AcceptanceTrainer &trainer, double trainShare)
{
    std::stable_sort(examples.begin(), examples.end(),
        [](const TrainingExample &a, const TrainingExample &b) { return a.decidedAtUtc < b.decidedAtUtc; });
    const qsizetype cut = std::clamp<qsizetype>(
        qsizetype(std::llround(double(examples.size()) * trainShare)), 0, examples.size());
    const QList<TrainingExample> train = examples.mid(0, cut);
    const QList<TrainingExample> test = examples.mid(cut);
    Result<AcceptanceModel> model
        = trainer.train(train, train.isEmpty() ? QDateTime() : train.constLast().decidedAtUtc);
    if (!model)
        return model.problems();
    HoldoutReport r;
    r.trainCount = int(train.size());
    r.testCount = int(test.size());
    if (!test.isEmpty())
        r.splitAtUtc = test.constFirst().decidedAtUtc;
    const double baseRate = double(model->accepted) / std::max(1, model->decisions);
    QList<double> predicted;
    QList<double> baseline;
    QList<double> constant;
    QList<int> labels;
    for (const TrainingExample &e : test) {
        predicted << model->likelihood(e.features);
        baseline << e.leadScore;
        constant << baseRate;
        labels << e.accepted;
        r.testAccepted += e.accepted;
    }
    r.auc = ClassifierMetrics::auc(predicted, labels);
    r.brier = ClassifierMetrics::brier(predicted, labels);
    r.baselineAuc = ClassifierMetrics::auc(baseline, labels);
    r.baseRateBrier = ClassifierMetrics::brier(constant, labels);
    r.calibration = ClassifierMetrics::calibration(predicted, labels);
    return r;
}

} // namespace sal::core
