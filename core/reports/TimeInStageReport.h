#pragma once

#include "reports/TeamReport.h"

namespace sal::core {

// "time-in-stage": how long leads take through the funnel, by source, for the moves made in the
// period — the median and 90th percentile (nearest rank) in business hours of the team's calendar
// (the SLA's own measure) of each step: MQL → decision (the rep's response, from routing, with the
// needs-info pauses left out exactly as in rep-sla), SAL → SQL (acceptance to SQL) and SQL →
// Opportunity. The first row is every source together. Beside the funnel rather than in it: the
// funnel counts a cohort of MQLs, durations are measured on the moves that ended in the period.
class TimeInStageReport final : public TeamReport
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::TimeInStageReport)

public:
    QString id() const override { return QStringLiteral("time-in-stage"); }
    QString title() const override { return tr("Time in stage"); }
    QString description() const override;
    Result<ReportTable> run(const ReportScope &scope) const override;
};

} // namespace sal::core
