#pragma once

#include "reports/TeamReport.h"

namespace sal::core {

// "offline-sync": decisions per local day by the time the device made them (not when they reached
// the team store), with how many arrived late (made offline) and the longest delay: the SLA
// figures credit a rep for when they decided, and this shows how much of that the store learnt late.
class OfflineSyncReport final : public TeamReport
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::OfflineSyncReport)

public:
    QString id() const override { return QStringLiteral("offline-sync"); }
    QString title() const override { return tr("Offline decisions synced late"); }
    QString description() const override;
    Result<ReportTable> run(const ReportScope &scope) const override;
};

} // namespace sal::core
