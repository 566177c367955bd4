#pragma once

#include "domain/Result.h"
#include "reports/ReportScope.h"
#include "reports/ReportTable.h"

namespace sal::core {

// One report over the team store: a name for `salctl report NAME` and the export files, a title, a
// line of help, and the computation (SQL aggregation in `scope`, never rows loaded one by one).
// Other providers (core/insight) implement this and register in ReportCatalog.
class TeamReport
{
public:
    virtual ~TeamReport() = default;
    virtual QString id() const = 0; // "rep-sla": command-line name and file name
    virtual QString title() const = 0; // translated
    virtual QString description() const = 0; // translated, one line for --help
    virtual Result<ReportTable> run(const ReportScope &scope) const = 0;
};

} // namespace sal::core
