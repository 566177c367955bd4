#include "cli/QueueCommand.h"

#include "cli/RepSession.h"
#include "sla/Clock.h"
#include "sla/LeadSla.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sal::core {

QString QueueCommand::summary() const
{
    return tr("Your open MQLs sorted by SLA deadline ('--json' for scripts).");
}

int QueueCommand::run(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl queue"), tr("Lists your open MQLs, the most urgent first."));
    RepSession::addOptions(parser);
    parser.addOption(QStringLiteral("json"), tr("Print a JSON array instead of a table."));
    if (const auto stop = parser.parse(args, context))
        return *stop;
    std::unique_ptr<RepSession> session = RepSession::open(parser, context);
    if (!session)
        return ExitBadInput;
    session->sync(context);

    Result<QList<CachedLead>> queue = session->local().openQueue();
    if (!queue) {
        context.err << joinProblems(queue.problems()) << Qt::endl;
        return ExitInternal;
    }
    struct Row
    {
        const CachedLead *lead;
        SlaWindow window;
        SlaStatus status;
    };
    const QDateTime now = context.clock.nowUtc();
    QList<Row> rows;
    for (const CachedLead &c : *queue) {
        if (c.lead.ownerEmail != session->user())
            continue;
        const SlaWindow w = LeadSla::window(c.lead, session->slaClock());
        rows << Row { &c, w, session->slaClock().status(w, now) };
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.window.deadlineUtc < b.window.deadlineUtc; });

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Row &r : rows) {
            const Lead &l = r.lead->lead;
            array.append(QJsonObject { { QStringLiteral("id"), l.id },
                                       { QStringLiteral("name"), l.contact.fullName() },
                                       { QStringLiteral("title"), l.contact.title },
                                       { QStringLiteral("company"), l.account.name },
                                       { QStringLiteral("tier"), l.tier },
                                       { QStringLiteral("score"), l.score.total() },
                                       { QStringLiteral("source"), l.source },
                                       { QStringLiteral("deadline"), CommandParser::isoUtc(r.window.deadlineUtc) },
                                       { QStringLiteral("remaining_seconds"), double(r.status.remainingSeconds) },
                                       { QStringLiteral("state"), slaStateToString(r.status.state) },
                                       { QStringLiteral("attempts"), int(r.lead->attempts.size()) } });
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)) << Qt::flush;
        return ExitOk;
    }
    context.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                       .arg(tr("LEAD").leftJustified(12), tr("STATE").leftJustified(9), tr("LEFT").rightJustified(7),
                            tr("TIER").leftJustified(8), tr("NAME").leftJustified(24), tr("COMPANY"));
    for (const Row &r : rows) {
        const Lead &l = r.lead->lead;
        const qint64 s = r.status.remainingSeconds;
        const QString left = QStringLiteral("%1%2:%3")
                                 .arg(s < 0 ? QStringLiteral("-") : QString())
                                 .arg(qAbs(s) / 3600)
                                 .arg((qAbs(s) % 3600) / 60, 2, 10, QLatin1Char('0'));
        context.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                           .arg(l.id.leftJustified(12), slaStateToString(r.status.state).leftJustified(9),
                                left.rightJustified(7), l.tier.leftJustified(8), l.contact.fullName().left(24).leftJustified(24),
                                l.account.name);
    }
    context.out << tr("%n open MQL(s)", nullptr, int(rows.size())) << (session->offline() ? tr(" (offline)") : QString())
                << Qt::endl;
    return ExitOk;
}

} // namespace sal::core
