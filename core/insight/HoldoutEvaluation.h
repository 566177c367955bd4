#pragma once

#include "insight/AcceptanceTrainer.h"
#include "insight/ClassifierMetrics.h"

namespace sal::core {

// The model's quality on decisions it has not seen: trained on the older share of the decisions
// (by decision time), measured on the newer rest, as it would have been used. The existing lead
// score alone is measured on the same newer decisions as the baseline.
struct HoldoutReport
{
    int trainCount = 0;
    int testCount = 0;
    int testAccepted = 0;
    QDateTime splitAtUtc; // first decision of the test part
    double auc = 0.5;
    double brier = 0;
    double baselineAuc = 0.5; // lead score alone
    double baseRateBrier = 0; // Brier of always predicting the training acceptance rate
    QList<CalibrationBin> calibration;
};

class HoldoutEvaluation
{
public:
    // `trainShare` of the examples, oldest first, train; the rest test.
    static Result<HoldoutReport> run(
        QList<TrainingExample> examples, const AcceptanceTrainer &trainer, double trainShare = 0.8);
};

} // namespace sal::core
