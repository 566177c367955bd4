#include "cli/LeadCommand.h"

#include "cli/RepSession.h"
#include "qualification/AcceptanceChecklist.h"
#include "sla/Clock.h"
#include "sla/LeadSla.h"

namespace sal::core {

namespace {
void printLead(QTextStream &out, const CachedLead &c, RepSession &session, const QDateTime &now)
{
    const Lead &l = c.lead;
    const SlaWindow window = LeadSla::window(l, session.slaClock());
    const SlaStatus sla = session.slaClock().status(window, now);
    out << l.id << "  " << l.contact.fullName() << " — " << l.contact.title << " at " << l.account.name << '\n'
        << "  stage " << stageToString(l.stage) << ", tier " << l.tier << ", version " << c.version << ", source "
        << l.source << " / " << l.campaign << '\n'
        << "  SLA " << slaStateToString(sla.state) << ", deadline " << CommandParser::isoUtc(window.deadlineUtc)
        << ", remaining " << sla.remainingSeconds << " business seconds\n"
        << "  contact: " << l.contact.email << (l.contact.emailVerified ? " (verified)" : " (unverified)") << ", "
        << l.contact.phone << ", " << l.contact.linkedInUrl << '\n'
        << "  account: " << l.account.industry << ", " << (l.account.employees ? QString::number(*l.account.employees) : QStringLiteral("?"))
        << " employees, " << l.account.region << "/" << l.account.country << ", funding " << l.account.fundingStage << '\n'
        << "  score " << l.score.total() << " (fit " << l.score.fitPoints() << ", engagement " << l.score.engagementPoints()
        << ")\n";
    for (const ScoreContribution &s : l.score.contributions) {
        out << "    " << (s.part == ScoreContribution::Part::Fit ? "fit " : "eng ") << QString::number(s.points).rightJustified(4)
            << "  " << s.label;
        if (s.recencyDays(now) >= 0)
            out << "  (" << s.recencyDays(now) << " d ago)";
        out << '\n';
    }
    const AcceptanceChecklist checklist(session.policy().icp, session.policy().checklist);
    out << "  checklist:\n";
    for (const ChecklistItem &i : checklist.evaluate(l, 1, now))
        out << "    [" << checkOutcomeToString(i.outcome).leftJustified(7) << "] " << (i.required ? "* " : "  ") << i.label
            << " — " << i.evidence << '\n';
    out << "  talk track: " << l.talkTrack.opener << '\n';
    for (const ProofPoint &p : l.talkTrack.proofPoints)
        out << "    proof: " << p.customer << " — " << p.claim << '\n';
    out << "  contact attempts: " << c.attempts.size() << '\n';
    for (const ContactAttempt &a : c.attempts)
        out << "    " << CommandParser::isoUtc(a.at) << "  " << contactChannelToString(a.channel) << "  " << a.outcome << '\n';
    if (!c.pendingDecision.isEmpty())
        out << "  your decision waiting to sync: " << c.pendingDecision << '\n';
    out << Qt::flush;
}
} // namespace

QString LeadCommand::summary() const
{
    return m_mode == Mode::Show ? tr("Everything about one lead: context, score, checklist, SLA.")
                                : tr("The timestamped history of one lead.");
}

int LeadCommand::run(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl ") + name(), summary());
    RepSession::addOptions(parser);
    parser.addPositional(QStringLiteral("lead"), tr("Lead id."), tr("LEAD"));
    if (const auto stop = parser.parse(args, context, {}, 1))
        return *stop;
    std::unique_ptr<RepSession> session = RepSession::open(parser, context);
    if (!session)
        return ExitBadInput;
    session->sync(context);
    const QString leadId = parser.positionalArguments().constFirst();
    Result<std::optional<CachedLead>> cached = session->local().lead(leadId);
    if (!cached) {
        context.err << joinProblems(cached.problems()) << Qt::endl;
        return ExitInternal;
    }
    if (!cached->has_value()) {
        context.err << tr("Lead %1 is not in your queue.").arg(leadId) << Qt::endl;
        return ExitBadInput;
    }
    if (m_mode == Mode::Show) {
        printLead(context.out, **cached, *session, context.clock.nowUtc());
        return ExitOk;
    }
    Result<QList<StageEvent>> events = session->local().events(leadId);
    if (!events) {
        context.err << joinProblems(events.problems()) << Qt::endl;
        return ExitInternal;
    }
    for (const StageEvent &e : *events)
        context.out << CommandParser::isoUtc(e.at) << "  " << eventKindToString(e.kind).leftJustified(20) << ' '
                    << stageToString(e.from) << " -> " << stageToString(e.to) << "  " << e.actor
                    << (e.reason.isEmpty() ? QString() : QStringLiteral("  (") + e.reason + QLatin1Char(')')) << '\n';
    context.out << Qt::flush;
    return ExitOk;
}

} // namespace sal::core
