#pragma once

#include <QCoreApplication>

namespace sal::core {

// Business time in words for explanations: "3 h 05 min", "45 min", "2 d 1 h" (a day = 24 hours of
// business time is rare; hours read better up to 48).
class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::DurationText)

public:
    static QString of(qint64 seconds);
};

} // namespace sal::core
