#include "cli/InsightCommand.h"

#include "cli/TeamSession.h"
#include "insight/AcceptanceTraining.h"
#include "insight/InsightReports.h"
#include "insight/ScoringFeedback.h"
#include "reports/ReportFormat.h"

namespace sal::core {

namespace {
const QString kFormat = QStringLiteral("format");
const QString kIfDue = QStringLiteral("if-due");
const QString kDays = QStringLiteral("days");
const QString kTrainShare = QStringLiteral("train-share");

void addFormat(CommandParser &parser)
{
    parser.addOption(
        kFormat, InsightCommand::tr("Output: table (default), csv or json."), InsightCommand::tr("FORMAT"));
}

std::optional<ReportFormat::Kind> formatOf(const CommandParser &parser, CliContext &context)
{
    const QString text = parser.isSet(kFormat) ? parser.value(kFormat) : QStringLiteral("table");
    const auto format = ReportFormat::kindFromString(text);
    if (!format)
        parser.badValue(context, kFormat, InsightCommand::tr("\"%1\" is not table, csv or json").arg(text));
    return format;
}

// Who the training is recorded as: --as, or the command line itself.
QString trainer(TeamSession &session)
{
    return session.actor() ? session.actor()->email : QStringLiteral("system:salctl");
}
} // namespace

QString InsightCommand::summary() const
{
    return tr("Acceptance likelihood and scoring feedback: 'insight train', 'acceptance-model', "
              "'scoring-feedback'.");
}

int InsightCommand::run(const QStringList &args, CliContext &context)
{
    const QString verb = args.value(1);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("train"))
        return train(rest, context);
    if (verb == QLatin1String("acceptance-model"))
        return acceptanceModel(rest, context);
    if (verb == QLatin1String("scoring-feedback"))
        return scoringFeedback(rest, context);
    QTextStream &stream
        = verb == QLatin1String("--help") || verb == QLatin1String("-h") ? context.out : context.err;
    stream << tr(
        "Usage: salctl insight train [--if-due] [--format table|csv|json] [--team-store FILE|URL] [--as "
        "EMAIL]\n"
        "       salctl insight acceptance-model [--train-share 0.8] [--format …] [--team-store …] [--as …]\n"
        "       salctl insight scoring-feedback [--days 90] [--format …] [--team-store …] [--as …]\n"
        "Run 'salctl insight train --help' for details.")
           << Qt::endl;
    return &stream == &context.out ? ExitOk : ExitBadInput;
}

int InsightCommand::train(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl insight train"),
        tr("Trains the acceptance model on every accept and reject in the team store and stores it "
           "there (coefficients, vocabulary, training date, number of decisions); the next pull brings "
           "it to every rep's device. With --if-due it trains only when insight.json's "
           "retrain_after_decisions new decisions arrived since the stored model."));
    TeamSession::addOptions(parser, true);
    parser.addOption(kIfDue, tr("Train only when enough new decisions arrived since the stored model."));
    addFormat(parser);
    if (const auto stop = parser.parse(args, context))
        return *stop;
    const auto format = formatOf(parser, context);
    if (!format)
        return ExitBadInput;
    std::unique_ptr<TeamSession> session = TeamSession::open(parser, context, true);
    if (!session)
        return ExitBadInput;
    AcceptanceTraining training(session->store(), session->database(), session->policy());
    std::optional<AcceptanceModel> model;
    if (parser.isSet(kIfDue)) {
        Result<std::optional<AcceptanceModel>> due = training.trainIfDue(
            trainer(*session), session->now(), session->policy().insight.retrainAfterDecisions);
        if (!due)
            return TeamSession::fail(context, due.problems());
        if (!due->has_value()) {
            const Result<int> fresh = training.decisionsSinceModel();
            context.err << tr(
                "Not due: %n new decision(s) since the stored model, %1 needed.", nullptr, fresh.value_or(0))
                               .arg(session->policy().insight.retrainAfterDecisions)
                        << Qt::endl;
            return ExitOk;
        }
        model = **due;
    } else {
        Result<AcceptanceModel> trained = training.train(trainer(*session), session->now());
        if (!trained)
            return TeamSession::fail(context, trained.problems());
        model = *trained;
    }
    context.out << QString::fromUtf8(ReportFormat::format(InsightReports::model(*model), *format))
                << Qt::flush;
    return ExitOk;
}

int InsightCommand::acceptanceModel(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl insight acceptance-model"),
        tr("How well the acceptance model predicts decisions it has not seen: trained on the older "
           "share of the team store's decisions, tested on the newer rest. Prints AUC, Brier score, "
           "a calibration table by deciles, the AUC of the existing lead score alone as the baseline, "
           "and the stored model in use."));
    TeamSession::addOptions(parser, false);
    parser.addOption(
        kTrainShare, tr("Share of the decisions, oldest first, to train on (default 0.8)."), tr("SHARE"));
    addFormat(parser);
    if (const auto stop = parser.parse(args, context))
        return *stop;
    const auto format = formatOf(parser, context);
    if (!format)
        return ExitBadInput;
    bool ok = true;
    const double share = parser.isSet(kTrainShare) ? parser.value(kTrainShare).toDouble(&ok) : 0.8;
    if (!ok || share <= 0 || share >= 1)
        return parser.badValue(context, kTrainShare, tr("must be a number between 0 and 1, e.g. 0.8"));
    std::unique_ptr<TeamSession> session = TeamSession::open(parser, context, false);
    if (!session)
        return ExitBadInput;
    AcceptanceTraining training(session->store(), session->database(), session->policy());
    const Result<HoldoutReport> report = training.evaluate(share);
    if (!report)
        return TeamSession::fail(context, report.problems());
    QList<ReportTable> tables = InsightReports::quality(*report);
    const Result<std::optional<AcceptanceModel>> current = training.current();
    if (!current)
        return TeamSession::fail(context, current.problems(), ExitInternal);
    if (current->has_value())
        tables << InsightReports::model(**current);
    context.out << QString::fromUtf8(ReportFormat::format(tables, *format)) << Qt::flush;
    return ExitOk;
}

int InsightCommand::scoringFeedback(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl insight scoring-feedback"),
        tr("Marketing's feedback from the last days' decisions: the rejection reasons, concrete "
           "changes to the ICP or scoring with what they would have removed (rejected and accepted "
           "MQLs), sources and campaigns outside the acceptance health band, and reps whose "
           "acceptance is high but SAL→SQL low."));
    TeamSession::addOptions(parser, false);
    parser.addOption(kDays, tr("How many days back from --now (default 90)."), tr("DAYS"));
    addFormat(parser);
    if (const auto stop = parser.parse(args, context))
        return *stop;
    const auto format = formatOf(parser, context);
    if (!format)
        return ExitBadInput;
    bool ok = true;
    const int days = parser.isSet(kDays) ? parser.value(kDays).toInt(&ok) : 90;
    if (!ok || days <= 0)
        return parser.badValue(context, kDays, tr("must be a positive whole number of days"));
    std::unique_ptr<TeamSession> session = TeamSession::open(parser, context, false);
    if (!session)
        return ExitBadInput;
    ScoringFeedback feedback(session->database(), session->policy().icp, session->policy().reports);
    const Result<ScoringFeedbackReport> report = feedback.compute(session->now(), days);
    if (!report)
        return TeamSession::fail(context, report.problems());
    context.out << QString::fromUtf8(ReportFormat::format(InsightReports::scoringFeedback(*report), *format))
                << Qt::flush;
    return ExitOk;
}

QList<ForwardedReport> InsightCommand::reports()
{
    return {
        { QStringLiteral("acceptance-model"),
            tr("Quality of the acceptance model on a time-ordered hold-out (AUC, Brier, calibration)."),
            &InsightCommand::acceptanceModel },
        { QStringLiteral("scoring-feedback"),
            tr("Scoring proposals for marketing from the last 90 days' rejections, with their effect."),
            &InsightCommand::scoringFeedback },
    };
}

} // namespace sal::core
