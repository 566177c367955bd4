#include "reports/HealthBand.h"

#include <QCoreApplication>

namespace sal::core {

HealthBand healthBandOf(double pct, const ReportPolicy &policy)
{
    if (pct < policy.redBelow)
        return HealthBand::Red;
    if (pct < policy.amberBelow)
        return HealthBand::Amber;
    if (pct <= policy.barTooLowAbove)
        return HealthBand::Healthy;
    return HealthBand::BarTooLow;
}

QString healthBandLabel(HealthBand band)
{
    switch (band) {
    case HealthBand::Red:
        return QCoreApplication::translate("sal::core::HealthBand", "red");
    case HealthBand::Amber:
        return QCoreApplication::translate("sal::core::HealthBand", "amber");
    case HealthBand::Healthy:
        return QCoreApplication::translate("sal::core::HealthBand", "healthy");
    case HealthBand::BarTooLow:
        break;
    }
    return QCoreApplication::translate("sal::core::HealthBand", "bar may be too low");
}

} // namespace sal::core
