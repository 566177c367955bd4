#pragma once

#include "reports/TeamReport.h"

namespace sal::core {

// "rejection-trend-weekly" / "rejection-trend-monthly": rejections per local week (or month) of
// the period by category, beside all decisions, so a shift in what sales rejects shows over time.
class RejectionTrendReport final : public TeamReport
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::RejectionTrendReport)

public:
    enum class By { Week, Month };
    explicit RejectionTrendReport(By by)
        : m_by(by)
    { }

    QString id() const override;
    QString title() const override;
    QString description() const override;
    Result<ReportTable> run(const ReportScope &scope) const override;

private:
    By m_by;
};

} // namespace sal::core
