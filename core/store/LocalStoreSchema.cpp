#include "store/LocalStoreSchema.h"

namespace sal::core {

SchemaMigrator localStoreMigrator()
{
    // Version 1: the cached queue and its context.
    const SchemaMigrator::Migration v1 {
        QStringLiteral(
            "CREATE TABLE leads (id TEXT PRIMARY KEY, stage TEXT NOT NULL, owner_email TEXT NOT NULL, "
            "team_id TEXT, tier TEXT, routed_at TEXT, company TEXT, contact_name TEXT, score INTEGER NOT "
            "NULL DEFAULT 0, "
            "version INTEGER NOT NULL, context TEXT NOT NULL, cached_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX leads_by_stage ON leads (stage, routed_at)"),
        QStringLiteral(
            "CREATE TABLE events (lead_id TEXT NOT NULL REFERENCES leads(id) ON DELETE CASCADE, seq INTEGER "
            "NOT NULL, "
            "kind TEXT NOT NULL, from_stage TEXT NOT NULL, to_stage TEXT NOT NULL, at TEXT NOT NULL, "
            "actor TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', PRIMARY KEY (lead_id, seq))"),
        QStringLiteral(
            "CREATE TABLE contact_attempts (lead_id TEXT NOT NULL REFERENCES leads(id) ON DELETE CASCADE, "
            "seq INTEGER NOT NULL, channel TEXT NOT NULL, outcome TEXT NOT NULL, at TEXT NOT NULL, actor "
            "TEXT NOT NULL, "
            "PRIMARY KEY (lead_id, seq))"),
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
    // Version 2: offline decisions. The outbox keeps operations until the team store answered;
    // a conflict keeps the original decision so the rep can re-apply or discard it.
    const SchemaMigrator::Migration v2 {
        QStringLiteral(
            "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, operation_id TEXT NOT NULL UNIQUE, "
            "lead_id TEXT NOT NULL, kind TEXT NOT NULL, actor TEXT NOT NULL, base_version INTEGER NOT NULL, "
            "decided_at TEXT NOT NULL, payload TEXT NOT NULL, snapshot TEXT NOT NULL, "
            "state TEXT NOT NULL DEFAULT 'pending', tries INTEGER NOT NULL DEFAULT 0, last_error TEXT, "
            "synced_at TEXT, result TEXT)"),
        QStringLiteral("CREATE INDEX outbox_by_state ON outbox (state, seq)"),
        // Events and attempts recorded on this device carry their operation until the team store
        // sends them back; rows without one came from the team store.
        QStringLiteral("ALTER TABLE events ADD COLUMN operation_id TEXT"),
        QStringLiteral("ALTER TABLE contact_attempts ADD COLUMN operation_id TEXT"),
        QStringLiteral("CREATE INDEX outbox_by_lead ON outbox (lead_id, state)"),
        QStringLiteral(
            "CREATE TABLE conflicts (operation_id TEXT PRIMARY KEY REFERENCES outbox(operation_id), "
            "lead_id TEXT NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL, detected_at TEXT NOT NULL, "
            "resolution TEXT NOT NULL DEFAULT 'open', resolved_at TEXT)"),
    };
    // Version 3: what the queue shows and sorts by, as columns, so opening a queue reads rows
    // instead of decoding every lead's context. Leads cached before are filled from their context.
    const SchemaMigrator::Migration v3 {
        QStringLiteral("ALTER TABLE leads ADD COLUMN mql_at TEXT"),
        QStringLiteral("ALTER TABLE leads ADD COLUMN contact_title TEXT"),
        QStringLiteral("ALTER TABLE leads ADD COLUMN source TEXT"),
        QStringLiteral("ALTER TABLE leads ADD COLUMN campaign TEXT"),
        QStringLiteral("ALTER TABLE leads ADD COLUMN industry TEXT"),
        QStringLiteral("ALTER TABLE leads ADD COLUMN region TEXT"),
        QStringLiteral("ALTER TABLE leads ADD COLUMN country TEXT"),
        QStringLiteral("ALTER TABLE leads ADD COLUMN employees INTEGER"),
        QStringLiteral("ALTER TABLE leads ADD COLUMN annual_revenue INTEGER"),
        QStringLiteral(
            "UPDATE leads SET mql_at = json_extract(context, '$.mql_at'), "
            "contact_title = json_extract(context, '$.contact.title'), "
            "source = json_extract(context, '$.source'), campaign = json_extract(context, '$.campaign'), "
            "industry = json_extract(context, '$.account.industry'), "
            "region = json_extract(context, '$.account.region'), "
            "country = json_extract(context, '$.account.country'), "
            "employees = json_extract(context, '$.account.employees'), "
            "annual_revenue = CAST(json_extract(context, '$.account.annual_revenue') AS INTEGER)"),
    };
    return SchemaMigrator(QStringLiteral("local store"), { v1, v2, v3 });
}

} // namespace sal::core
