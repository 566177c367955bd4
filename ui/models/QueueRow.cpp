#include "models/QueueRow.h"

#include "sla/LeadSla.h"

#include <algorithm>

namespace sal::ui {

using namespace sal::core;

QueueRowPtr QueueRow::make(
    LeadSummary lead, const SlaClock &sla, const IcpDefinition &icp, std::optional<double> likelihood)
{
    auto row = std::make_shared<QueueRow>(QueueRow { std::move(lead), {}, false, likelihood });
    row->window = LeadSla::window(row->lead.tier, row->lead.routedAt, row->lead.mqlAt, sla);
    row->icpFit = icp.fits(row->lead.firmographics());
    return row;
}

QueueRowPtr QueueRow::make(const CachedLead &lead, const SlaClock &sla, const IcpDefinition &icp,
    const AcceptanceScorer *scorer, const QDateTime &nowUtc)
{
    return make(LeadSummary::of(lead), sla, icp,
        scorer ? scorer->likelihood(lead.lead, nowUtc) : std::optional<double>());
}

bool QueueRow::moreUrgent(const QueueRowPtr &a, const QueueRowPtr &b)
{
    if (a->window.deadlineUtc != b->window.deadlineUtc)
        return a->window.deadlineUtc < b->window.deadlineUtc;
    return a->lead.id < b->lead.id;
}

void QueueRow::sortByUrgency(QList<QueueRowPtr> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), &QueueRow::moreUrgent);
}

QList<QueueRowPtr> QueueRow::makeSorted(const QList<CachedLead> &leads, const SlaClock &sla,
    const IcpDefinition &icp, const AcceptanceScorer *scorer, const QDateTime &nowUtc)
{
    QList<QueueRowPtr> rows;
    rows.reserve(leads.size());
    for (const CachedLead &lead : leads)
        rows << make(lead, sla, icp, scorer, nowUtc);
    sortByUrgency(rows);
    return rows;
}

} // namespace sal::ui
