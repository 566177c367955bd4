#include "automation/DurationText.h"

#include <cstdlib>

namespace sal::core {

QString DurationText::of(qint64 seconds)
{
    const qint64 minutes = std::llabs(seconds) / 60;
    const QString sign = seconds < 0 ? QStringLiteral("-") : QString();
    if (minutes < 60)
        return sign + tr("%1 min").arg(minutes);
    return sign + tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace sal::core
