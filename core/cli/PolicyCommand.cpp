#include "cli/PolicyCommand.h"

#include "cli/CommandParser.h"
#include "policy/PolicyLoader.h"

namespace sal::core {

QString PolicyCommand::summary() const
{
    return tr("Validate policy files: 'policy check DIR_OR_FILE'.");
}

int PolicyCommand::run(const QStringList &args, CliContext &context)
{
    if (args.value(1) != QLatin1String("check")) {
        const bool help = args.value(1) == QLatin1String("--help") || args.value(1) == QLatin1String("-h");
        (help ? context.out : context.err) << tr("Usage: salctl policy check DIR_OR_FILE") << Qt::endl;
        return help ? ExitOk : ExitBadInput;
    }
    CommandParser parser(QStringLiteral("salctl policy check"),
                         tr("Validates a policy directory (reasons.json, sla.json, icp.json, checklist.json, "
                            "calendars/*.json; files left out fall back to the built-in defaults) or a single "
                            "policy file. Exits 0 when valid, 2 with every problem listed otherwise."));
    parser.addPositional(QStringLiteral("path"), tr("Policy directory or file."), tr("DIR_OR_FILE"));
    if (const auto stop = parser.parse(args.mid(1), context, {}, 1))
        return *stop;

    const QString path = parser.positionalArguments().constFirst();
    const Problems problems = PolicyLoader::check(path);
    if (problems.isEmpty()) {
        context.out << tr("%1: policy is valid").arg(path) << Qt::endl;
        return ExitOk;
    }
    for (const Problem &p : problems)
        context.err << p.toString() << '\n';
    context.err << tr("%n problem(s) found", nullptr, int(problems.size())) << Qt::endl;
    return ExitBadInput;
}

} // namespace sal::core
