#pragma once

#include "insight/LeadFeature.h"
#include "qualification/AcceptanceChecklist.h"

#include <QCoreApplication>

namespace sal::core {

// Turns a lead, as it stood at a moment (its decision, or now), into the features of the acceptance
// model: the fit and engagement parts of the score, how recent the latest signal is, which signal
// kinds it has and how long ago, the employees bucket, ICP industry, region, source, campaign, title
// seniority and each acceptance-checklist result. Training and prediction call the same function,
// so the model can never read a lead differently from the way it learnt.
class AcceptanceFeatures
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::AcceptanceFeatures)

public:
    AcceptanceFeatures(IcpDefinition icp, ChecklistThresholds thresholds);

    LeadFeatures of(const Lead &lead, const QDateTime &atUtc) const;

    // The employees bucket a headcount falls in: "<50", "50-199", "200-1999", "2000+", "unknown".
    static QString employeesBucket(const std::optional<int> &employees);
    // Signals older than this count as this old; a lead with no signal has this recency.
    static constexpr int kMaxRecencyDays = 90;

private:
    IcpDefinition m_icp;
    AcceptanceChecklist m_checklist;
};

} // namespace sal::core
