#include "insight/AcceptanceScorer.h"

#include "store/StoreRows.h"

namespace sal::core {

AcceptanceScorer::AcceptanceScorer(std::optional<AcceptanceModel> model, IcpDefinition icp,
    ChecklistThresholds thresholds, double lowLikelihoodBelow)
    : m_model(std::move(model))
    , m_features(std::move(icp), thresholds)
    , m_lowBelow(lowLikelihoodBelow)
{ }

std::optional<AcceptanceEstimate> AcceptanceScorer::estimate(const Lead &lead, const QDateTime &atUtc) const
{
    if (!m_model)
        return std::nullopt;
    return m_model->estimate(m_features.of(lead, atUtc));
}

std::optional<double> AcceptanceScorer::likelihood(const Lead &lead, const QDateTime &atUtc) const
{
    if (!m_model)
        return std::nullopt;
    return m_model->likelihood(m_features.of(lead, atUtc));
}

std::optional<AcceptanceModel> AcceptanceScorer::fromDocument(const QString &json)
{
    if (json.isEmpty())
        return std::nullopt;
    Result<AcceptanceModel> model = AcceptanceModel::fromJson(StoreRows::object(json));
    if (!model)
        return std::nullopt;
    return *model;
}

} // namespace sal::core
