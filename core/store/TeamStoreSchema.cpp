#include "store/TeamStoreSchema.h"

namespace sal::core {

SchemaMigrator::Migration reportIndexes()
{
    return {
        QStringLiteral("CREATE INDEX decisions_by_time ON decisions (decided_at)"),
        QStringLiteral("CREATE INDEX decisions_by_rep ON decisions (rep_email, decided_at)"),
        QStringLiteral("CREATE INDEX events_by_lead_kind ON events (lead_id, kind, at)"),
        QStringLiteral("CREATE INDEX events_by_kind ON events (kind, at)"),
        QStringLiteral("CREATE INDEX leads_by_routed ON leads (routed_at)"),
        QStringLiteral("CREATE INDEX leads_by_mql ON leads (mql_at)"),
    };
}

SchemaMigrator teamStoreMigrator()
{
    const SchemaMigrator::Migration v1 {
        QStringLiteral("CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL, manager_email TEXT, "
                       "calendar_id TEXT, channel_partner INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE TABLE territories (id TEXT PRIMARY KEY, name TEXT NOT NULL, region TEXT, segment TEXT, "
            "countries TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE people (email TEXT PRIMARY KEY, name TEXT NOT NULL, team_id TEXT, role "
                       "TEXT NOT NULL, "
                       "territory_id TEXT, daily_capacity INTEGER NOT NULL DEFAULT 25, active INTEGER NOT "
                       "NULL DEFAULT 1, "
                       "partner INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE calendars (id TEXT PRIMARY KEY, definition TEXT NOT NULL)"),
        // Queryable columns for routing and reports; the full context is one JSON document.
        QStringLiteral(
            "CREATE TABLE leads (id TEXT PRIMARY KEY, external_id TEXT, stage TEXT NOT NULL, owner_email "
            "TEXT, "
            "team_id TEXT, tier TEXT, source TEXT, campaign TEXT, company TEXT, contact_name TEXT, "
            "contact_email TEXT, score INTEGER NOT NULL DEFAULT 0, created_at TEXT, mql_at TEXT, routed_at "
            "TEXT, "
            "version INTEGER NOT NULL DEFAULT 1, context TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX leads_by_owner ON leads (owner_email, stage)"),
        QStringLiteral("CREATE INDEX leads_by_team ON leads (team_id, stage)"),
        // Every pushed operation, applied or not: the id makes re-sending harmless.
        QStringLiteral(
            "CREATE TABLE operations (id TEXT PRIMARY KEY, lead_id TEXT NOT NULL, kind TEXT NOT NULL, "
            "actor TEXT NOT NULL, base_version INTEGER NOT NULL, decided_at TEXT NOT NULL, received_at TEXT "
            "NOT NULL, "
            "status TEXT NOT NULL, conflict TEXT NOT NULL, message TEXT, server_version INTEGER NOT NULL, "
            "owner_at_apply TEXT, payload TEXT NOT NULL, snapshot TEXT)"),
        QStringLiteral(
            "CREATE TABLE decisions (operation_id TEXT PRIMARY KEY, "
            "lead_id TEXT NOT NULL REFERENCES leads(id), rep_email TEXT NOT NULL, kind TEXT NOT NULL, "
            "reason_code TEXT, reason_text TEXT, next_step TEXT, next_step_due TEXT, note TEXT, "
            "missing_items TEXT, "
            "decided_at TEXT NOT NULL, synced_at TEXT NOT NULL, snapshot TEXT)"),
        QStringLiteral("CREATE INDEX decisions_by_lead ON decisions (lead_id)"),
        QStringLiteral(
            "CREATE TABLE contact_attempts (operation_id TEXT PRIMARY KEY, "
            "lead_id TEXT NOT NULL REFERENCES leads(id), rep_email TEXT NOT NULL, channel TEXT NOT NULL, "
            "outcome TEXT NOT NULL, at TEXT NOT NULL, synced_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX attempts_by_lead ON contact_attempts (lead_id)"),
        QStringLiteral(
            "CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, lead_id TEXT NOT NULL REFERENCES "
            "leads(id), "
            "kind TEXT NOT NULL, from_stage TEXT NOT NULL, to_stage TEXT NOT NULL, at TEXT NOT NULL, "
            "actor TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', operation_id TEXT, recorded_at TEXT)"),
        QStringLiteral("CREATE INDEX events_by_lead ON events (lead_id, id)"),
        // The change feed. SQLite has one writer at a time and a sequence number is taken inside the
        // writing transaction, so numbers become visible in order and a pull never skips one.
        QStringLiteral("CREATE TABLE changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, lead_id TEXT NOT NULL, "
                       "owner_email TEXT, previous_owner TEXT, team_id TEXT, at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX changes_by_owner ON changes (owner_email, seq)"),
        QStringLiteral("CREATE INDEX changes_by_previous_owner ON changes (previous_owner, seq)"),
        QStringLiteral("CREATE INDEX changes_by_team ON changes (team_id, seq)"),
    };
    // Import matches CRM records by external id, else by email, without a full scan per row.
    const SchemaMigrator::Migration v2 {
        QStringLiteral("CREATE INDEX leads_by_external_id ON leads (external_id)"),
        QStringLiteral("CREATE INDEX leads_by_contact_email ON leads (lower(contact_email))"),
    };
    // Automation: out-of-office days per person (routing skips them); leads by stage for the ladder.
    const SchemaMigrator::Migration v3 {
        QStringLiteral(
            "CREATE TABLE absences (email TEXT NOT NULL, first_day TEXT NOT NULL, last_day TEXT NOT NULL, "
            "note TEXT NOT NULL DEFAULT '', PRIMARY KEY (email, first_day))"),
        QStringLiteral("CREATE INDEX leads_by_stage ON leads (stage)"),
    };
    // The acceptance model (core/insight): one row per training, the newest is in use; pull
    // carries it to every device so the likelihood shows offline too.
    const SchemaMigrator::Migration v4 {
        QStringLiteral(
            "CREATE TABLE acceptance_models (id INTEGER PRIMARY KEY AUTOINCREMENT, trained_at TEXT NOT NULL, "
            "decisions INTEGER NOT NULL, trained_by TEXT NOT NULL, model TEXT NOT NULL)"),
    };
    // Reports (core/reports) aggregate decisions and events by time, rep and kind in SQL.
    const SchemaMigrator::Migration v5 = reportIndexes();
    return SchemaMigrator(QStringLiteral("team store"), { v1, v2, v3, v4, v5 });
}

} // namespace sal::core
