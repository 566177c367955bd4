#include "insight/LogisticRegression.h"

#include <cmath>
#include <vector>

namespace sal::core {

namespace {

// Solves A x = b for a symmetric positive definite A (Cholesky). The L2 penalty keeps the
// Hessian positive definite, so this succeeds unless the data hold NaNs.
bool solveSpd(std::vector<double> a, std::vector<double> b, int n, std::vector<double> &x)
{
    for (int j = 0; j < n; ++j) {
        double d = a[j * n + j];
        for (int k = 0; k < j; ++k)
            d -= a[j * n + k] * a[j * n + k];
        if (!(d > 0))
            return false;
        d = std::sqrt(d);
        a[j * n + j] = d;
        for (int i = j + 1; i < n; ++i) {
            double s = a[i * n + j];
            for (int k = 0; k < j; ++k)
                s -= a[i * n + k] * a[j * n + k];
            a[i * n + j] = s / d;
        }
    }
    for (int i = 0; i < n; ++i) { // L y = b
        double s = b[i];
        for (int k = 0; k < i; ++k)
            s -= a[i * n + k] * b[k];
        b[i] = s / a[i * n + i];
    }
    x.assign(n, 0);
    for (int i = n - 1; i >= 0; --i) { // L^T x = y
        double s = b[i];
        for (int k = i + 1; k < n; ++k)
            s -= a[k * n + i] * x[k];
        x[i] = s / a[i * n + i];
    }
    return true;
}

} // namespace

double LogisticRegression::sigmoid(double z)
{
    if (z >= 0)
        return 1.0 / (1.0 + std::exp(-z));
    const double e = std::exp(z);
    return e / (1.0 + e);
}

double LogisticRegression::logit(const Fit &fit, const QList<double> &row)
{
    double z = fit.intercept;
    for (qsizetype i = 0; i < row.size() && i < fit.weights.size(); ++i)
        z += fit.weights.at(i) * row.at(i);
    return z;
}

LogisticRegression::Fit LogisticRegression::fit(const QList<QList<double>> &rows, const QList<int> &labels,
    double lambda, int maxIterations, double tolerance)
{
    return fitWeighted(rows, labels, QList<double>(rows.size(), 1.0), lambda, maxIterations, tolerance);
}

LogisticRegression::Fit LogisticRegression::fitWeighted(const QList<QList<double>> &rows,
    const QList<int> &labels, const QList<double> &exampleWeights, double lambda, int maxIterations,
    double tolerance)
{
    const int d = rows.isEmpty() ? 0 : int(rows.constFirst().size());
    const int n = d + 1; // parameter 0 is the intercept
    Fit fit;
    fit.weights = QList<double>(d, 0.0);
    if (rows.isEmpty())
        return fit;
    std::vector<double> beta(n, 0.0);
    for (int iter = 0; iter < maxIterations; ++iter) {
        std::vector<double> gradient(n, 0.0);
        std::vector<double> hessian(size_t(n) * n, 0.0);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QList<double> &x = rows.at(r);
            double z = beta[0];
            for (int j = 0; j < d; ++j)
                z += beta[j + 1] * x.at(j);
            const double p = sigmoid(z);
            const double w = exampleWeights.at(r);
            const double g = w * (p - labels.at(r));
            const double h = w * p * (1 - p);
            // Feature 0 is the constant 1 of the intercept.
            for (int a = 0; a < n; ++a) {
                const double xa = a == 0 ? 1.0 : x.at(a - 1);
                if (xa == 0)
                    continue;
                gradient[a] += g * xa;
                for (int b = 0; b <= a; ++b) {
                    const double xb = b == 0 ? 1.0 : x.at(b - 1);
                    hessian[size_t(a) * n + b] += h * xa * xb;
                }
            }
        }
        for (int a = 0; a < n; ++a) {
            for (int b = a + 1; b < n; ++b)
                hessian[size_t(a) * n + b] = hessian[size_t(b) * n + a];
        }
        for (int j = 1; j < n; ++j) {
            gradient[j] += lambda * beta[j];
            hessian[size_t(j) * n + j] += lambda;
        }
        hessian[0] += 1e-9; // keeps an all-one-class intercept finite-step
        std::vector<double> step;
        if (!solveSpd(hessian, gradient, n, step))
            break;
        double largest = 0;
        for (int j = 0; j < n; ++j) {
            beta[j] -= step[j];
            largest = std::max(largest, std::abs(step[j]));
        }
        fit.iterations = iter + 1;
        if (largest < tolerance) {
            fit.converged = true;
            break;
        }
    }
    fit.intercept = beta[0];
    for (int j = 0; j < d; ++j)
        fit.weights[j] = beta[j + 1];
    return fit;
}

} // namespace sal::core
