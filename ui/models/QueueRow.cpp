#include "models/QueueRow.h"

#include "sla/LeadSla.h"

#include <algorithm>

namespace sal::ui {

using namespace sal::core;

QueueRowPtr QueueRow::make(CachedLead lead, const SlaClock &sla, const IcpDefinition &icp,
    const AcceptanceScorer *scorer, const QDateTime &nowUtc)
{
    auto row = std::make_shared<QueueRow>(QueueRow { std::move(lead), {}, false, std::nullopt });
    row->window = LeadSla::window(row->lead.lead, sla);
    row->icpFit = icp.fits(row->lead.lead.account);
    if (scorer)
        row->likelihood = scorer->likelihood(row->lead.lead, nowUtc);
    return row;
}

bool QueueRow::moreUrgent(const QueueRowPtr &a, const QueueRowPtr &b)
{
    if (a->window.deadlineUtc != b->window.deadlineUtc)
        return a->window.deadlineUtc < b->window.deadlineUtc;
    return a->lead.lead.id < b->lead.lead.id;
}

QList<QueueRowPtr> QueueRow::makeSorted(QList<CachedLead> leads, const SlaClock &sla,
    const IcpDefinition &icp, const AcceptanceScorer *scorer, const QDateTime &nowUtc)
{
    QList<QueueRowPtr> rows;
    rows.reserve(leads.size());
    for (CachedLead &lead : leads)
        rows << make(std::move(lead), sla, icp, scorer, nowUtc);
    std::stable_sort(rows.begin(), rows.end(), &QueueRow::moreUrgent);
    return rows;
}

} // namespace sal::ui
