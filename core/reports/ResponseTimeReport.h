#pragma once

#include "reports/TeamReport.h"

namespace sal::core {

// "response-times": how the period's decisions spread over business hours from routing to
// decision (under 1 h, 1–4 h, 4–8 h, 8–24 h, 24–48 h, 48 h and more), and how many were in SLA.
class ResponseTimeReport final : public TeamReport
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ResponseTimeReport)

public:
    QString id() const override { return QStringLiteral("response-times"); }
    QString title() const override { return tr("Response-time distribution"); }
    QString description() const override;
    Result<ReportTable> run(const ReportScope &scope) const override;
};

} // namespace sal::core
