#include "insight/AcceptanceModel.h"

#include "insight/LogisticRegression.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace sal::core {

namespace {
const QString kModel = QStringLiteral("acceptance model");

QJsonArray numbers(const QList<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a << v;
    return a;
}

QList<double> numbersOf(const QJsonValue &v)
{
    QList<double> out;
    for (const QJsonValue &x : v.toArray())
        out << x.toDouble();
    return out;
}
} // namespace

QList<double> AcceptanceModel::vectorOf(const LeadFeatures &features) const
{
    QList<double> x(numeric.size() + tokens.size(), 0.0);
    for (const LeadFeature &f : features) {
        if (f.categorical) {
            const qsizetype at = tokens.indexOf(f.key);
            if (at >= 0)
                x[numeric.size() + at] = 1;
            continue;
        }
        for (qsizetype i = 0; i < numeric.size(); ++i) {
            if (numeric.at(i).key == f.key)
                x[i] = (f.value - numeric.at(i).mean) / numeric.at(i).scale;
        }
    }
    return x;
}

double AcceptanceModel::likelihood(const LeadFeatures &features) const
{
    return estimate(features).likelihood;
}

AcceptanceEstimate AcceptanceModel::estimate(const LeadFeatures &features) const
{
    AcceptanceEstimate e;
    e.intercept = intercept;
    const QList<double> x = vectorOf(features);
    QHash<QString, QString> labels;
    for (const LeadFeature &f : features)
        labels.insert(f.key, f.label);
    double z = intercept;
    for (qsizetype i = 0; i < x.size(); ++i) {
        const double c = weights.value(i) * x.at(i);
        if (c == 0)
            continue;
        z += c;
        const QString key = i < numeric.size() ? numeric.at(i).key : tokens.at(i - numeric.size());
        e.contributions << FeatureContribution { key, labels.value(key, key), c };
    }
    std::stable_sort(e.contributions.begin(), e.contributions.end(),
        [](const FeatureContribution &a, const FeatureContribution &b) {
            return std::abs(a.logit) > std::abs(b.logit);
        });
    e.logit = z;
    e.likelihood = LogisticRegression::sigmoid(z);

    double total = 0;
    double best = -1;
    for (const ReasonModel &r : reasons) {
        LogisticRegression::Fit fit { r.intercept, r.weights, 0, true };
        const double p = LogisticRegression::sigmoid(LogisticRegression::logit(fit, x));
        total += p;
        if (p > best) {
            best = p;
            e.likeliestReason = r.code;
        }
    }
    e.reasonProbability = total > 0 ? best / total : 0;
    return e;
}

QJsonObject AcceptanceModel::toJson() const
{
    QJsonArray num;
    for (const NumericFeature &n : numeric)
        num << QJsonObject { { QStringLiteral("key"), n.key }, { QStringLiteral("mean"), n.mean },
            { QStringLiteral("scale"), n.scale } };
    QJsonArray rs;
    for (const ReasonModel &r : reasons)
        rs << QJsonObject { { QStringLiteral("code"), r.code }, { QStringLiteral("intercept"), r.intercept },
            { QStringLiteral("weights"), numbers(r.weights) } };
    return QJsonObject {
        { QStringLiteral("format"), kFormat },
        { QStringLiteral("numeric"), num },
        { QStringLiteral("tokens"), QJsonArray::fromStringList(tokens) },
        { QStringLiteral("intercept"), intercept },
        { QStringLiteral("weights"), numbers(weights) },
        { QStringLiteral("reasons"), rs },
        { QStringLiteral("lambda"), lambda },
        { QStringLiteral("trained_at"), trainedAtUtc.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("decisions"), decisions },
        { QStringLiteral("accepted"), accepted },
    };
}

Result<AcceptanceModel> AcceptanceModel::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toInt() != kFormat)
        return Problem::at(kModel, QStringLiteral("$.format"),
            tr("format %1 is not one this program reads (%2)")
                .arg(json.value(QStringLiteral("format")).toInt())
                .arg(kFormat));
    AcceptanceModel m;
    for (const QJsonValue &v : json.value(QStringLiteral("numeric")).toArray()) {
        const QJsonObject o = v.toObject();
        m.numeric << NumericFeature { o.value(QStringLiteral("key")).toString(),
            o.value(QStringLiteral("mean")).toDouble(), o.value(QStringLiteral("scale")).toDouble(1) };
    }
    for (const QJsonValue &v : json.value(QStringLiteral("tokens")).toArray())
        m.tokens << v.toString();
    m.intercept = json.value(QStringLiteral("intercept")).toDouble();
    m.weights = numbersOf(json.value(QStringLiteral("weights")));
    const qsizetype width = m.numeric.size() + m.tokens.size();
    if (m.weights.size() != width)
        return Problem::at(kModel, QStringLiteral("$.weights"),
            tr("has %1 coefficients for %2 features").arg(m.weights.size()).arg(width));
    const QJsonArray rs = json.value(QStringLiteral("reasons")).toArray();
    for (qsizetype i = 0; i < rs.size(); ++i) {
        const QJsonObject o = rs.at(i).toObject();
        ReasonModel r { o.value(QStringLiteral("code")).toString(),
            o.value(QStringLiteral("intercept")).toDouble(), numbersOf(o.value(QStringLiteral("weights"))) };
        if (r.weights.size() != width)
            return Problem::at(kModel, QStringLiteral("$.reasons[%1].weights").arg(i),
                tr("has %1 coefficients for %2 features").arg(r.weights.size()).arg(width));
        m.reasons << r;
    }
    m.lambda = json.value(QStringLiteral("lambda")).toDouble(1);
    m.trainedAtUtc = QDateTime::fromString(json.value(QStringLiteral("trained_at")).toString(), Qt::ISODate);
    m.decisions = json.value(QStringLiteral("decisions")).toInt();
    m.accepted = json.value(QStringLiteral("accepted")).toInt();
    return m;
}

} // namespace sal::core
