#pragma once

#include "cli/CliCommand.h"
#include "reports/ReportCatalog.h"

#include <QCoreApplication>

namespace sal::core {

// `salctl report NAME --period P --format table|csv|json [--team T]`: runs one report of the
// catalog it is given (standardReportCatalog() in salctl) over the team store.
class ReportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ReportCommand)

public:
    explicit ReportCommand(ReportCatalog catalog)
        : m_catalog(std::move(catalog))
    { }

    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;

private:
    QString reportList() const;

    ReportCatalog m_catalog;
};

} // namespace sal::core
