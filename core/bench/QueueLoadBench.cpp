#include "bench/QueueLoadBench.h"

#include "bench/BenchLeads.h"
#include "bench/ReferenceCommand.h"
#include "bench/ReferenceScript.h"
#include "policy/PolicySet.h"
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
    // The very statement the queue runs: the same columns of the same rows.
    return { LocalStore::openQueueSummarySql() + QLatin1Char(';') };
}

Result<BenchOutcome> QueueLoadBench::run(int size)
{
    const SlaClock sla(m_policy.calendars.value(BenchLeads::calendarId()), m_policy.sla);
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
    Result<QList<LeadSummary>> queue = (*local)->openQueueSummaries();
    if (!queue)
        return queue.problems();
    const qint64 readNs = timer.nsecsElapsed();
    struct Row
    {
        const LeadSummary *lead;
        SlaWindow window;
    };
    QList<Row> rows;
    rows.reserve(queue->size());
    for (const LeadSummary &s : *queue)
        rows << Row { &s, LeadSla::window(s.tier, s.routedAt, s.mqlAt, sla) };
    std::stable_sort(rows.begin(), rows.end(),
        [](const Row &a, const Row &b) { return a.window.deadlineUtc < b.window.deadlineUtc; });
    QStringList screen;
    for (qsizetype i = 0; i < qMin<qsizetype>(kFirstScreen, rows.size()); ++i) {
        const SlaStatus status = sla.status(rows.at(i).window, now);
        const LeadSummary &l = *rows.at(i).lead;
        screen << QStringLiteral("%1 %2 %3 %4 %5")
                      .arg(l.id, l.contactName, l.company, slaStateToString(status.state))
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
