#pragma once

#include "sla/Clock.h"

namespace sal::core {

// The wall clock of this machine, in UTC.
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace sal::core
