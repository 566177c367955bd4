#include "bench/StepBarrier.h"

namespace sal::core {

void StepBarrier::arrive()
{
    QMutexLocker lock(&m_mutex);
    if (++m_waiting >= m_parties) {
        release();
        return;
    }
    const quint64 round = m_round;
    while (m_round == round)
        m_released.wait(&m_mutex);
}

void StepBarrier::leave()
{
    const QMutexLocker lock(&m_mutex);
    --m_parties;
    if (m_waiting > 0 && m_waiting >= m_parties)
        release();
}

void StepBarrier::release()
{
    m_waiting = 0;
    ++m_round;
    m_released.wakeAll();
}

} // namespace sal::core
