#include "reports/ReportCatalog.h"

#include "reports/AcceptanceReport.h"
#include "reports/CapacityLoadReport.h"
#include "reports/FunnelReport.h"
#include "reports/OfflineSyncReport.h"
#include "reports/OtherReasonsReport.h"
#include "reports/RejectionReasonsReport.h"
#include "reports/RejectionTrendReport.h"
#include "reports/RepSlaReport.h"
#include "reports/ResponseTimeReport.h"
#include "reports/TimeInStageReport.h"
#include "reports/ViolationsReport.h"

namespace sal::core {

void ReportCatalog::add(std::unique_ptr<TeamReport> report)
{
    m_reports.push_back(std::move(report));
}

const TeamReport *ReportCatalog::find(const QString &id) const
{
    for (const auto &r : m_reports) {
        if (r->id() == id)
            return r.get();
    }
    return nullptr;
}

QStringList ReportCatalog::ids() const
{
    QStringList out;
    for (const auto &r : m_reports)
        out << r->id();
    return out;
}

ReportCatalog standardReportCatalog()
{
    ReportCatalog catalog;
    catalog.add(std::make_unique<RepSlaReport>());
    catalog.add(std::make_unique<AcceptanceReport>(AcceptanceReport::By::Source));
    catalog.add(std::make_unique<AcceptanceReport>(AcceptanceReport::By::Campaign));
    catalog.add(std::make_unique<RejectionReasonsReport>());
    catalog.add(std::make_unique<RejectionTrendReport>(RejectionTrendReport::By::Week));
    catalog.add(std::make_unique<RejectionTrendReport>(RejectionTrendReport::By::Month));
    catalog.add(std::make_unique<OtherReasonsReport>());
    catalog.add(std::make_unique<FunnelReport>());
    catalog.add(std::make_unique<TimeInStageReport>());
    catalog.add(std::make_unique<ViolationsReport>());
    catalog.add(std::make_unique<ResponseTimeReport>());
    catalog.add(std::make_unique<CapacityLoadReport>());
    catalog.add(std::make_unique<OfflineSyncReport>());
    // core/insight: catalog.add(std::make_unique<AcceptanceModelReport>()); and so on.
    return catalog;
}

} // namespace sal::core
