#pragma once

#include "cli/CliCommand.h"
#include "reports/ReportCatalog.h"

#include <QCoreApplication>
#include <functional>

namespace sal::core {

// A report another command computes with its own options (the acceptance model's quality, the
// scoring feedback): `salctl report NAME …` hands it the arguments from NAME on.
struct ForwardedReport
{
    QString id;
    QString description;
    std::function<int(const QStringList &args, CliContext &context)> run;
};

// `salctl report NAME --period P --format table|csv|json [--team T]`: runs one report of the
// catalog it is given (standardReportCatalog() in salctl) over the team store, or forwards NAME to
// the command that owns it.
class ReportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ReportCommand)

public:
    explicit ReportCommand(ReportCatalog catalog, QList<ForwardedReport> forwarded = {})
        : m_catalog(std::move(catalog))
        , m_forwarded(std::move(forwarded))
    { }

    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;

private:
    QString reportList() const;

    ReportCatalog m_catalog;
    QList<ForwardedReport> m_forwarded;
};

} // namespace sal::core
