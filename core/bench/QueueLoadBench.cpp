#include "bench/QueueLoadBench.h"

#include "bench/BenchLeads.h"
#include "bench/ReferenceCommand.h"
#include "bench/ReferenceScript.h"
#include "policy/PolicyLoader.h"
#include "sla/Clock.h"
#include "sla/LeadSla.h"
#include "store/LocalStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>

namespace sal::core {

namespace {
constexpr int kFirstScreen = 40; // rows a 1440x900 window shows
}

QString QueueLoadBench::summary() const
{
    return tr("Queue load: N open leads from the local store to SLA-sorted rows (core part).");
}

QStringList QueueLoadBench::referenceQueries()
{
    const QString where = QStringLiteral(
        "l.stage = 'mql' AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.lead_id = l.id AND o.kind <> "
        "'contact_attempt' AND (o.state IN ('pending', 'conflict') OR (o.state = 'synced' AND o.base_version "
        ">= "
        "l.version)))");
    return { QStringLiteral(
                 "SELECT l.context, l.stage, l.owner_email, l.tier, l.routed_at, l.version, (SELECT "
                 "o.kind FROM outbox o WHERE o.lead_id = l.id AND o.kind <> 'contact_attempt' AND o.state "
                 "IN ('pending', 'conflict') ORDER BY o.seq DESC LIMIT 1) FROM leads l WHERE ")
            + where + QStringLiteral(" ORDER BY l.routed_at, l.id;"),
        QStringLiteral(
            "SELECT a.channel, a.outcome, a.at, a.actor, a.lead_id FROM contact_attempts a JOIN leads "
            "l ON l.id = a.lead_id WHERE ")
            + where + QStringLiteral(" ORDER BY a.at, a.seq;") };
}

Result<BenchOutcome> QueueLoadBench::run(int size)
{
    const Result<PolicySet> policy = PolicyLoader::loadDefaults();
    if (!policy)
        return policy.problems();
    const SlaClock sla(policy->calendars.value(BenchLeads::calendarId()), policy->sla);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("local.sqlite"));
    const QDateTime now = m_clock.nowUtc();
    {
        auto prepared = LocalStore::open(path);
        if (!prepared)
            return prepared.problems();
        if (auto r = BenchLeads::fillLocalStore(**prepared, size, now); !r)
            return r.problems();
    }

    // What opening the queue costs: open the file, read, compute each window, sort, format a screen.
    QElapsedTimer timer;
    timer.start();
    auto local = LocalStore::open(path);
    if (!local)
        return local.problems();
    Result<QList<CachedLead>> queue = (*local)->openQueue();
    if (!queue)
        return queue.problems();
    const qint64 readNs = timer.nsecsElapsed();
    struct Row
    {
        const CachedLead *lead;
        SlaWindow window;
    };
    QList<Row> rows;
    rows.reserve(queue->size());
    for (const CachedLead &c : *queue)
        rows << Row { &c, LeadSla::window(c.lead, sla) };
    std::stable_sort(rows.begin(), rows.end(),
        [](const Row &a, const Row &b) { return a.window.deadlineUtc < b.window.deadlineUtc; });
    QStringList screen;
    for (qsizetype i = 0; i < qMin<qsizetype>(kFirstScreen, rows.size()); ++i) {
        const SlaStatus status = sla.status(rows.at(i).window, now);
        const Lead &l = rows.at(i).lead->lead;
        screen << QStringLiteral("%1 %2 %3 %4 %5")
                      .arg(l.id, l.contact.fullName(), l.account.name, slaStateToString(status.state))
                      .arg(status.remainingSeconds);
    }
    const double oursMs = double(timer.nsecsElapsed()) / 1e6;
    const double readMs = double(readNs) / 1e6;

    QTemporaryDir refDir;
    ReferenceScript script(refDir.filePath(QStringLiteral("queue.sql")));
    if (!script.isOpen())
        return Problem::at(script.path(), {}, tr("cannot write the reference script"));
    for (const QString &q : referenceQueries())
        script.line(q);
    script.close();
    const Result<double> reference = ReferenceCommand::sqlite3(path).time(script.path());
    if (!reference)
        return reference.problems();

    BenchOutcome outcome;
    outcome.work = screen.size() == qMin<qsizetype>(kFirstScreen, size) ? rows.size() : 0;
    const QString count = QLocale::c().toString(size);
    const QString label = tr("sqlite3 SELECT to /dev/null");
    outcome.figures << BenchFigure { name(), tr("load %1 open leads, first screen ready").arg(count), oursMs,
        QStringLiteral("ms"), *reference * 1000, label, 3.0, {} };
    outcome.figures << BenchFigure { name(), tr("  of which LocalStore read"), readMs, QStringLiteral("ms"),
        *reference * 1000, label, {}, {} };
    return outcome;
}

} // namespace sal::core
