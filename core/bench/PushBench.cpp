#include "bench/PushBench.h"

#include "bench/BenchLeads.h"
#include "bench/ReferenceCommand.h"
#include "bench/ScratchPgCluster.h"
#include "io/CsvWriter.h"
#include "policy/PolicySet.h"
#include "sla/Clock.h"
#include "store/LeadCodec.h"
#include "store/LocalStore.h"
#include "store/PgTeamStore.h"
#include "store/StoreRows.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

namespace sal::core {

namespace {
const QString kDatabase = QStringLiteral("salbench");
const QString kPassword = QStringLiteral("bench-only-password");

Result<bool> seedTeam(PgTeamStore &admin, int size, const QDateTime &now)
{
    Result<bool> ok = admin.putTeam(
        Team { BenchLeads::teamId(), QStringLiteral("North America"), {}, BenchLeads::calendarId(), false });
    if (ok)
        ok = admin.putPerson(Rep { BenchLeads::repEmail(), QStringLiteral("Ana Bench"), BenchLeads::teamId(),
            Role::Rep, {}, 25, true, false });
    if (ok)
        ok = admin.putLogin(BenchLeads::repEmail(), Role::Rep, kPassword);
    if (!ok)
        return ok;
    if (auto r = admin.beginBulk(); !r)
        return r;
    for (const LeadSnapshot &s : BenchLeads::snapshots(0, size, now)) {
        if (auto r = admin.putLead(s.lead, s.events); !r) {
            admin.rollbackBulk();
            return r;
        }
    }
    return admin.commitBulk();
}
} // namespace

QString PushBench::summary() const
{
    return tr("Push: N pending decisions to PostgreSQL (a throw-away local cluster).");
}

Result<BenchOutcome> PushBench::run(int size)
{
    const DispositionValidator validator(m_policy.reasons);
    const QDateTime now = m_clock.nowUtc();
    ScratchPgCluster cluster;
    QString error;
    if (!cluster.startWithDatabase(kDatabase, &error))
        return Problem::at(QStringLiteral("postgresql"), {}, error);
    cluster.addPassword(BenchLeads::repEmail(), kPassword);
    const auto info
        = [&](const QString &user) { return PgConnectionInfo::parse(cluster.address(kDatabase, user)); };
    {
        auto admin = PgTeamStore::open(
            info(QStringLiteral("postgres")).value(), validator, PgTeamStore::Schema::Upgrade);
        if (!admin)
            return admin.problems();
        if (auto r = seedTeam(**admin, size, now); !r)
            return r.problems();
    }

    // The rep's device: the same leads cached, a decision recorded on each (fsync off: preparation).
    QTemporaryDir dir;
    auto local = LocalStore::open(dir.filePath(QStringLiteral("local.sqlite")));
    if (!local)
        return local.problems();
    if (auto r = BenchLeads::fillLocalStore(**local, size, now); !r)
        return r.problems();
    Result<QList<CachedLead>> queue = (*local)->openQueue();
    if (!queue)
        return queue.problems();
    const DecisionMaker maker(validator);
    Disposition accept;
    accept.kind = DispositionKind::Accept;
    accept.nextStep = NextStepKind::Meeting;
    accept.nextStepDueUtc = now.addDays(2);
    accept.note = QStringLiteral("Demo booked with the team");
    (void)(*local)->database().exec(QStringLiteral("PRAGMA synchronous = OFF"));
    for (const CachedLead &c : *queue) {
        Result<ValidatedOperation> op
            = maker.decide(LocalStore::stateOf(c), accept, BenchLeads::repEmail(), now);
        if (!op)
            return op.problems();
        if (auto r = (*local)->record(*op); !r)
            return r.problems();
    }
    (void)(*local)->database().exec(QStringLiteral("PRAGMA synchronous = FULL"));
    Result<QList<Operation>> pending = (*local)->pendingOperations(size);
    if (!pending)
        return pending.problems();

    auto rep = PgTeamStore::open(info(BenchLeads::repEmail()).value(), validator);
    if (!rep)
        return rep.problems();
    SyncEngine engine(**local, **rep, m_clock, BenchLeads::repEmail(), m_batch);
    const SqlDatabase::Traffic before = (*rep)->database().traffic();
    QElapsedTimer timer;
    timer.start();
    Result<SyncReport> pushed = engine.push();
    const double oursMs = double(timer.nsecsElapsed()) / 1e6;
    if (!pushed)
        return pushed.problems();
    const qint64 roundTrips = (*rep)->database().traffic().roundTrips() - before.roundTrips();
    const double inDriverMs = double((*rep)->database().traffic().inDriverNs - before.inDriverNs) / 1e6;

    // The reference: the same operation rows, COPYed by psql into a table without indexes; the rows
    // follow the COPY in the script, and psql's own timing leaves out starting and connecting.
    if (!cluster.psql(kDatabase, QStringLiteral("postgres"),
            QStringLiteral("CREATE TABLE copy_reference (id text, lead_id text, kind text, actor text, "
                           "base_version integer, decided_at text, payload text, snapshot text)"),
            &error))
        return Problem::at(QStringLiteral("postgresql"), {}, error);
    QFile script(dir.filePath(QStringLiteral("copy.sql")));
    if (!script.open(QIODevice::WriteOnly))
        return Problem::at(script.fileName(), {}, tr("cannot write the reference script"));
    script.write("\\timing on\nCOPY copy_reference FROM STDIN WITH (FORMAT csv);\n");
    for (const Operation &op : *pending)
        script.write(CsvWriter::line({ op.id, op.leadId, operationKindToString(op.kind), op.actor,
            QString::number(op.baseVersion), LeadCodec::isoUtc(op.decidedAtUtc), StoreRows::json(op.payload),
            StoreRows::json(op.snapshot) }));
    script.write("\\.\r\n"); // the rows end in CRLF, and so must the end marker
    script.close();
    const Result<double> reference
        = ReferenceCommand::psql(cluster, kDatabase).timeReported(script.fileName());
    if (!reference)
        return reference.problems();
    const std::optional<QString> copied = cluster.psql(
        kDatabase, QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM copy_reference"));
    if (!copied || copied->toInt() != pending->size())
        return Problem::at(
            QStringLiteral("postgresql"), {}, tr("the reference COPY did not store every row"));

    BenchOutcome outcome;
    outcome.work = pushed->applied;
    const int batches = (size + m_batch - 1) / m_batch;
    const QString batch = QLocale::c().toString(m_batch);
    outcome.figures << BenchFigure { name(),
        tr("push %1 decisions, batches of %2").arg(QLocale::c().toString(size), batch), oursMs,
        QStringLiteral("ms"), *reference * 1000, tr("psql COPY"), 2.0, {} };
    outcome.figures << BenchFigure { name(), tr("of which in team store statements (driver + server)"),
        inDriverMs, QStringLiteral("ms"), {}, {}, {}, {} };
    outcome.figures << BenchFigure { name(), tr("round trips per batch of %1").arg(batch),
        double(roundTrips) / double(qMax(1, batches)), QString(), {}, {}, {}, {} };
    return outcome;
}

} // namespace sal::core
