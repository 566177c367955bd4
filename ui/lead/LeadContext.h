#pragma once

#include "insight/AcceptanceEstimate.h"
#include "lifecycle/StageEvent.h"
#include "qualification/ChecklistItem.h"
#include "sla/SlaClock.h"
#include "store/CachedLead.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace sal::ui {

// Everything the lead pane shows about one lead, gathered by its owner (the window or a test):
// the cached lead with its attempts, its history, the evaluated checklist and the running SLA.
struct LeadContext
{
    sal::core::CachedLead lead;
    QList<sal::core::StageEvent> events;
    QList<sal::core::ChecklistItem> checklist;
    sal::core::SlaStatus sla;
    sal::core::SlaWindow window;
    QList<sal::core::Lead> otherContactsAtAccount; // other engaged contacts of the same account
    bool duplicateSuspect = false;
    // The acceptance model's estimate (none without a model on this device), whether it counts as
    // low, and the taxonomy label of its likeliest rejection reason.
    std::optional<sal::core::AcceptanceEstimate> acceptance;
    bool acceptanceLow = false;
    QString likeliestReasonLabel;
    QDateTime nowUtc;
};

} // namespace sal::ui
