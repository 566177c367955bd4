#pragma once

#include "cli/CliCommand.h"
#include "cli/ReportCommand.h"

#include <QCoreApplication>

namespace sal::core {

// `salctl insight train | acceptance-model | scoring-feedback`: the acceptance model and
// marketing's scoring feedback over the team store. Each subcommand is a static function taking
// the arguments after its name, so `salctl report` can register `acceptance-model` and
// `scoring-feedback` with one line each; the computing lives in core/insight.
class InsightCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::InsightCommand)

public:
    QString name() const override { return QStringLiteral("insight"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;

    // `args[0]` is the subcommand's own name.
    static int train(const QStringList &args, CliContext &context);
    static int acceptanceModel(const QStringList &args, CliContext &context);
    static int scoringFeedback(const QStringList &args, CliContext &context);

    // acceptance-model and scoring-feedback, as `salctl report` names.
    static QList<ForwardedReport> reports();
};

} // namespace sal::core
