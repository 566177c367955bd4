#include "cli/ImportCommand.h"

#include "cli/CommandParser.h"
#include "cli/TeamStoreOption.h"
#include "io/ImportFile.h"
#include "io/LeadImporter.h"
#include "io/MappingProfileFile.h"
#include "policy/PolicyLoader.h"
#include "session/RepWorkspace.h"
#include "sla/Clock.h"

namespace sal::core {

namespace {
const QString kDetect = QStringLiteral("detect");
const QString kMapping = QStringLiteral("mapping");
const QString kSkipBad = QStringLiteral("skip-bad");
const QString kRejected = QStringLiteral("rejected");
const QString kEncoding = QStringLiteral("encoding");
const QString kNow = QStringLiteral("now");

int printProblems(CliContext &context, const Problems &problems, int code)
{
    for (const Problem &p : problems)
        context.err << p.toString() << '\n';
    context.err << Qt::flush;
    return code;
}
} // namespace

QString ImportCommand::summary() const
{
    return tr(
        "Import MQLs from a Salesforce or HubSpot CSV export or our JSON Lines; --detect names the profile.");
}

int ImportCommand::detect(ImportFile &file, CliContext &context)
{
    QTextStream &out = context.out;
    if (file.profile().format == MappingProfile::Format::JsonLines) {
        out << tr("%1: JSON Lines, profile %2 (%3)").arg(file.path(), file.profile().id, file.profile().label)
            << Qt::endl;
        return ExitOk;
    }
    const ProfileDetector::Fit &best = file.fits().first();
    out << tr("%1: CSV, %n column(s)", nullptr, int(file.header().size())).arg(file.path()) << '\n';
    out << tr("Profile: %1 (%2), maps %3 of %4 columns")
               .arg(best.profile.id, best.profile.label)
               .arg(best.mapped.size())
               .arg(file.header().size())
        << '\n';
    out << tr("Unmapped columns: %1")
               .arg(best.unmapped.isEmpty() ? tr("none") : best.unmapped.join(QStringLiteral(", ")))
        << '\n';
    for (qsizetype i = 1; i < file.fits().size(); ++i)
        out << tr("  other: %1 maps %2").arg(file.fits().at(i).profile.id).arg(file.fits().at(i).score())
            << '\n';
    out << Qt::flush;
    return best.score() > 0 ? ExitOk : ExitBadInput;
}

int ImportCommand::run(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl import"),
        tr("Imports MQLs into the team store. All or nothing: a file with any bad row stores nothing "
           "and every problem is listed as file:line: column: problem. Importing the same file "
           "again changes nothing (rows match stored leads by external id, else email)."));
    parser.addPositional(QStringLiteral("file"), tr("CSV export or JSON Lines file."), tr("FILE"));
    parser.addOption(kDetect, tr("Only say which mapping profile fits and which columns stay unmapped."));
    parser.addOption(kMapping,
        tr("Mapping profile: a built-in id or your own profile file (default: detected)."), tr("FILE"));
    parser.addOption(
        kSkipBad, tr("Import the good rows; write the bad ones with their problems to a side file."));
    parser.addOption(
        kRejected, tr("Side file for --skip-bad (default: FILE.rejected.csv or .jsonl)."), tr("FILE"));
    parser.addOption(kEncoding, tr("Text encoding: utf-8 (default) or windows-1252."), tr("ENCODING"));
    TeamStoreOption::addOptions(parser);
    parser.addOption(
        kNow, tr("Import time for rows without a creation date, ISO 8601 (default: now)."), tr("ISO8601"));
    if (const auto stop = parser.parse(args, context, {}, 1))
        return *stop;

    const QString path = parser.positionalArguments().constFirst();
    TextEncoding encoding = TextEncoding::Utf8;
    if (parser.isSet(kEncoding)) {
        const auto e = textEncodingFromString(parser.value(kEncoding));
        if (!e)
            return parser.badValue(context, kEncoding, tr("must be utf-8 or windows-1252"));
        encoding = *e;
    }
    QDateTime now = context.clock.nowUtc();
    if (parser.isSet(kNow)) {
        const auto t = CommandParser::parseIsoTime(parser.value(kNow));
        if (!t)
            return parser.badValue(
                context, kNow, tr("\"%1\" is not an ISO 8601 date-time").arg(parser.value(kNow)));
        now = *t;
    }
    const Result<QList<MappingProfile>> builtIns = MappingProfileFile::builtIns();
    if (!builtIns)
        return printProblems(context, builtIns.problems(), ExitInternal);
    std::optional<MappingProfile> chosen;
    if (parser.isSet(kMapping)) {
        Result<MappingProfile> p = ImportFile::profileNamed(parser.value(kMapping), *builtIns);
        if (!p)
            return printProblems(context, p.problems(), ExitBadInput);
        chosen = *p;
    }
    Result<std::unique_ptr<ImportFile>> file = ImportFile::open(path, *builtIns, chosen, encoding);
    if (!file)
        return printProblems(context, file.problems(), ExitBadInput);
    if (parser.isSet(kDetect))
        return detect(**file, context);

    const Result<PolicySet> policy = PolicyLoader::loadDefaults();
    if (!policy)
        return printProblems(context, policy.problems(), ExitInternal);
    int failed = ExitOk;
    const std::unique_ptr<SqlTeamStore> store
        = TeamStoreOption::open(parser, context, policy->reasons, failed);
    if (!store)
        return failed;

    const bool jsonLines = (*file)->profile().format == MappingProfile::Format::JsonLines;
    ImportOptions options;
    options.skipBad = parser.isSet(kSkipBad);
    options.rejectedPath = parser.isSet(kRejected)
        ? parser.value(kRejected)
        : path + (jsonLines ? QStringLiteral(".rejected.jsonl") : QStringLiteral(".rejected.csv"));
    options.required = (*file)->profile().required;
    options.fileName = path;
    options.nowUtc = now;
    LeadImporter importer(*store, policy->reasons);
    const Result<ImportSummary> result = importer.run(
        (*file)->source(), options, [&](const Problem &p) { context.err << p.toString() << '\n'; });
    context.err << Qt::flush;
    if (!result)
        return printProblems(context, result.problems(), ExitInternal);
    const ImportSummary &s = *result;
    if (!s.committed) {
        context.err << (s.fatal
                ? tr("Nothing was imported: the file could not be read to the end.")
                : tr("Nothing was imported: %n row(s) of %1 have problems (listed above). Fix them, or "
                     "use --skip-bad to import the other rows.",
                    nullptr, int(s.rejected))
                      .arg(s.rows))
                    << Qt::endl;
        return ExitBadInput;
    }
    context.out << tr("Imported %1 with profile %2: %3 rows, %4 new, %5 updated, %6 unchanged.")
                       .arg(path, (*file)->profile().id)
                       .arg(s.rows)
                       .arg(s.created)
                       .arg(s.updated)
                       .arg(s.unchanged)
                << '\n';
    if (s.duplicates > 0 || s.existingCustomers > 0)
        context.out << tr("Flagged: %1, %2 (their rejection reason is pre-suggested).")
                           .arg(tr("%n duplicate(s) of existing leads", nullptr, int(s.duplicates)),
                               tr("%n lead(s) of existing customers", nullptr, int(s.existingCustomers)))
                    << '\n';
    if (s.rejected > 0)
        context.out << tr("%n row(s) rejected, written with their problems to %1.", nullptr, int(s.rejected))
                           .arg(options.rejectedPath)
                    << '\n';
    context.out << Qt::flush;
    return ExitOk;
}

} // namespace sal::core
