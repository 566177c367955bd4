#include "cli/BenchCommand.h"

#include "bench/BenchSuite.h"
#include "bench/DecisionCommitBench.h"
#include "bench/ImportMemoryBench.h"
#include "bench/PullBench.h"
#include "bench/PushBench.h"
#include "bench/QueueLoadBench.h"
#include "bench/ReportsBench.h"
#include "bench/WindowBench.h"
#include "cli/CommandParser.h"
#include "policy/PolicyLoader.h"

#include <QDir>
#include <QJsonDocument>

namespace sal::core {

namespace {
const QString kPushBatch = QStringLiteral("push-batch");
} // namespace

QString BenchCommand::summary() const
{
    return tr("Benchmarks against the database shells on this machine ('bench all').");
}

int BenchCommand::run(const QStringList &args, CliContext &context)
{
    const QString programDir = QCoreApplication::applicationDirPath();
    // Every benchmark runs under the shipped policy, whatever the machine's own files say.
    const Result<PolicySet> policy = PolicyLoader::loadDefaults();
    if (!policy) {
        context.err << joinProblems(policy.problems()) << Qt::endl;
        return ExitInternal;
    }
    BenchSuite suite;
    suite.add(std::make_unique<QueueLoadBench>(context.clock, *policy));
    suite.add(std::make_unique<DecisionCommitBench>(context.clock, *policy));
    auto push = std::make_unique<PushBench>(context.clock, *policy);
    PushBench *pushItem = push.get();
    suite.add(std::move(push));
    suite.add(std::make_unique<PullBench>(context.clock));
    suite.add(std::make_unique<ReportsBench>(context.clock, *policy));
    suite.add(
        std::make_unique<WindowBench>(context.clock, QDir(programDir).filePath(QStringLiteral("salbench"))));
    suite.add(std::make_unique<ImportMemoryBench>(QCoreApplication::applicationFilePath()));

    QStringList names { QStringLiteral("all") };
    QString help;
    for (const auto &item : suite.items()) {
        names << item->name();
        help += QStringLiteral("\n  %1 %2").arg(item->name().leftJustified(8), item->summary());
    }
    CommandParser parser(QStringLiteral("salctl bench"),
        tr("Measures SAL Workbench at scale and, in the same run, the reference it is judged "
           "against. Benchmarks:%1")
            .arg(help));
    parser.addPositional(QStringLiteral("name"), tr("A benchmark, or all."), QStringLiteral("NAME|all"));
    parser.addOption(QStringLiteral("scale"), tr("small (1/10), base (the default) or large (10×)."),
        QStringLiteral("SCALE"));
    parser.addOption(QStringLiteral("format"), tr("table (default) or json."), QStringLiteral("FORMAT"));
    parser.addOption(kPushBatch,
        tr("Operations per push batch for 'push' (default %1, the sync engine's).").arg(PushBench::kBatch),
        QStringLiteral("N"));
    if (const auto stop = parser.parse(args, context, {}, 1))
        return *stop;
    int pushBatch = PushBench::kBatch;
    if (parser.isSet(kPushBatch)) {
        bool ok = false;
        pushBatch = parser.value(kPushBatch).toInt(&ok);
        if (!ok || pushBatch < 1)
            return parser.badValue(context, kPushBatch, tr("must be a whole number of at least 1"));
    }
    pushItem->setBatchSize(pushBatch);
    const QString name = parser.positionalArguments().constFirst();
    if (!names.contains(name))
        return parser.badValue(context, QStringLiteral("name"),
            tr("no benchmark \"%1\"; one of: %2").arg(name, names.join(QStringLiteral(", "))));
    const std::optional<BenchScale> scale
        = benchScaleFromString(parser.isSet(QStringLiteral("scale")) ? parser.value(QStringLiteral("scale"))
                                                                     : QStringLiteral("base"));
    if (!scale)
        return parser.badValue(context, QStringLiteral("scale"), tr("must be small, base or large"));
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                  : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return parser.badValue(context, QStringLiteral("format"), tr("must be table or json"));

    // The benchmarks write their files in the current folder: a commit must reach a real disk.
    const BenchTable table
        = suite.run(name, *scale, [&](const QString &line) { context.err << line << Qt::endl; });
    if (format == QLatin1String("json"))
        context.out << QString::fromUtf8(QJsonDocument(table.json()).toJson(QJsonDocument::Indented))
                    << Qt::flush;
    else
        context.out << table.text() << Qt::flush;
    return table.failures().isEmpty() ? ExitOk : ExitInternal;
}

} // namespace sal::core
