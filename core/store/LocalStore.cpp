#include "store/LocalStore.h"

#include "lifecycle/LeadLifecycle.h"
#include "store/LeadCodec.h"
#include "store/LocalStoreSchema.h"
#include "store/StoreRows.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>

namespace sal::core {

namespace {

QString iso(const QDateTime &t)
{
    return LeadCodec::isoUtc(t);
}

// A decision of this device still hides the lead from the open queue while it is pending, in
// conflict, or synced but not yet reflected by a newer version from the team store.
const QString kHiddenByDecision = QStringLiteral(
    "EXISTS (SELECT 1 FROM outbox o WHERE o.lead_id = l.id AND o.kind <> 'contact_attempt' AND "
    "(o.state IN ('pending', 'conflict') OR (o.state = 'synced' AND o.base_version >= l.version)))");

// The operation kind of this device's newest undelivered decision on the lead, if any.
const QString kPendingDecision
    = QStringLiteral("(SELECT o.kind FROM outbox o WHERE o.lead_id = l.id AND o.kind <> 'contact_attempt' "
                     "AND o.state IN ('pending', 'conflict') ORDER BY o.seq DESC LIMIT 1)");

const QString kOpenQueue = QStringLiteral("l.stage = 'mql' AND NOT ") + kHiddenByDecision;

// One copy of each repeated text read from many rows.
class SharedTexts
{
public:
    QString shared(const QVariant &value)
    {
        if (value.isNull())
            return {};
        const QString text = value.toString();
        const auto it = m_texts.constFind(text);
        if (it != m_texts.cend())
            return *it;
        m_texts.insert(text, text);
        return text;
    }

private:
    QHash<QString, QString> m_texts;
};

} // namespace

QString LocalStore::defaultPath(const QString &userEmail)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    QString safe = userEmail.toLower();
    safe.replace(QRegularExpression(QStringLiteral("[^a-z0-9@._-]")), QStringLiteral("_"));
    return QDir(dir).filePath(safe + QStringLiteral(".sqlite"));
}

Result<std::unique_ptr<LocalStore>> LocalStore::open(const QString &path)
{
    std::unique_ptr<LocalStore> store(new LocalStore());
    if (auto r = store->m_db.open(path); !r)
        return r.problems();
    if (auto r = localStoreMigrator().migrate(store->m_db); !r)
        return r.problems();
    return store;
}

// ---- the cache --------------------------------------------------------------------------------

Result<qint64> LocalStore::checkpoint()
{
    Result<QVariant> v = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'checkpoint'"));
    if (!v)
        return v.problems();
    return v->toLongLong();
}

Result<bool> LocalStore::replaceLead(const LeadSnapshot &s, const QDateTime &nowUtc)
{
    const Lead &l = s.lead;
    const Account &account = l.account;
    const auto optional = [](const auto &value) { return value ? QVariant(*value) : QVariant(); };
    if (auto r = m_db.run(
            QStringLiteral(
                "INSERT INTO leads (id, stage, owner_email, team_id, tier, routed_at, company, "
                "contact_name, score, version, context, cached_at, mql_at, contact_title, source, "
                "campaign, industry, region, country, employees, annual_revenue) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET "
                "stage = excluded.stage, owner_email = excluded.owner_email, team_id = excluded.team_id, "
                "tier = excluded.tier, routed_at = excluded.routed_at, company = excluded.company, "
                "contact_name = excluded.contact_name, score = excluded.score, "
                "version = excluded.version, context = excluded.context, cached_at = excluded.cached_at, "
                "mql_at = excluded.mql_at, contact_title = excluded.contact_title, "
                "source = excluded.source, campaign = excluded.campaign, industry = excluded.industry, "
                "region = excluded.region, country = excluded.country, employees = excluded.employees, "
                "annual_revenue = excluded.annual_revenue"),
            { l.id, stageToString(l.stage), l.ownerEmail, l.teamId, l.tier, iso(l.routedAt), account.name,
                l.contact.fullName(), l.score.total(), s.version, QString::fromUtf8(LeadCodec::toJsonText(l)),
                iso(nowUtc), iso(l.mqlAt), l.contact.title, l.source, l.campaign, account.industry,
                account.region, account.country, optional(account.employees),
                optional(account.annualRevenue) });
        !r)
        return r.problems();
    // The team store's history replaces ours, except what this device still has to deliver.
    const QString keepLocal
        = QStringLiteral("lead_id = ? AND (operation_id IS NULL OR operation_id NOT IN "
                         "(SELECT operation_id FROM outbox WHERE state IN ('pending', 'conflict')))");
    if (auto r = m_db.run(QStringLiteral("DELETE FROM events WHERE ") + keepLocal, { l.id }); !r)
        return r.problems();
    if (auto r = m_db.run(QStringLiteral("DELETE FROM contact_attempts WHERE ") + keepLocal, { l.id }); !r)
        return r.problems();
    qint64 seq = 0;
    for (const StageEvent &e : s.events) {
        if (auto r
            = m_db.run(QStringLiteral(
                           "INSERT INTO events (lead_id, seq, kind, from_stage, to_stage, at, actor, reason) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''))"),
                { l.id, ++seq, eventKindToString(e.kind), stageToString(e.from), stageToString(e.to),
                    iso(e.at), e.actor, e.reason });
            !r)
            return r.problems();
    }
    seq = 0;
    for (const ContactAttempt &a : s.attempts) {
        if (auto r = m_db.run(
                QStringLiteral("INSERT INTO contact_attempts (lead_id, seq, channel, outcome, at, actor) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                { l.id, ++seq, contactChannelToString(a.channel), a.outcome, iso(a.at), a.actor });
            !r)
            return r.problems();
    }
    return true;
}

Result<bool> LocalStore::applyPull(const ChangeBatch &batch, const QDateTime &nowUtc)
{
    if (!m_pullRound) {
        Transaction tx(m_db);
        if (!tx.started())
            return tx.started().problems();
        if (auto r = writePull(batch, nowUtc); !r)
            return r;
        return tx.commit();
    }
    if (!m_pullTransaction) {
        if (auto r = m_db.begin(); !r)
            return r;
        m_pullTransaction.emplace();
        m_pullTransaction->start();
    }
    if (auto r = writePull(batch, nowUtc); !r) {
        m_db.rollback();
        m_pullTransaction.reset();
        m_pullRound = false;
        return r;
    }
    if (m_pullTransaction->elapsed() < kPullCommitMs)
        return true;
    m_pullTransaction.reset();
    return m_db.commit();
}

Result<bool> LocalStore::endPullRound()
{
    m_pullRound = false;
    if (!m_pullTransaction)
        return true;
    m_pullTransaction.reset();
    return m_db.commit();
}

Result<bool> LocalStore::writePull(const ChangeBatch &batch, const QDateTime &nowUtc)
{
    for (const LeadSnapshot &s : batch.upserts) {
        if (auto r = replaceLead(s, nowUtc); !r)
            return r;
    }
    for (const QString &id : batch.removedLeadIds) {
        // A lead taken away while this device holds an undelivered decision stays cached: the push
        // will meet the conflict and the rep must see it.
        Result<QVariant> held = m_db.scalar(
            QStringLiteral(
                "SELECT count(*) FROM outbox WHERE lead_id = ? AND state IN ('pending', 'conflict')"),
            { id });
        if (!held)
            return held.problems();
        if (held->toInt() > 0)
            continue;
        if (auto r = m_db.run(QStringLiteral("DELETE FROM leads WHERE id = ?"), { id }); !r)
            return r.problems();
    }
    if (auto r = m_db.run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('checkpoint', ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            { QString::number(batch.nextSequence) });
        !r)
        return r.problems();
    if (auto r = m_db.run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('last_pull', ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            { iso(nowUtc) });
        !r)
        return r.problems();
    return true;
}

Result<QList<ContactAttempt>> LocalStore::attempts(const QString &leadId)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral(
            "SELECT channel, outcome, at, actor FROM contact_attempts WHERE lead_id = ? ORDER BY at, seq"),
        { leadId });
    if (!q)
        return q.problems();
    QList<ContactAttempt> list;
    while (q.value().next())
        list << StoreRows::attempt(q.value(), leadId);
    return list;
}

Result<bool> LocalStore::eachLead(
    const QString &where, const QVariantList &binds, const std::function<void(CachedLead &&)> &visit)
{
    return m_db.each(
        QStringLiteral("SELECT l.context, l.stage, l.owner_email, l.tier, l.routed_at, l.version, ")
            + kPendingDecision + QStringLiteral(" FROM leads l WHERE ") + where
            + QStringLiteral(" ORDER BY l.routed_at, l.id"),
        binds, [&](const QSqlQuery &q) {
            CachedLead c;
            c.lead = LeadCodec::fromJson(StoreRows::object(q.value(0).toString()));
            // The columns are the truth where sync changed them without a new context.
            c.lead.stage = stageFromString(q.value(1).toString()).value_or(Stage::Mql);
            c.lead.ownerEmail = q.value(2).toString();
            c.lead.tier = q.value(3).toString();
            c.lead.routedAt = LeadCodec::parseUtc(q.value(4).toString());
            c.version = q.value(5).toInt();
            c.pendingDecision = q.value(6).toString();
            visit(std::move(c));
        });
}

Result<QList<CachedLead>> LocalStore::readLeads(const QString &where, const QVariantList &binds)
{
    QList<CachedLead> list;
    if (auto r = eachLead(where, binds, [&](CachedLead &&c) { list << std::move(c); }); !r)
        return r.problems();
    // Attempts in one second query for all of them (not one per lead: queues can be long).
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < list.size(); ++i)
        index.insert(list.at(i).lead.id, i);
    if (auto r = m_db.each(
            QStringLiteral("SELECT a.channel, a.outcome, a.at, a.actor, a.lead_id FROM contact_attempts a "
                           "JOIN leads l ON l.id = a.lead_id WHERE ")
                + where + QStringLiteral(" ORDER BY a.at, a.seq"),
            binds,
            [&](const QSqlQuery &q) {
                const QString leadId = q.value(4).toString();
                if (const auto it = index.constFind(leadId); it != index.cend())
                    list[*it].attempts << StoreRows::attempt(q, leadId);
            });
        !r)
        return r.problems();
    return list;
}

Result<QList<CachedLead>> LocalStore::openQueue()
{
    return readLeads(kOpenQueue, {});
}

QString LocalStore::openQueueSummarySql()
{
    return QStringLiteral("SELECT l.id, l.stage, l.owner_email, l.tier, l.routed_at, l.mql_at, l.company, "
                          "l.contact_name, "
                          "l.contact_title, l.source, l.campaign, l.score, l.industry, l.region, l.country, "
                          "l.employees, "
                          "l.annual_revenue, l.version, ")
        + kPendingDecision
        + QStringLiteral(
            ", (SELECT count(*) FROM contact_attempts a WHERE a.lead_id = l.id) FROM leads l WHERE ")
        + kOpenQueue + QStringLiteral(" ORDER BY l.routed_at, l.id");
}

Result<QList<LeadSummary>> LocalStore::openQueueSummaries()
{
    QList<LeadSummary> list;
    // Owners, tiers, sources, campaigns and firmographics repeat across thousands of leads: rows
    // share one copy of each text (QString is implicitly shared) instead of holding their own.
    SharedTexts texts;
    if (auto r = m_db.each(openQueueSummarySql(), {},
            [&](const QSqlQuery &q) {
                LeadSummary s;
                s.id = q.value(0).toString();
                s.stage = stageFromString(q.value(1).toString()).value_or(Stage::Mql);
                s.ownerEmail = texts.shared(q.value(2));
                s.tier = texts.shared(q.value(3));
                s.routedAt = LeadCodec::parseUtc(q.value(4).toString());
                s.mqlAt = LeadCodec::parseUtc(q.value(5).toString());
                s.company = texts.shared(q.value(6));
                s.contactName = q.value(7).toString();
                s.contactTitle = texts.shared(q.value(8));
                s.source = texts.shared(q.value(9));
                s.campaign = texts.shared(q.value(10));
                s.score = q.value(11).toInt();
                s.industry = texts.shared(q.value(12));
                s.region = texts.shared(q.value(13));
                s.country = texts.shared(q.value(14));
                if (!q.value(15).isNull())
                    s.employees = q.value(15).toInt();
                if (!q.value(16).isNull())
                    s.annualRevenue = q.value(16).toLongLong();
                s.version = q.value(17).toInt();
                s.pendingDecision = q.value(18).toString();
                s.attempts = q.value(19).toInt();
                list << std::move(s);
            });
        !r)
        return r.problems();
    return list;
}

Result<bool> LocalStore::eachOpenLead(const std::function<void(const CachedLead &)> &visit)
{
    return eachLead(kOpenQueue, {}, [&](CachedLead &&c) { visit(c); });
}

Result<QList<CachedLead>> LocalStore::readLeadsIn(const QStringList &leadIds, const QString &where)
{
    QList<CachedLead> found;
    // In slices: SQLite limits the number of bound parameters of one statement.
    constexpr qsizetype kSlice = 500;
    for (qsizetype first = 0; first < leadIds.size(); first += kSlice) {
        const QStringList slice = leadIds.mid(first, kSlice);
        QStringList marks(slice.size(), QStringLiteral("?"));
        const QVariantList binds(slice.cbegin(), slice.cend());
        Result<QList<CachedLead>> part
            = readLeads(QStringLiteral("l.id IN (%1)").arg(marks.join(QLatin1Char(','))) + where, binds);
        if (!part)
            return part.problems();
        found << std::move(part).value();
    }
    return found;
}

Result<QList<CachedLead>> LocalStore::openQueue(const QStringList &leadIds)
{
    // "+l.stage": look the ids up by key; the stage index would scan the whole queue.
    return readLeadsIn(leadIds, QStringLiteral(" AND +l.stage = 'mql' AND NOT ") + kHiddenByDecision);
}

Result<QList<CachedLead>> LocalStore::leads(const QStringList &leadIds)
{
    return readLeadsIn(leadIds, {});
}

Result<QList<CachedLead>> LocalStore::acceptedLeads()
{
    return readLeads(QStringLiteral("l.stage = 'sal'"), {});
}

Result<QList<CachedLead>> LocalStore::leads()
{
    return readLeads(QStringLiteral("1 = 1"), {});
}

Result<std::optional<CachedLead>> LocalStore::lead(const QString &leadId)
{
    Result<QList<CachedLead>> found = readLeads(QStringLiteral("l.id = ?"), { leadId });
    if (!found)
        return found.problems();
    if (found->isEmpty())
        return std::optional<CachedLead>();
    return std::optional<CachedLead>(found->constFirst());
}

Result<QList<StageEvent>> LocalStore::events(const QString &leadId)
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT kind, from_stage, to_stage, at, actor, reason "
                                                   "FROM events WHERE lead_id = ? ORDER BY seq"),
        { leadId });
    if (!q)
        return q.problems();
    QList<StageEvent> list;
    while (q.value().next())
        list << StoreRows::stageEvent(q.value(), leadId);
    return list;
}

Result<LeadState> LocalStore::leadState(const QString &leadId, const QString &actor)
{
    Result<std::optional<CachedLead>> found = lead(leadId);
    if (!found)
        return found.problems();
    if (!found->has_value())
        return Problem::forField(
            QStringLiteral("lead"), tr("Lead %1 is not in %2's queue.").arg(leadId, actor));
    return stateOf(**found);
}

LeadState LocalStore::stateOf(const CachedLead &c)
{
    LeadState state { c.lead.id, c.lead.stage, c.version, c.lead.ownerEmail, c.attempts };
    // A decision made here and not yet confirmed already moved the lead on, as far as this rep is concerned.
    if (const auto kind = operationKindFromString(c.pendingDecision))
        state.stage = LeadLifecycle::target(c.lead.stage, eventKindFor(*kind)).value_or(state.stage);
    return state;
}

Result<QList<LocalStore::LeadEvent>> LocalStore::recentEvents(const QList<EventKind> &kinds, int limit)
{
    if (kinds.isEmpty())
        return QList<LeadEvent>();
    // One placeholder per kind; the values are bound, never spliced into the statement.
    QStringList marks;
    QVariantList binds;
    for (EventKind k : kinds) {
        marks << QStringLiteral("?");
        binds << eventKindToString(k);
    }
    binds << limit;
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT e.kind, e.from_stage, e.to_stage, e.at, e.actor, e.reason, e.lead_id, "
                       "l.company, l.owner_email FROM events e JOIN leads l ON l.id = e.lead_id "
                       "WHERE e.kind IN (")
            + marks.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY e.at DESC, e.seq DESC LIMIT ?"),
        binds);
    if (!q)
        return q.problems();
    QList<LeadEvent> list;
    while (q.value().next())
        list << LeadEvent { StoreRows::stageEvent(q.value(), q.value().value(6).toString()),
            q.value().value(7).toString(), q.value().value(8).toString() };
    return list;
}

Result<QString> LocalStore::meta(const QString &key)
{
    Result<QVariant> v = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), { key });
    if (!v)
        return v.problems();
    return v->toString();
}

Result<bool> LocalStore::setMeta(const QString &key, const QString &value)
{
    if (auto r = m_db.run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            { key, value });
        !r)
        return r.problems();
    return true;
}

Result<bool> LocalStore::checkpointWal()
{
    if (auto r = m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r)
        return r.problems();
    return true;
}

} // namespace sal::core
