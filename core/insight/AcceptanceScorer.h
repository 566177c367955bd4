#pragma once

#include "insight/AcceptanceFeatures.h"
#include "insight/AcceptanceModel.h"

#include <optional>

namespace sal::core {

// A loaded acceptance model with the feature reader it was trained with: what the window, the
// routing run and a report call to score one lead now. Without a model it scores nothing.
class AcceptanceScorer
{
public:
    AcceptanceScorer(std::optional<AcceptanceModel> model, IcpDefinition icp, ChecklistThresholds thresholds,
        double lowLikelihoodBelow);

    bool hasModel() const { return m_model.has_value(); }
    const std::optional<AcceptanceModel> &model() const { return m_model; }

    std::optional<AcceptanceEstimate> estimate(const Lead &lead, const QDateTime &atUtc) const;
    std::optional<double> likelihood(const Lead &lead, const QDateTime &atUtc) const;
    // Low enough that the rep is shown the likeliest rejection reason.
    bool isLow(double likelihood) const { return likelihood < m_lowBelow; }

    // Reads the model a pull left in the local store (SyncEngine::kModelKey); none when absent or
    // unreadable (the window then shows no likelihood rather than a wrong one).
    static std::optional<AcceptanceModel> fromDocument(const QString &json);

private:
    std::optional<AcceptanceModel> m_model;
    AcceptanceFeatures m_features;
    double m_lowBelow;
};

} // namespace sal::core
