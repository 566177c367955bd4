#include "policy/InsightFile.h"

#include "policy/RoutingFile.h"

namespace sal::core {

namespace {
const QString kTop = QStringLiteral("$");
} // namespace

InsightPolicy InsightFile::read(const QJsonObject &root, JsonReader &reader)
{
    reader.rejectUnknownKeys(root, kTop,
        { QStringLiteral("retrain_after_decisions"), QStringLiteral("low_likelihood_below"),
            QStringLiteral("confidence_band") });
    InsightPolicy policy;
    policy.retrainAfterDecisions = reader
                                       .integer(root, kTop, QStringLiteral("retrain_after_decisions"),
                                           JsonReader::Need::Optional, 1, 1'000'000)
                                       .value_or(policy.retrainAfterDecisions);
    policy.lowLikelihoodBelow
        = reader.number(root, kTop, QStringLiteral("low_likelihood_below"), JsonReader::Need::Optional, 0, 1)
              .value_or(policy.lowLikelihoodBelow);
    if (!root.contains(QStringLiteral("confidence_band")))
        return policy;
    const QString path = JsonReader::child(kTop, QStringLiteral("confidence_band"));
    const QJsonObject o
        = reader.object(root, kTop, QStringLiteral("confidence_band"), JsonReader::Need::Required);
    reader.rejectUnknownKeys(o, path,
        { QStringLiteral("fast_lane_from"), QStringLiteral("sdr_review_below"), QStringLiteral("fast_lane"),
            QStringLiteral("sdr_review") });
    ConfidenceBand band;
    band.fastLaneFrom
        = reader.number(o, path, QStringLiteral("fast_lane_from"), JsonReader::Need::Required, 0, 1)
              .value_or(band.fastLaneFrom);
    band.sdrReviewBelow
        = reader.number(o, path, QStringLiteral("sdr_review_below"), JsonReader::Need::Required, 0, 1)
              .value_or(band.sdrReviewBelow);
    if (band.sdrReviewBelow > band.fastLaneFrom)
        reader.error(JsonReader::child(path, QStringLiteral("sdr_review_below")),
            tr("must not be above fast_lane_from (%1)").arg(band.fastLaneFrom));
    const QString fastPath = JsonReader::child(path, QStringLiteral("fast_lane"));
    band.fastLane = RoutingFile::readRule(
        reader.object(o, path, QStringLiteral("fast_lane"), JsonReader::Need::Required), fastPath, reader);
    const QString sdrPath = JsonReader::child(path, QStringLiteral("sdr_review"));
    band.sdrReview = RoutingFile::readRule(
        reader.object(o, path, QStringLiteral("sdr_review"), JsonReader::Need::Required), sdrPath, reader);
    policy.band = band;
    return policy;
}

} // namespace sal::core
