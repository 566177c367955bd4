#include "store/SqlTeamStore.h"

#include "disposition/DispositionCodec.h"
#include "lifecycle/LeadLifecycle.h"
#include "store/JsonRecordSet.h"
#include "store/LeadCodec.h"
#include "store/PushBatch.h"
#include "store/StoreRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

namespace sal::core {

namespace {
QString iso(const QDateTime &t)
{
    return LeadCodec::isoUtc(t);
}

} // namespace

SqlTeamStore::SqlTeamStore(DispositionValidator validator)
    : m_maker(std::move(validator))
{ }

Result<bool> SqlTeamStore::beginRead()
{
    if (auto r = m_db.exec(QStringLiteral("BEGIN")); !r)
        return r.problems();
    return true;
}

template<typename Work> Result<bool> SqlTeamStore::write(Work work)
{
    if (m_inBulk)
        return work();
    if (Result<bool> begun = beginWrite(); !begun)
        return begun;
    if (Result<bool> r = work(); !r) {
        m_db.rollback();
        return r.problems();
    }
    return m_db.commit();
}

Result<bool> SqlTeamStore::writeOne(const QString &sql, const QVariantList &binds)
{
    return write([&]() -> Result<bool> {
        if (auto r = m_db.run(sql, binds); !r)
            return r.problems();
        return true;
    });
}

Result<bool> SqlTeamStore::beginBulk()
{
    Result<bool> r = beginWrite();
    m_inBulk = r.ok();
    return r;
}

Result<bool> SqlTeamStore::commitBulk()
{
    m_inBulk = false;
    return m_db.commit();
}

void SqlTeamStore::rollbackBulk()
{
    m_inBulk = false;
    m_db.rollback();
}

// ---- push ------------------------------------------------------------------------------------

Result<QList<OperationResult>> SqlTeamStore::push(
    const QList<Operation> &operations, const QDateTime &receivedAtUtc)
{
    QList<OperationResult> results;
    // One transaction for the batch (or the open bulk one), applied set-based (PushBatch): a few
    // statements per batch, not several per operation, and a failure leaves nothing half-applied.
    Result<bool> written = write([&]() -> Result<bool> {
        PushBatch batch(
            m_db, m_maker, [this](const QList<Operation> &unseen) { return takenAwayOwners(unseen); });
        Result<QList<OperationResult>> r = batch.apply(operations, receivedAtUtc);
        if (!r)
            return r.problems();
        results = *r;
        return true;
    });
    if (!written)
        return written.problems();
    return results;
}

// ---- pull ------------------------------------------------------------------------------------

Result<ChangeBatch> SqlTeamStore::pull(const QString &userEmail, qint64 sinceSequence, int limit)
{
    Result<std::optional<Rep>> who = person(userEmail);
    if (!who)
        return who.problems();
    const QString managedTeam
        = who->has_value() && (*who)->role == Role::Manager ? (*who)->teamId : QString();

    // One read transaction so the changes and the lead rows they point at are one snapshot.
    if (auto r = beginRead(); !r)
        return r.problems();
    struct Rollback
    {
        SqlDatabase &db;
        ~Rollback() { db.rollback(); }
    } endRead { m_db };

    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral(
            "SELECT seq, lead_id FROM changes WHERE seq > ? AND (owner_email = ? OR previous_owner = ? "
            "OR (? <> '' AND team_id = ?)) ORDER BY seq LIMIT ?"),
        { sinceSequence, userEmail, userEmail, managedTeam, managedTeam, limit + 1 });
    if (!q)
        return q.problems();
    ChangeBatch batch;
    batch.nextSequence = sinceSequence;
    QStringList leadIds;
    int count = 0;
    while (q.value().next()) {
        if (++count > limit) {
            batch.more = true;
            break;
        }
        batch.nextSequence = q.value().value(0).toLongLong();
        const QString id = q.value().value(1).toString();
        if (!leadIds.contains(id))
            leadIds << id;
    }
    for (const QString &id : leadIds) {
        Result<std::optional<LeadSnapshot>> snapshot = lead(id);
        if (!snapshot)
            return snapshot.problems();
        const bool visible = snapshot->has_value()
            && ((*snapshot)->lead.ownerEmail == userEmail
                || (!managedTeam.isEmpty() && (*snapshot)->lead.teamId == managedTeam));
        if (visible)
            batch.upserts << **snapshot;
        else
            batch.removedLeadIds << id;
    }
    return batch;
}

// ---- reads -----------------------------------------------------------------------------------

Result<std::optional<LeadRow>> SqlTeamStore::leadRow(const QString &leadId)
{
    std::optional<LeadRow> found;
    if (auto r = m_db.each(
            QStringLiteral("SELECT stage, owner_email, team_id, version FROM leads WHERE id = ?"), { leadId },
            [&](const QSqlQuery &q) {
                LeadRow row;
                row.stage = stageFromString(q.value(0).toString()).value_or(Stage::Mql);
                row.owner = q.value(1).toString();
                row.teamId = q.value(2).toString();
                row.version = q.value(3).toInt();
                found = row;
            });
        !r)
        return r.problems();
    return found;
}

Result<QList<ContactAttempt>> SqlTeamStore::attempts(const QString &leadId)
{
    QList<ContactAttempt> list;
    if (auto r = m_db.each(QStringLiteral("SELECT channel, outcome, at, rep_email FROM contact_attempts "
                                          "WHERE lead_id = ? ORDER BY at, operation_id"),
            { leadId }, [&](const QSqlQuery &q) { list << StoreRows::attempt(q, leadId); });
        !r)
        return r.problems();
    return list;
}

Result<std::optional<LeadSnapshot>> SqlTeamStore::lead(const QString &leadId)
{
    // Prepared once per connection (each()): import and pull read many leads one by one.
    std::optional<LeadSnapshot> found;
    if (auto r = m_db.each(QStringLiteral("SELECT context, stage, owner_email, team_id, tier, routed_at, "
                                          "version FROM leads WHERE id = ?"),
            { leadId },
            [&](const QSqlQuery &q) {
                LeadSnapshot snapshot;
                snapshot.lead = LeadCodec::fromJson(StoreRows::object(q.value(0).toString()));
                // The columns are the truth for what changes after creation; the document for the context.
                snapshot.lead.stage = stageFromString(q.value(1).toString()).value_or(Stage::Mql);
                snapshot.lead.ownerEmail = q.value(2).toString();
                snapshot.lead.teamId = q.value(3).toString();
                snapshot.lead.tier = q.value(4).toString();
                snapshot.lead.routedAt = LeadCodec::parseUtc(q.value(5).toString());
                snapshot.version = q.value(6).toInt();
                found = snapshot;
            });
        !r)
        return r.problems();
    if (!found)
        return found;
    Result<QList<ContactAttempt>> a = attempts(leadId);
    if (!a)
        return a.problems();
    found->attempts = *a;
    Result<QList<StageEvent>> e = events(leadId);
    if (!e)
        return e.problems();
    found->events = *e;
    return found;
}

Result<QList<StageEvent>> SqlTeamStore::events(const QString &leadId)
{
    QList<StageEvent> list;
    if (auto r = m_db.each(QStringLiteral("SELECT kind, from_stage, to_stage, at, actor, reason FROM events "
                                          "WHERE lead_id = ? ORDER BY id"),
            { leadId }, [&](const QSqlQuery &q) { list << StoreRows::stageEvent(q, leadId); });
        !r)
        return r.problems();
    return list;
}

Result<QList<Rep>> SqlTeamStore::people()
{
    Result<QSqlQuery> q
        = m_db.exec(QStringLiteral("SELECT email, name, team_id, role, territory_id, daily_capacity, active, "
                                   "partner FROM people ORDER BY team_id, role DESC, name"));
    if (!q)
        return q.problems();
    QList<Rep> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        list << Rep { r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
            roleFromString(r.value(3).toString()).value_or(Role::Rep), r.value(4).toString(),
            r.value(5).toInt(), r.value(6).toBool(), r.value(7).toBool() };
    }
    return list;
}

Result<std::optional<Rep>> SqlTeamStore::person(const QString &email)
{
    Result<QList<Rep>> all = people();
    if (!all)
        return all.problems();
    for (const Rep &r : *all) {
        if (r.email.compare(email, Qt::CaseInsensitive) == 0)
            return std::optional<Rep>(r);
    }
    return std::optional<Rep>();
}

Result<QList<Team>> SqlTeamStore::teams()
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral(
        "SELECT id, name, manager_email, calendar_id, channel_partner FROM teams ORDER BY id"));
    if (!q)
        return q.problems();
    QList<Team> list;
    while (q.value().next())
        list << Team { q.value().value(0).toString(), q.value().value(1).toString(),
            q.value().value(2).toString(), q.value().value(3).toString(), q.value().value(4).toBool() };
    return list;
}

Result<QList<Territory>> SqlTeamStore::territories()
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT id, name, region, segment, countries FROM territories ORDER BY id"));
    if (!q)
        return q.problems();
    QList<Territory> list;
    while (q.value().next())
        list << Territory { q.value().value(0).toString(), q.value().value(1).toString(),
            q.value().value(2).toString(), q.value().value(3).toString(),
            q.value().value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts) };
    return list;
}

// ---- import and export -----------------------------------------------------------------------

Result<QStringList> SqlTeamStore::findLeadIds(const QString &externalId, const QString &email)
{
    // Each half uses an index (migration 2 of each backend): external_id, and lower(contact_email).
    const QString byId = QStringLiteral("SELECT id FROM leads WHERE external_id = ?");
    const QString byEmail = QStringLiteral("SELECT id FROM leads WHERE lower(contact_email) = ?");
    QString sql;
    QVariantList binds;
    if (!externalId.isEmpty()) {
        sql = byId;
        binds << externalId;
    }
    if (!email.isEmpty()) {
        sql = sql.isEmpty() ? byEmail : sql + QStringLiteral(" UNION ") + byEmail;
        binds << email.toLower();
    }
    if (sql.isEmpty())
        return QStringList();
    // One of three statements, prepared once per connection: an import asks this for every row.
    QStringList ids;
    if (auto r = m_db.each(sql + QStringLiteral(" ORDER BY 1"), binds,
            [&](const QSqlQuery &q) { ids << q.value(0).toString(); });
        !r)
        return r.problems();
    return ids;
}

Result<QStringList> SqlTeamStore::customerDomains()
{
    // The context is a JSON document in both engines' text column; LIKE narrows the scan portably
    // and the codec reads the domain.
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT context FROM leads WHERE context LIKE '%\"existing_customer\":true%'"));
    if (!q)
        return q.problems();
    QSet<QString> domains;
    while (q.value().next()) {
        const Lead lead = LeadCodec::fromJson(StoreRows::object(q.value().value(0).toString()));
        if (lead.account.existingCustomer && !lead.account.domain.isEmpty())
            domains.insert(lead.account.domain.toLower());
    }
    QStringList list(domains.cbegin(), domains.cend());
    list.sort();
    return list;
}

Result<QStringList> SqlTeamStore::leadIds()
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT id FROM leads ORDER BY id"));
    if (!q)
        return q.problems();
    QStringList ids;
    while (q.value().next())
        ids << q.value().value(0).toString();
    return ids;
}

Result<QList<RecordedDecision>> SqlTeamStore::decisions(const QDateTime &sinceUtc)
{
    // synced_at is ISO 8601 UTC text in both engines, so text order is time order.
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT operation_id, lead_id, rep_email, kind, reason_code, reason_text, next_step, "
                       "next_step_due, "
                       "note, missing_items, decided_at, synced_at FROM decisions WHERE synced_at >= ? "
                       "ORDER BY synced_at, decided_at, operation_id"),
        { LeadCodec::isoUtc(
            sinceUtc.isValid() ? sinceUtc : QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc())) });
    if (!q)
        return q.problems();
    QList<RecordedDecision> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        RecordedDecision d;
        d.operationId = r.value(0).toString();
        d.leadId = r.value(1).toString();
        d.repEmail = r.value(2).toString();
        d.disposition.kind
            = dispositionKindFromString(r.value(3).toString()).value_or(DispositionKind::Accept);
        d.disposition.reasonCode = r.value(4).toString();
        d.disposition.reasonText = r.value(5).toString();
        d.disposition.nextStep = nextStepKindFromString(r.value(6).toString());
        d.disposition.nextStepDueUtc = LeadCodec::parseUtc(r.value(7).toString());
        d.disposition.note = r.value(8).toString();
        d.disposition.missingItems = r.value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        d.decidedAtUtc = LeadCodec::parseUtc(r.value(10).toString());
        d.syncedAtUtc = LeadCodec::parseUtc(r.value(11).toString());
        list << d;
    }
    return list;
}

// ---- writes ----------------------------------------------------------------------------------

Result<bool> SqlTeamStore::insertEvent(
    const StageEvent &event, const QString &operationId, const QDateTime &recordedAtUtc)
{
    auto r = m_db.run(
        QStringLiteral(
            "INSERT INTO events (lead_id, kind, from_stage, to_stage, at, actor, reason, operation_id, "
            "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?)"),
        { event.leadId, eventKindToString(event.kind), stageToString(event.from), stageToString(event.to),
            iso(event.at), event.actor,
            // A null QString binds NULL; a missing reason is stored as "" (the column is NOT NULL).
            event.reason.isNull() ? QStringLiteral("") : event.reason, StoreRows::textOrNull(operationId),
            iso(recordedAtUtc) });
    if (!r)
        return r.problems();
    return true;
}

Result<bool> SqlTeamStore::insertChange(const QString &leadId, const QString &owner,
    const QString &previousOwner, const QString &teamId, const QDateTime &atUtc)
{
    auto r = m_db.run(
        QStringLiteral(
            "INSERT INTO changes (lead_id, owner_email, previous_owner, team_id, at) VALUES (?, ?, ?, ?, ?)"),
        { leadId, StoreRows::textOrNull(owner), StoreRows::textOrNull(previousOwner),
            StoreRows::textOrNull(teamId), iso(atUtc) });
    if (!r)
        return r.problems();
    return true;
}

Result<bool> SqlTeamStore::putTeam(const Team &team)
{
    return writeOne(
        QStringLiteral("INSERT INTO teams (id, name, manager_email, calendar_id, channel_partner) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                       "manager_email = excluded.manager_email, calendar_id = excluded.calendar_id, "
                       "channel_partner = excluded.channel_partner"),
        { team.id, team.name, team.managerEmail, team.calendarId, team.channelPartner });
}

Result<bool> SqlTeamStore::putTerritory(const Territory &t)
{
    return writeOne(
        QStringLiteral(
            "INSERT INTO territories (id, name, region, segment, countries) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
            "region = excluded.region, segment = excluded.segment, countries = excluded.countries"),
        // No countries means the whole region: "" (the column is NOT NULL; a null QString binds NULL).
        { t.id, t.name, t.region, t.segment,
            t.countries.isEmpty() ? QStringLiteral("") : t.countries.join(QLatin1Char(',')) });
}

Result<bool> SqlTeamStore::putPerson(const Rep &p)
{
    return writeOne(
        QStringLiteral("INSERT INTO people (email, name, team_id, role, territory_id, daily_capacity, "
                       "active, partner) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (email) DO UPDATE SET "
                       "name = excluded.name, team_id = excluded.team_id, role = excluded.role, "
                       "territory_id = excluded.territory_id, daily_capacity = excluded.daily_capacity, "
                       "active = excluded.active, partner = excluded.partner"),
        { p.email, p.name, p.teamId, roleToString(p.role), p.territoryId, p.dailyCapacity, p.active,
            p.partner });
}

Result<bool> SqlTeamStore::putCalendar(const QString &id, const QByteArray &definitionJson)
{
    return writeOne(
        QStringLiteral("INSERT INTO calendars (id, definition) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET "
                       "definition = excluded.definition"),
        { id, QString::fromUtf8(definitionJson) });
}

Result<bool> SqlTeamStore::putLead(const Lead &lead, const QList<StageEvent> &leadEvents)
{
    return write([&]() -> Result<bool> {
        Result<std::optional<LeadRow>> existing = leadRow(lead.id);
        if (!existing)
            return existing.problems();
        return writeLead(lead, leadEvents, *existing);
    });
}

Result<bool> SqlTeamStore::writeLead(
    const Lead &lead, const QList<StageEvent> &leadEvents, const std::optional<LeadRow> &existing)
{
    const QVariantList columns { lead.externalId, stageToString(lead.stage),
        StoreRows::textOrNull(lead.ownerEmail), lead.teamId, lead.tier, lead.source, lead.campaign,
        lead.account.name, lead.contact.fullName(), lead.contact.email, lead.score.total(),
        iso(lead.createdAt), iso(lead.mqlAt), iso(lead.routedAt),
        QString::fromUtf8(LeadCodec::toJsonText(lead)), lead.id };
    Result<int> r = existing.has_value()
        ? m_db.run(
            QStringLiteral(
                "UPDATE leads SET external_id = ?, stage = ?, owner_email = ?, team_id = ?, tier = ?, "
                "source = ?, campaign = ?, company = ?, contact_name = ?, contact_email = ?, score = ?, "
                "created_at = ?, mql_at = ?, routed_at = ?, context = ?, version = version + 1 "
                "WHERE id = ?"),
            columns)
        : m_db.run(QStringLiteral(
                       "INSERT INTO leads (external_id, stage, owner_email, team_id, tier, source, campaign, "
                       "company, contact_name, contact_email, score, created_at, mql_at, routed_at, context, "
                       "id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
            columns);
    if (!r)
        return r.problems();
    for (const StageEvent &e : leadEvents) {
        if (auto ev = insertEvent(e, {}, e.at); !ev)
            return ev;
    }
    const QString previous = existing.has_value() ? existing->owner : QString();
    return insertChange(lead.id, lead.ownerEmail, previous == lead.ownerEmail ? QString() : previous,
        lead.teamId, lead.routedAt.isValid() ? lead.routedAt : lead.createdAt);
}

Result<bool> SqlTeamStore::putNewLeads(const QList<Lead> &leads, const QList<QList<StageEvent>> &leadEvents)
{
    if (leads.isEmpty())
        return true;
    // SQLite has no round trips to save, and there its JSON functions cost more than binding each
    // row to the prepared statements (callgrind, a 2,000-row import: 1,875 M instructions with the
    // record sets, 1,452 M row by row): it writes the same rows one lead at a time, without
    // putLead's lookup. PostgreSQL gets three statements per chunk instead of four per lead.
    if (!m_db.isPostgres())
        return write([&]() -> Result<bool> {
            for (qsizetype i = 0; i < leads.size(); ++i) {
                if (auto r = writeLead(leads.at(i), leadEvents.value(i), std::nullopt); !r)
                    return r;
            }
            return true;
        });
    // The rows putLead writes for a new lead, as three record sets (JsonRecordSet): one statement
    // per table for the whole chunk. Events and changes keep the leads' order (ORDER BY n).
    using Column = JsonRecordSet::Column;
    constexpr auto kInt = JsonRecordSet::Type::Integer;
    constexpr bool pg = true; // only PostgreSQL gets here: SQLite returned above
    JsonRecordSet rows(pg,
        { Column { "external_id" }, Column { "stage" }, Column { "owner_email" }, Column { "team_id" },
            Column { "tier" }, Column { "source" }, Column { "campaign" }, Column { "company" },
            Column { "contact_name" }, Column { "contact_email" }, Column { "score", kInt },
            Column { "created_at" }, Column { "mql_at" }, Column { "routed_at" }, Column { "context" },
            Column { "id" } });
    JsonRecordSet events(pg,
        { Column { "n", kInt }, Column { "lead_id" }, Column { "kind" }, Column { "from_stage" },
            Column { "to_stage" }, Column { "at" }, Column { "actor" }, Column { "reason" } });
    JsonRecordSet changes(pg,
        { Column { "n", kInt }, Column { "lead_id" }, Column { "owner_email" }, Column { "team_id" },
            Column { "at" } });
    for (qsizetype i = 0; i < leads.size(); ++i) {
        const Lead &lead = leads.at(i);
        rows.row()
            .text(lead.externalId)
            .text(stageToString(lead.stage))
            .textOrNull(lead.ownerEmail)
            .text(lead.teamId)
            .text(lead.tier)
            .text(lead.source)
            .text(lead.campaign)
            .text(lead.account.name)
            .text(lead.contact.fullName())
            .text(lead.contact.email)
            .integer(lead.score.total())
            .text(iso(lead.createdAt))
            .text(iso(lead.mqlAt))
            .text(iso(lead.routedAt))
            .text(QString::fromUtf8(LeadCodec::toJsonText(lead)))
            .text(lead.id);
        for (const StageEvent &e : leadEvents.value(i))
            events.row()
                .integer(events.size())
                .text(e.leadId)
                .text(eventKindToString(e.kind))
                .text(stageToString(e.from))
                .text(stageToString(e.to))
                .text(iso(e.at))
                .text(e.actor)
                .text(e.reason.isNull() ? QStringLiteral("") : e.reason);
        changes.row()
            .integer(changes.size())
            .text(lead.id)
            .textOrNull(lead.ownerEmail)
            .textOrNull(lead.teamId)
            .text(iso(lead.routedAt.isValid() ? lead.routedAt : lead.createdAt));
    }
    return write([&]() -> Result<bool> {
        if (auto r = rows.run(m_db,
                QStringLiteral("INSERT INTO leads (external_id, stage, owner_email, team_id, tier, "
                               "source, campaign, company, contact_name, contact_email, score, "
                               "created_at, mql_at, routed_at, context, id, version) SELECT "
                               "external_id, stage, owner_email, team_id, tier, source, campaign, "
                               "company, contact_name, contact_email, score, created_at, mql_at, "
                               "routed_at, context, id, 1 FROM %1"));
            !r)
            return r;
        if (auto r = events.run(m_db,
                QStringLiteral("INSERT INTO events (lead_id, kind, from_stage, to_stage, at, actor, "
                               "reason, operation_id, recorded_at) SELECT lead_id, kind, from_stage, "
                               "to_stage, at, actor, reason, '', at FROM %1 ORDER BY n"));
            !r)
            return r;
        return changes.run(m_db,
            QStringLiteral("INSERT INTO changes (lead_id, owner_email, previous_owner, team_id, at) "
                           "SELECT lead_id, owner_email, NULL, team_id, at FROM %1 ORDER BY n"));
    });
}

Result<bool> SqlTeamStore::assign(const QString &leadId, const QString &newOwner, const QString &actor,
    const QString &reason, const QDateTime &atUtc)
{
    return write([&]() -> Result<bool> {
        Result<std::optional<LeadRow>> row = leadRow(leadId);
        if (!row)
            return row.problems();
        if (!row->has_value())
            return Problem::forField(QStringLiteral("lead"), tr("No lead %1 in the team store.").arg(leadId));
        const LeadRow current = **row;
        const EventKind kind = current.owner.isEmpty() ? EventKind::Routed : EventKind::Rerouted;
        Result<StageEvent> event = LeadLifecycle::apply(leadId, current.stage, kind, atUtc, actor, reason);
        if (!event)
            return event.problems();
        // The lead joins the new owner's team (a re-route across regions, a channel partner), so
        // that team's manager sees it and the old one's is told it left.
        Result<QVariant> ownerTeam
            = m_db.scalar(QStringLiteral("SELECT team_id FROM people WHERE email = ?"), { newOwner });
        if (!ownerTeam)
            return ownerTeam.problems();
        const QString teamId = ownerTeam->toString().isEmpty() ? current.teamId : ownerTeam->toString();
        if (auto r = m_db.run(
                QStringLiteral("UPDATE leads SET owner_email = ?, routed_at = ?, version = version + 1 "
                               "WHERE id = ?"),
                { newOwner, iso(atUtc), leadId });
            !r)
            return r.problems();
        // Only a move across teams touches team_id (on PostgreSQL a manager may not: that is an
        // administrator's job, and the automation runs as one).
        if (teamId != current.teamId) {
            if (auto r
                = m_db.run(QStringLiteral("UPDATE leads SET team_id = ? WHERE id = ?"), { teamId, leadId });
                !r)
                return r.problems();
        }
        if (auto r = insertEvent(*event, {}, atUtc); !r)
            return r;
        if (teamId != current.teamId && !current.teamId.isEmpty()) {
            if (auto r = insertChange(leadId, {}, {}, current.teamId, atUtc); !r)
                return r;
        }
        return insertChange(leadId, newOwner, current.owner, teamId, atUtc);
    });
}

Result<bool> SqlTeamStore::appendEvent(const QString &leadId, EventKind kind, const QString &actor,
    const QString &reason, const QDateTime &atUtc)
{
    return write([&]() -> Result<bool> {
        Result<std::optional<LeadRow>> row = leadRow(leadId);
        if (!row)
            return row.problems();
        if (!row->has_value())
            return Problem::forField(QStringLiteral("lead"), tr("No lead %1 in the team store.").arg(leadId));
        Result<StageEvent> event = LeadLifecycle::apply(leadId, (*row)->stage, kind, atUtc, actor, reason);
        if (!event)
            return event.problems();
        if (event->changesStage()) {
            if (auto r
                = m_db.run(QStringLiteral("UPDATE leads SET stage = ?, version = version + 1 WHERE id = ?"),
                    { stageToString(event->to), leadId });
                !r)
                return r.problems();
        }
        if (auto r = insertEvent(*event, {}, atUtc); !r)
            return r;
        return insertChange(leadId, (*row)->owner, {}, (*row)->teamId, atUtc);
    });
}

// ---- automation --------------------------------------------------------------------------------

Result<QList<LeadSnapshot>> SqlTeamStore::leadsInStage(Stage stage)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT id FROM leads WHERE stage = ? ORDER BY id"), { stageToString(stage) });
    if (!q)
        return q.problems();
    QStringList ids;
    while (q.value().next())
        ids << q.value().value(0).toString();
    QList<LeadSnapshot> list;
    list.reserve(ids.size());
    for (const QString &id : std::as_const(ids)) {
        Result<std::optional<LeadSnapshot>> one = lead(id);
        if (!one)
            return one.problems();
        if (one->has_value())
            list << **one;
    }
    return list;
}

Result<QList<OwnerLoad>> SqlTeamStore::ownerLoads(const QDateTime &sinceUtc)
{
    // ISO 8601 UTC text sorts like time, so the comparison is on the stored column as it is.
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT owner_email, SUM(CASE WHEN routed_at >= ? THEN 1 ELSE 0 END), MAX(routed_at) "
                       "FROM leads WHERE owner_email IS NOT NULL GROUP BY owner_email ORDER BY owner_email"),
        { iso(sinceUtc) });
    if (!q)
        return q.problems();
    QList<OwnerLoad> list;
    while (q.value().next())
        list << OwnerLoad { q.value().value(0).toString(), q.value().value(1).toInt(),
            LeadCodec::parseUtc(q.value().value(2).toString()) };
    return list;
}

Result<QList<Absence>> SqlTeamStore::absences()
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT email, first_day, last_day, note FROM absences ORDER BY email, first_day"));
    if (!q)
        return q.problems();
    QList<Absence> list;
    while (q.value().next())
        list << Absence { q.value().value(0).toString(),
            QDate::fromString(q.value().value(1).toString(), Qt::ISODate),
            QDate::fromString(q.value().value(2).toString(), Qt::ISODate), q.value().value(3).toString() };
    return list;
}

Result<bool> SqlTeamStore::putAcceptanceModel(const StoredAcceptanceModel &model)
{
    return writeOne(QStringLiteral("INSERT INTO acceptance_models (trained_at, decisions, trained_by, model) "
                                   "VALUES (?, ?, ?, ?)"),
        { iso(model.trainedAtUtc), model.decisions, model.trainedBy, model.document });
}

Result<std::optional<StoredAcceptanceModel>> SqlTeamStore::latestAcceptanceModel(
    const QDateTime &newerThanUtc)
{
    // The newest by insertion; compared in C++ so the time format never matters to the filter.
    Result<QSqlQuery> q = m_db.exec(QStringLiteral(
        "SELECT trained_at, decisions, trained_by, model FROM acceptance_models ORDER BY id DESC LIMIT 1"));
    if (!q)
        return q.problems();
    if (!q.value().next())
        return std::optional<StoredAcceptanceModel> {};
    StoredAcceptanceModel m { LeadCodec::parseUtc(q.value().value(0).toString()), q.value().value(1).toInt(),
        q.value().value(2).toString(), q.value().value(3).toString() };
    if (newerThanUtc.isValid() && m.trainedAtUtc <= newerThanUtc)
        return std::optional<StoredAcceptanceModel> {};
    return std::optional<StoredAcceptanceModel> { m };
}

Result<bool> SqlTeamStore::putAbsence(const Absence &a)
{
    if (!a.firstDay.isValid() || !a.lastDay.isValid() || a.lastDay < a.firstDay)
        return Problem::forField(QStringLiteral("absence"),
            tr("An absence of %1 needs a first day on or before its last day.").arg(a.email));
    return writeOne(
        QStringLiteral("INSERT INTO absences (email, first_day, last_day, note) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (email, first_day) DO UPDATE SET last_day = excluded.last_day, "
                       "note = excluded.note"),
        { a.email.toLower(), a.firstDay.toString(Qt::ISODate), a.lastDay.toString(Qt::ISODate),
            a.note.isNull() ? QStringLiteral("") : a.note });
}

Result<QList<ReceivedOperation>> SqlTeamStore::operations(const QString &leadId)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral(
            "SELECT id, kind, actor, base_version, decided_at, received_at, status, conflict, message, "
            "server_version, owner_at_apply, payload, snapshot FROM operations WHERE lead_id = ? "
            "ORDER BY received_at, decided_at, id"),
        { leadId });
    if (!q)
        return q.problems();
    QList<ReceivedOperation> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        ReceivedOperation op;
        op.operation.id = r.value(0).toString();
        op.operation.leadId = leadId;
        op.operation.kind
            = operationKindFromString(r.value(1).toString()).value_or(OperationKind::ContactAttempt);
        op.operation.actor = r.value(2).toString();
        op.operation.baseVersion = r.value(3).toInt();
        op.operation.decidedAtUtc = LeadCodec::parseUtc(r.value(4).toString());
        op.operation.payload = StoreRows::object(r.value(11).toString());
        op.operation.snapshot = StoreRows::object(r.value(12).toString());
        op.result.operationId = op.operation.id;
        op.result.appliedAtUtc = LeadCodec::parseUtc(r.value(5).toString());
        op.result.status = applyStatusFromString(r.value(6).toString()).value_or(ApplyStatus::Conflict);
        op.result.conflict = conflictKindFromString(r.value(7).toString()).value_or(ConflictKind::None);
        op.result.message = r.value(8).toString();
        op.result.serverVersion = r.value(9).toInt();
        op.result.currentOwner = r.value(10).toString();
        list << op;
    }
    return list;
}

Result<bool> SqlTeamStore::atomically(const std::function<Result<bool>()> &work)
{
    if (m_inBulk)
        return work();
    if (auto r = beginBulk(); !r)
        return r;
    Result<bool> done = work();
    if (!done) {
        rollbackBulk();
        return done;
    }
    return commitBulk();
}

} // namespace sal::core
