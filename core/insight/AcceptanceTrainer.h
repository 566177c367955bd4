#pragma once

#include "insight/AcceptanceModel.h"
#include "insight/TrainingExample.h"

#include <QCoreApplication>

namespace sal::core {

// Fits the acceptance model on past decisions: builds the vocabulary (every numeric feature,
// standardised on these examples; every categorical token seen at least `minTokenCount` times),
// fits the L2 logistic regression, and one reason model per rejection reason seen often enough.
class AcceptanceTrainer
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::AcceptanceTrainer)

public:
    struct Options
    {
        double lambda = 1.0; // L2 penalty on standardised / one-hot coefficients
        int minTokenCount = 5;
        int minPerClass = 10; // accepted and rejected decisions each, below which nothing is learnt
    };

    explicit AcceptanceTrainer(Options options);
    AcceptanceTrainer();

    Result<AcceptanceModel> train(
        const QList<TrainingExample> &examples, const QDateTime &trainedAtUtc) const;

private:
    Options m_options;
};

} // namespace sal::core
