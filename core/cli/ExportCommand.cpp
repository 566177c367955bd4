#include "cli/ExportCommand.h"

#include "cli/CommandParser.h"
#include "cli/TeamStoreOption.h"
#include "io/DecisionExporter.h"
#include "io/LeadExporter.h"
#include "policy/PolicyLoader.h"
#include "session/RepWorkspace.h"

#include <QFile>
#include <QSaveFile>

namespace sal::core {

namespace {
const QString kSince = QStringLiteral("since");
const QString kFormat = QStringLiteral("format");
const QString kOut = QStringLiteral("out");
} // namespace

QString ExportCommand::summary() const
{
    return tr("Export decisions for the CRM ('export decisions --since …') or everything as JSON Lines "
              "('export leads').");
}

int ExportCommand::run(const QStringList &args, CliContext &context)
{
    const QString what = args.value(1);
    if (what != QLatin1String("decisions") && what != QLatin1String("leads")) {
        const bool help = what == QLatin1String("--help") || what == QLatin1String("-h");
        (help ? context.out : context.err)
            << tr("Usage: salctl export decisions --since ISO8601 [--format csv|jsonl] [--out FILE]\n"
                  "       salctl export leads [--out FILE]")
            << Qt::endl;
        return help ? ExitOk : ExitBadInput;
    }
    const bool decisions = what == QLatin1String("decisions");
    CommandParser parser(QStringLiteral("salctl export ") + what,
        decisions ? tr("Writes the decisions synced since a moment: CSV shaped for a CRM re-import "
                       "(Id, Email, SAL_* fields) or JSON Lines with every detail.")
                  : tr("Writes every lead with its events, contact attempts and decisions as JSON "
                       "Lines, one lead per line; the file imports again with 'salctl import'."));
    if (decisions) {
        parser.addOption(kSince, tr("Decisions synced at or after this moment, ISO 8601."), tr("ISO8601"));
        parser.addOption(kFormat, tr("csv (default) or jsonl."), tr("FORMAT"));
    }
    parser.addOption(kOut, tr("File to write (default: standard output)."), tr("FILE"));
    TeamStoreOption::addOptions(parser);
    if (const auto stop
        = parser.parse(args.mid(1), context, decisions ? QStringList { kSince } : QStringList {}, 0))
        return *stop;

    QDateTime since;
    DecisionExporter::Format format = DecisionExporter::Format::Csv;
    if (decisions) {
        const auto t = CommandParser::parseIsoTime(parser.value(kSince));
        if (!t)
            return parser.badValue(
                context, kSince, tr("\"%1\" is not an ISO 8601 date-time").arg(parser.value(kSince)));
        since = *t;
        const QString f = parser.isSet(kFormat) ? parser.value(kFormat) : QStringLiteral("csv");
        if (f != QLatin1String("csv") && f != QLatin1String("jsonl"))
            return parser.badValue(context, kFormat, tr("must be csv or jsonl"));
        format
            = f == QLatin1String("csv") ? DecisionExporter::Format::Csv : DecisionExporter::Format::JsonLines;
    }
    const Result<PolicySet> policy = PolicyLoader::loadDefaults();
    if (!policy)
        return ExitInternal;
    int failed = ExitOk;
    const std::unique_ptr<SqlTeamStore> store
        = TeamStoreOption::open(parser, context, policy->reasons, failed);
    if (!store)
        return failed;

    // A file is replaced only when the whole export succeeded (QSaveFile); stdout streams.
    QSaveFile file(parser.value(kOut));
    QFile stdoutFile;
    QIODevice *out = &file;
    if (parser.isSet(kOut)) {
        if (!file.open(QIODevice::WriteOnly))
            return parser.badValue(context, kOut, tr("cannot be written: %1").arg(file.errorString()));
    } else {
        context.out << Qt::flush;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return ExitInternal;
        out = &stdoutFile;
    }
    const Result<qint64> written = decisions
        ? DecisionExporter(*store, policy->reasons).write(*out, format, since)
        : LeadExporter(*store).write(*out);
    if (!written) {
        context.err << joinProblems(written.problems()) << Qt::endl;
        return ExitInternal;
    }
    if (parser.isSet(kOut)) {
        if (!file.commit()) {
            context.err << tr("%1: cannot be written: %2").arg(parser.value(kOut), file.errorString())
                        << Qt::endl;
            return ExitInternal;
        }
        context.err << tr("Wrote %n record(s) to %1.", nullptr, int(*written)).arg(parser.value(kOut))
                    << Qt::endl;
    } else {
        stdoutFile.flush();
    }
    return ExitOk;
}

} // namespace sal::core
