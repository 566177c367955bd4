#pragma once

#include "reports/TeamReport.h"

namespace sal::core {

// "capacity-load": MQLs routed to each rep per local day of the period (leads they still own, as
// the router counts them) against the rep's daily capacity, so marketing sees when volume outruns
// what sales can work. One row per rep and day with leads routed.
class CapacityLoadReport final : public TeamReport
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::CapacityLoadReport)

public:
    QString id() const override { return QStringLiteral("capacity-load"); }
    QString title() const override { return tr("Load against capacity"); }
    QString description() const override;
    Result<ReportTable> run(const ReportScope &scope) const override;
};

} // namespace sal::core
