#pragma once

#include "reports/TeamReport.h"

namespace sal::core {

// "other-reasons": the texts of the period's rejections with reason "other", newest first, so the
// team can propose new picklist entries. At most kLimit rows (a note says when more were left out).
class OtherReasonsReport final : public TeamReport
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::OtherReasonsReport)

public:
    static constexpr int kLimit = 500;

    QString id() const override { return QStringLiteral("other-reasons"); }
    QString title() const override { return tr("\"Other\" rejection texts"); }
    QString description() const override;
    Result<ReportTable> run(const ReportScope &scope) const override;
};

} // namespace sal::core
