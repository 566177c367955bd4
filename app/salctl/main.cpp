// salctl: the headless SAL Workbench command line. Composition root only: builds the commands
// with their dependencies and hands them the arguments.

#include "cli/AwayCommand.h"
#include "cli/BenchCommand.h"
#include "cli/CommandRouter.h"
#include "cli/DecideCommand.h"
#include "cli/DemoCommand.h"
#include "cli/DisputeCommand.h"
#include "cli/EnrichCommand.h"
#include "cli/EscalateCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/InsightCommand.h"
#include "cli/LeadCommand.h"
#include "cli/PeopleCommand.h"
#include "cli/PolicyCommand.h"
#include "cli/QualifyCommand.h"
#include "cli/QueueCommand.h"
#include "cli/RecycleCommand.h"
#include "cli/ReportCommand.h"
#include "cli/RouteCommand.h"
#include "cli/SlaCommand.h"
#include "cli/SyncCommand.h"
#include "cli/TeamCommand.h"
#include "i18n/AppTranslations.h"
#include "sla/SystemClock.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <exception>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("salctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("SAL Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALBENCH_VERSION));
    sal::core::AppTranslations::install(&app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const sal::core::SystemClock clock;
    sal::core::CliContext context { out, err, clock };

    sal::core::CommandRouter router(QStringLiteral("salctl"));
    using namespace sal::core;
    router.add(std::make_unique<DemoCommand>());
    router.add(std::make_unique<QueueCommand>());
    router.add(std::make_unique<LeadCommand>(LeadCommand::Mode::Show));
    router.add(std::make_unique<LeadCommand>(LeadCommand::Mode::Events));
    router.add(std::make_unique<DecideCommand>(DecideCommand::Mode::Decide));
    router.add(std::make_unique<DecideCommand>(DecideCommand::Mode::Attempt));
    router.add(std::make_unique<SyncCommand>(SyncCommand::Mode::Sync));
    router.add(std::make_unique<SyncCommand>(SyncCommand::Mode::Conflicts));
    router.add(std::make_unique<PeopleCommand>());
    router.add(std::make_unique<SlaCommand>());
    router.add(std::make_unique<PolicyCommand>());
    router.add(std::make_unique<TeamCommand>());
    router.add(std::make_unique<ImportCommand>());
    router.add(std::make_unique<ExportCommand>());
    router.add(std::make_unique<RouteCommand>());
    router.add(std::make_unique<EscalateCommand>());
    router.add(std::make_unique<RecycleCommand>());
    router.add(std::make_unique<EnrichCommand>());
    router.add(std::make_unique<DisputeCommand>());
    router.add(std::make_unique<QualifyCommand>());
    router.add(std::make_unique<AwayCommand>());
    router.add(std::make_unique<InsightCommand>());
    router.add(std::make_unique<ReportCommand>(standardReportCatalog(), InsightCommand::reports()));
    router.add(std::make_unique<BenchCommand>());

    try {
        return router.run(QCoreApplication::arguments(), context);
    } catch (const std::exception &e) {
        err << QCoreApplication::translate("salctl", "salctl: internal error: %1")
                   .arg(QString::fromLocal8Bit(e.what()))
            << Qt::endl;
        return sal::core::ExitInternal;
    }
}
