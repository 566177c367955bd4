#pragma once

#include "reports/ReportPolicy.h"

#include <QString>

namespace sal::core {

// How healthy an acceptance rate is against the policy's bands: too low means marketing sends
// leads sales cannot use; too high means sales may accept everything (the bar may be too low).
enum class HealthBand { Red, Amber, Healthy, BarTooLow };

HealthBand healthBandOf(double acceptancePercent, const ReportPolicy &policy);
QString healthBandLabel(HealthBand band); // translated ("red", "bar may be too low")

} // namespace sal::core
