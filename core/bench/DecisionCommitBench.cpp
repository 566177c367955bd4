#include "bench/DecisionCommitBench.h"

#include "bench/BenchLeads.h"
#include "bench/LatencySample.h"
#include "bench/ReferenceCommand.h"
#include "bench/ReferenceScript.h"
#include "policy/PolicySet.h"
#include "sla/Clock.h"
#include "store/LocalStore.h"
#include "store/StoreRows.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>

namespace sal::core {

QString DecisionCommitBench::summary() const
{
    return tr("Decision commit: p50/p99 of one durable decision (synchronous=FULL) over N.");
}

Result<BenchOutcome> DecisionCommitBench::run(int size)
{
    const DecisionMaker maker { DispositionValidator(m_policy.reasons) };
    // The files live next to the working folder, not in a RAM disk: a commit must reach the disk.
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/salbench-commit-XXXXXX"));
    const QDateTime now = m_clock.nowUtc();
    auto local = LocalStore::open(dir.filePath(QStringLiteral("local.sqlite")));
    if (!local)
        return local.problems();
    if (auto r = BenchLeads::fillLocalStore(**local, size, now); !r)
        return r.problems();
    Result<QList<CachedLead>> queue = (*local)->openQueue();
    if (!queue)
        return queue.problems();

    Disposition accept;
    accept.kind = DispositionKind::Accept;
    accept.nextStep = NextStepKind::Call;
    accept.nextStepDueUtc = now.addDays(1);
    accept.note = QStringLiteral("Discovery call booked");
    LatencySample ours;
    QElapsedTimer timer;
    QVariantList payloads;
    for (const CachedLead &c : *queue) {
        Result<ValidatedOperation> op
            = maker.decide(LocalStore::stateOf(c), accept, BenchLeads::repEmail(), now);
        if (!op)
            return op.problems();
        timer.start();
        if (auto r = (*local)->record(*op); !r)
            return r.problems();
        ours.add(double(timer.nsecsElapsed()) / 1e6);
        payloads << StoreRows::json(op->operation().payload);
    }
    Result<int> pending = (*local)->pendingCount();
    if (!pending)
        return pending.problems();

    // The reference: one row per transaction, same journal and sync settings, timed per line.
    const QString refDb = dir.filePath(QStringLiteral("reference.sqlite"));
    ReferenceScript script(dir.filePath(QStringLiteral("commit.sql")));
    script.line(QStringLiteral("PRAGMA journal_mode = WAL;"));
    script.line(QStringLiteral("PRAGMA synchronous = FULL;"));
    script.line(QStringLiteral("PRAGMA foreign_keys = ON;"));
    script.line(
        QStringLiteral("CREATE TABLE decision (id TEXT PRIMARY KEY, lead_id TEXT NOT NULL, payload TEXT);"));
    script.line(QStringLiteral(".timer on"));
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        script.line(QStringLiteral("BEGIN IMMEDIATE; INSERT INTO decision VALUES (%1, %2, %3); COMMIT;")
                        .arg(ReferenceScript::literal(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                            ReferenceScript::literal(queue->at(i).lead.id),
                            ReferenceScript::literal(payloads.at(i))));
    }
    script.close();
    const QString timings = dir.filePath(QStringLiteral("timer.txt"));
    const Result<double> total = ReferenceCommand::sqlite3(refDb).time(script.path(), timings);
    if (!total)
        return total.problems();
    LatencySample reference;
    QFile timerFile(timings);
    if (timerFile.open(QIODevice::ReadOnly)) {
        static const QRegularExpression real(QStringLiteral("^Run Time: real ([0-9.]+)"));
        for (const QByteArray &line : timerFile.readAll().split('\n')) {
            if (const QRegularExpressionMatch m = real.match(QString::fromLatin1(line)); m.hasMatch())
                reference.add(m.captured(1).toDouble() * 1000);
        }
    }

    BenchOutcome outcome;
    outcome.work = *pending;
    const QString label = tr("sqlite3 INSERT+COMMIT");
    const double refMean = payloads.isEmpty() ? 0 : *total * 1000 / double(payloads.size());
    outcome.figures << BenchFigure { name(),
        tr("decision commit, mean of %1").arg(QLocale::c().toString(size)), ours.mean(), QStringLiteral("ms"),
        refMean, label, 3.0, {} };
    outcome.figures << BenchFigure { name(), tr("decision commit p50"), ours.percentile(50),
        QStringLiteral("ms"), reference.percentile(50), label, 3.0, {} };
    outcome.figures << BenchFigure { name(), tr("decision commit p99"), ours.percentile(99),
        QStringLiteral("ms"), reference.percentile(99), label, 3.0, {} };
    outcome.notes << tr(
        "commit: the reference's p50/p99 come from sqlite3 .timer, which has 1 ms resolution; its "
        "mean is the script's wall time over N.");
    return outcome;
}

} // namespace sal::core
