#include "bench/PullBench.h"

#include "bench/BenchLeads.h"
#include "bench/ReferenceCommand.h"
#include "bench/ReferenceScript.h"
#include "sla/Clock.h"
#include "store/LeadCodec.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

namespace sal::core {

QString PullBench::summary() const
{
    return tr("Pull: N changed leads into the local store, in the sync engine's batches.");
}

Result<BenchOutcome> PullBench::run(int size)
{
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/salbench-pull-XXXXXX"));
    const QDateTime now = m_clock.nowUtc();
    const QList<LeadSnapshot> snapshots = BenchLeads::snapshots(0, size, now);
    auto local = LocalStore::open(dir.filePath(QStringLiteral("local.sqlite")));
    if (!local)
        return local.problems();
    QElapsedTimer timer;
    timer.start();
    // As SyncEngine::pull does: the round's batches share transactions.
    (*local)->beginPullRound();
    for (qsizetype first = 0; first < snapshots.size(); first += kBatch) {
        ChangeBatch batch;
        batch.upserts = snapshots.mid(first, kBatch);
        batch.nextSequence = first + batch.upserts.size();
        if (auto r = (*local)->applyPull(batch, now); !r)
            return r.problems();
    }
    if (auto r = (*local)->endPullRound(); !r)
        return r.problems();
    const double oursMs = double(timer.nsecsElapsed()) / 1e6;
    Result<QVariant> cached = (*local)->database().scalar(QStringLiteral("SELECT count(*) FROM leads"));
    if (!cached)
        return cached.problems();

    // The same rows into an empty local store of the same schema, by the shell, in one transaction.
    const QString refPath = dir.filePath(QStringLiteral("reference.sqlite"));
    if (auto empty = LocalStore::open(refPath); !empty)
        return empty.problems();
    ReferenceScript script(dir.filePath(QStringLiteral("pull.sql")));
    script.line(QStringLiteral("PRAGMA journal_mode = WAL;"));
    script.line(QStringLiteral("PRAGMA synchronous = FULL;"));
    script.line(QStringLiteral("PRAGMA foreign_keys = ON;"));
    script.line(QStringLiteral("BEGIN IMMEDIATE;"));
    const QString cachedAt = LeadCodec::isoUtc(now);
    for (const LeadSnapshot &s : snapshots) {
        const Lead &l = s.lead;
        script.insert(
            QStringLiteral("leads (id, stage, owner_email, team_id, tier, routed_at, company, contact_name, "
                           "score, version, context, cached_at)"),
            { l.id, stageToString(l.stage), l.ownerEmail, l.teamId, l.tier, LeadCodec::isoUtc(l.routedAt),
                l.account.name, l.contact.fullName(), l.score.total(), s.version,
                QString::fromUtf8(LeadCodec::toJsonText(l)), cachedAt });
        int seq = 0;
        for (const StageEvent &e : s.events)
            script.insert(
                QStringLiteral("events (lead_id, seq, kind, from_stage, to_stage, at, actor, reason)"),
                { l.id, ++seq, eventKindToString(e.kind), stageToString(e.from), stageToString(e.to),
                    LeadCodec::isoUtc(e.at), e.actor, e.reason });
    }
    script.line(QStringLiteral("COMMIT;"));
    script.close();
    const Result<double> reference = ReferenceCommand::sqlite3(refPath).time(script.path());
    if (!reference)
        return reference.problems();

    BenchOutcome outcome;
    outcome.work = cached->toLongLong();
    outcome.figures << BenchFigure { name(),
        tr("pull %1 leads (batches of %2)").arg(QLocale::c().toString(size)).arg(kBatch), oursMs,
        QStringLiteral("ms"), *reference * 1000, tr("sqlite3, one transaction"), 3.0, {} };
    return outcome;
}

} // namespace sal::core
