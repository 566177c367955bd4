#pragma once

#include <QList>

namespace sal::core {

// An L2-regularised logistic regression fitted by Newton's method (iteratively re-weighted least
// squares). Written here rather than taken from a library: Debian has no small, well-kept C++
// package for it (mlpack and shark pull in Armadillo/Boost and far more than we need), and the
// whole method is a few dozen lines whose every number we can explain to a rep.
// The intercept is not penalised, so a model with no features learns the base rate exactly.
class LogisticRegression
{
public:
    struct Fit
    {
        double intercept = 0;
        QList<double> weights;
        int iterations = 0;
        bool converged = false;
    };

    // `rows` are feature vectors of equal length, `labels` 1 or 0. `lambda` is the L2 penalty on the
    // weights (the sum of squared weights times lambda / 2 is added to the negative log-likelihood).
    static Fit fit(const QList<QList<double>> &rows, const QList<int> &labels, double lambda,
        int maxIterations = 50, double tolerance = 1e-9);

    // Like fit, with a weight per example (a class weight, a one-vs-rest share).
    static Fit fitWeighted(const QList<QList<double>> &rows, const QList<int> &labels,
        const QList<double> &exampleWeights, double lambda, int maxIterations = 50, double tolerance = 1e-9);

    static double logit(const Fit &fit, const QList<double> &row);
    static double sigmoid(double z);
};

} // namespace sal::core
