#include "sla/SlaAlertTracker.h"

#include <QSet>

namespace sal::core {

QList<SlaAlertTracker::Alert> SlaAlertTracker::update(const QList<std::pair<QString, SlaState>> &states)
{
    QList<Alert> alerts;
    QHash<QString, SlaState> announced;
    announced.reserve(states.size());
    for (const auto &[leadId, state] : states) {
        const auto previous = m_announced.constFind(leadId);
        const bool urgent = state == SlaState::AtRisk || state == SlaState::Breached;
        if (urgent && (previous == m_announced.constEnd() || *previous != state))
            alerts << Alert { leadId, state };
        if (urgent)
            announced.insert(leadId, state);
        else if (previous != m_announced.constEnd())
            announced.insert(
                leadId, *previous); // e.g. paused: keep, so resuming does not re-announce at risk
    }
    m_announced = std::move(announced);
    return alerts;
}

} // namespace sal::core
