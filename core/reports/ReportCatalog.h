#pragma once

#include "reports/TeamReport.h"

#include <memory>
#include <vector>

namespace sal::core {

// The reports `salctl report` and the manager's panel know, in the order they are listed. Built
// by standardReportCatalog(); another provider adds its reports with one add() line there.
class ReportCatalog
{
public:
    ReportCatalog() = default;
    ReportCatalog(ReportCatalog &&) = default;
    ReportCatalog &operator=(ReportCatalog &&) = default;

    void add(std::unique_ptr<TeamReport> report);
    const TeamReport *find(const QString &id) const; // nullptr when unknown
    QStringList ids() const;
    const std::vector<std::unique_ptr<TeamReport>> &reports() const { return m_reports; }

private:
    std::vector<std::unique_ptr<TeamReport>> m_reports;
};

// Every report of core/reports (and, once written, of other providers).
ReportCatalog standardReportCatalog();

} // namespace sal::core
