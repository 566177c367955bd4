#pragma once

#include "reports/TeamReport.h"

namespace sal::core {

// "funnel": leads that became MQLs in the period, by source, and how many of them have reached SAL
// (accepted), SQL and Opportunity since, with the conversion of each step and MQL to opportunity.
// The first row is every source together.
class FunnelReport final : public TeamReport
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::FunnelReport)

public:
    QString id() const override { return QStringLiteral("funnel"); }
    QString title() const override { return tr("Funnel MQL to opportunity"); }
    QString description() const override;
    Result<ReportTable> run(const ReportScope &scope) const override;
};

} // namespace sal::core
