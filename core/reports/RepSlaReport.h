#pragma once

#include "reports/TeamReport.h"

namespace sal::core {

// "rep-sla": one row per rep of the team. Now: open queue, at risk, breached. In the period
// (decisions by device time): median and 90th percentile (nearest rank) business hours from routing
// to decision, SLA compliance, acceptance, needs-info and SAL→SQL rates, average business hours
// from acceptance to first outreach. This week: decisions made after their deadline. And a flag
// when the rep's compliance was under the policy target in each of the last three weeks of the
// period.
class RepSlaReport final : public TeamReport
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::RepSlaReport)

public:
    QString id() const override { return QStringLiteral("rep-sla"); }
    QString title() const override { return tr("Rep SLA"); }
    QString description() const override;
    Result<ReportTable> run(const ReportScope &scope) const override;

    static constexpr int kWeeksInARow = 3;
};

} // namespace sal::core
