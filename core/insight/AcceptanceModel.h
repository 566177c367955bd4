#pragma once

#include "domain/Result.h"
#include "insight/AcceptanceEstimate.h"
#include "insight/LeadFeature.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace sal::core {

// A numeric feature of the vocabulary with the training data's mean and standard deviation: the
// model reads (value - mean) / scale.
struct NumericFeature
{
    QString key;
    double mean = 0;
    double scale = 1;

    bool operator==(const NumericFeature &) const = default;
};

// One rejection reason against the others, over the same features: the likeliest reason of a
// lead is the one whose model gives it the highest probability (normalised over all reasons).
struct ReasonModel
{
    QString code;
    double intercept = 0;
    QList<double> weights;

    bool operator==(const ReasonModel &) const = default;
};

// The acceptance model as stored in the team store and carried to every rep's device: the fixed
// vocabulary (numeric features first, then categorical tokens, in coefficient order), the
// coefficients, the reason models and when and from how many decisions it was trained.
struct AcceptanceModel
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::AcceptanceModel)

public:
    QList<NumericFeature> numeric;
    QStringList tokens;
    double intercept = 0;
    QList<double> weights; // numeric.size() + tokens.size()
    QList<ReasonModel> reasons;
    double lambda = 1;
    QDateTime trainedAtUtc;
    int decisions = 0; // accepted + rejected decisions it learnt from
    int accepted = 0;

    static constexpr int kFormat = 1;

    // The lead's features in vocabulary order; tokens outside the vocabulary are left out (0).
    QList<double> vectorOf(const LeadFeatures &features) const;
    AcceptanceEstimate estimate(const LeadFeatures &features) const;
    double likelihood(const LeadFeatures &features) const;

    QJsonObject toJson() const;
    static Result<AcceptanceModel> fromJson(const QJsonObject &json);

    bool operator==(const AcceptanceModel &) const = default;
};

} // namespace sal::core
