#pragma once

#include "reports/TeamReport.h"

namespace sal::core {

// "acceptance-by-source" / "acceptance-by-campaign": the period's decisions by the lead's source
// (or campaign), the acceptance rate, and its health band from the policy (reports.json).
class AcceptanceReport final : public TeamReport
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::AcceptanceReport)

public:
    enum class By { Source, Campaign };
    explicit AcceptanceReport(By by)
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
