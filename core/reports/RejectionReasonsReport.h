#pragma once

#include "reports/TeamReport.h"

namespace sal::core {

// "rejection-reasons": the period's rejections by category (procedural / clerical / definitional)
// and by reason, with each one's share. Counted in SQL by reason; the taxonomy names the category.
class RejectionReasonsReport final : public TeamReport
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::RejectionReasonsReport)

public:
    QString id() const override { return QStringLiteral("rejection-reasons"); }
    QString title() const override { return tr("Rejection reasons"); }
    QString description() const override;
    Result<ReportTable> run(const ReportScope &scope) const override;

    // The category of a stored reason code ("unknown" for one no longer in the taxonomy).
    static QString categoryOf(const ReportScope &scope, const QString &code);
};

} // namespace sal::core
