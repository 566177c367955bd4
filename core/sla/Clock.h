#pragma once

#include <QDateTime>

namespace sal::core {

// Where "now" comes from. Services take a Clock in their constructor so tests and the demo
// (`--now`) can pin time exactly instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

} // namespace sal::core
