#pragma once

#include "insight/LeadFeature.h"

#include <QDateTime>

namespace sal::core {

// One past decision as the model learns from it: the lead's features at the decision's moment,
// accepted (1) or rejected (0), the rejection reason, and the existing lead score (the baseline).
struct TrainingExample
{
    LeadFeatures features;
    int accepted = 0;
    QString reasonCode; // rejections only
    QDateTime decidedAtUtc;
    double leadScore = 0;
};

} // namespace sal::core
