#pragma once

#include <QMutex>
#include <QWaitCondition>

namespace sal::core {

// Keeps threads that run the same sequence of steps in step: each arrive() returns once every
// party still taking part has arrived at its own. A party that stops (done or failed) leaves, so
// the others never wait for it. The reports bench runs its two engines side by side with it, so a
// report and its reference on one engine each run while the other engine runs the same side of
// the same report: on a 2-core machine the engines slow each other down, and this way both sides
// of every ratio are slowed alike.
class StepBarrier
{
public:
    explicit StepBarrier(int parties)
        : m_parties(parties)
    { }

    void arrive();
    void leave();

private:
    void release(); // with m_mutex held: every waiter goes on to its next step

    QMutex m_mutex;
    QWaitCondition m_released;
    int m_parties;
    int m_waiting = 0;
    quint64 m_round = 0;
};

} // namespace sal::core
