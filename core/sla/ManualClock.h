#pragma once

#include "sla/Clock.h"

namespace sal::core {

// A clock that only moves when told to: for tests and for anchoring the demo at `--now`.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime nowUtc) : m_now(nowUtc.toUTC()) { }

    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &nowUtc) { m_now = nowUtc.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace sal::core
