#pragma once

#include "reports/TeamReport.h"

namespace sal::core {

// "sla-violations": per team and local week of the period: decisions, those made after their SLA
// window ran out (violations), compliance, and the ladder's escalations and re-routes.
class ViolationsReport final : public TeamReport
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ViolationsReport)

public:
    QString id() const override { return QStringLiteral("sla-violations"); }
    QString title() const override { return tr("SLA violations by team and week"); }
    QString description() const override;
    Result<ReportTable> run(const ReportScope &scope) const override;
};

} // namespace sal::core
