#pragma once

#include "insight/AcceptanceScorer.h"
#include "qualification/IcpDefinition.h"
#include "sla/SlaClock.h"
#include "store/LeadSummary.h"

#include <QList>
#include <memory>

namespace sal::ui {

struct QueueRow;
// Rows are shared and immutable: a 100,000-row queue then moves pointers, not leads, when a row is
// inserted or removed, and the loader's thread can hand its rows over without copying them.
using QueueRowPtr = std::shared_ptr<const QueueRow>;

// One queue row: the lead's summary (never its whole context: that is read for the lead the rep
// opens), its SLA window (computed once, the countdown is derived from it when a cell is painted)
// and whether its account fits the ICP. Plain data, so rows can be prepared on a worker thread and
// handed to QueueModel ready-made.
struct QueueRow
{
    core::LeadSummary lead;
    core::SlaWindow window;
    bool icpFit = false;
    std::optional<double> likelihood; // acceptance likelihood now, when a model is on the device

    static QueueRowPtr make(core::LeadSummary lead, const core::SlaClock &sla, const core::IcpDefinition &icp,
        std::optional<double> likelihood = std::nullopt);
    // A row for a lead read in full; `scorer` (may be null) scores it at `nowUtc`.
    static QueueRowPtr make(const core::CachedLead &lead, const core::SlaClock &sla,
        const core::IcpDefinition &icp, const core::AcceptanceScorer *scorer = nullptr,
        const QDateTime &nowUtc = {});
    // Most urgent first: by deadline, then lead id so the order is stable.
    static bool moreUrgent(const QueueRowPtr &a, const QueueRowPtr &b);
    static void sortByUrgency(QList<QueueRowPtr> &rows);
    // Rows for these leads, sorted most urgent first.
    static QList<QueueRowPtr> makeSorted(const QList<core::CachedLead> &leads, const core::SlaClock &sla,
        const core::IcpDefinition &icp, const core::AcceptanceScorer *scorer = nullptr,
        const QDateTime &nowUtc = {});
};

} // namespace sal::ui
