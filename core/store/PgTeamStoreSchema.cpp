#include "store/PgTeamStoreSchema.h"

#include "store/TeamStoreSchema.h"

namespace sal::core {

namespace {

// Creates a NOLOGIN group role once per cluster (roles are cluster-wide; databases share them).
QString groupRole(const char *name)
{
    return QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN "
                          "CREATE ROLE %1 NOLOGIN; END IF; END $$")
        .arg(QLatin1String(name));
}

// Row-level security on, and FORCEd: the owner role is held to the policies too.
QStringList secured(const char *table)
{
    const QString t = QLatin1String(table);
    return { QStringLiteral("ALTER TABLE %1 OWNER TO sal_owner").arg(t),
        QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t),
        QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(t),
        QStringLiteral("CREATE POLICY admin_all ON %1 FOR ALL TO sal_admin USING (true) WITH CHECK (true)")
            .arg(t) };
}

SchemaMigrator::Migration v1()
{
    SchemaMigrator::Migration m {
        groupRole("sal_owner"),
        groupRole("sal_admin"),
        groupRole("sal_user"),
        groupRole("sal_rep"),
        groupRole("sal_manager"),
        groupRole("sal_marketing"),
        QStringLiteral("GRANT sal_user TO sal_rep, sal_manager, sal_marketing, sal_admin"),
        // The administrator running this becomes able to act as the owner and as an administrator.
        QStringLiteral("GRANT sal_owner, sal_admin TO CURRENT_USER"),
        QStringLiteral("CREATE TABLE sal_schema_version (version integer NOT NULL)"),
        QStringLiteral("GRANT SELECT ON sal_schema_version TO sal_user"),

        QStringLiteral("CREATE TABLE teams (id text PRIMARY KEY, name text NOT NULL, manager_email text, "
                       "calendar_id text, channel_partner boolean NOT NULL DEFAULT false)"),
        QStringLiteral(
            "CREATE TABLE territories (id text PRIMARY KEY, name text NOT NULL, region text, segment text, "
            "countries text NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE people (email text PRIMARY KEY, name text NOT NULL, team_id text, role "
                       "text NOT NULL, "
                       "territory_id text, daily_capacity integer NOT NULL DEFAULT 25, active boolean NOT "
                       "NULL DEFAULT true, "
                       "partner boolean NOT NULL DEFAULT false)"),
        QStringLiteral("CREATE TABLE calendars (id text PRIMARY KEY, definition text NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE leads (id text PRIMARY KEY, external_id text, stage text NOT NULL, owner_email "
            "text, "
            "team_id text, tier text, source text, campaign text, company text, contact_name text, "
            "contact_email text, score integer NOT NULL DEFAULT 0, created_at text, mql_at text, routed_at "
            "text, "
            "version integer NOT NULL DEFAULT 1, context text NOT NULL)"),
        QStringLiteral("CREATE INDEX leads_by_owner ON leads (owner_email, stage)"),
        QStringLiteral("CREATE INDEX leads_by_team ON leads (team_id, stage)"),
        QStringLiteral(
            "CREATE TABLE operations (id text PRIMARY KEY, lead_id text NOT NULL, kind text NOT NULL, "
            "actor text NOT NULL, base_version integer NOT NULL, decided_at text NOT NULL, received_at text "
            "NOT NULL, "
            "status text NOT NULL, conflict text NOT NULL, message text, server_version integer NOT NULL, "
            "owner_at_apply text, payload text NOT NULL, snapshot text)"),
        QStringLiteral("CREATE TABLE decisions (operation_id text PRIMARY KEY, lead_id text NOT NULL "
                       "REFERENCES leads(id), "
                       "rep_email text NOT NULL, kind text NOT NULL, reason_code text, reason_text text, "
                       "next_step text, "
                       "next_step_due text, note text, missing_items text, decided_at text NOT NULL, "
                       "synced_at text NOT NULL, "
                       "snapshot text)"),
        QStringLiteral("CREATE INDEX decisions_by_lead ON decisions (lead_id)"),
        QStringLiteral(
            "CREATE TABLE contact_attempts (operation_id text PRIMARY KEY, lead_id text NOT NULL REFERENCES "
            "leads(id), "
            "rep_email text NOT NULL, channel text NOT NULL, outcome text NOT NULL, at text NOT NULL, "
            "synced_at text NOT NULL)"),
        QStringLiteral("CREATE INDEX attempts_by_lead ON contact_attempts (lead_id)"),
        QStringLiteral(
            "CREATE TABLE events (id bigserial PRIMARY KEY, lead_id text NOT NULL REFERENCES leads(id), "
            "kind text NOT NULL, from_stage text NOT NULL, to_stage text NOT NULL, at text NOT NULL, "
            "actor text NOT NULL, reason text NOT NULL DEFAULT '', operation_id text, recorded_at text)"),
        QStringLiteral("CREATE INDEX events_by_lead ON events (lead_id, id)"),
        // The change feed. Transactions here commit in any order, so every writer takes the
        // transaction-scoped advisory lock PgTeamStore::kChangeLock before its first write: a
        // sequence number is taken only while no other writer is open, so numbers become visible
        // in order and "seq > checkpoint" never skips a change that commits later.
        QStringLiteral(
            "CREATE TABLE changes (seq bigserial PRIMARY KEY, lead_id text NOT NULL, owner_email text, "
            "previous_owner text, team_id text, at text NOT NULL)"),
        QStringLiteral("CREATE INDEX changes_by_owner ON changes (owner_email, seq)"),
        QStringLiteral("CREATE INDEX changes_by_previous_owner ON changes (previous_owner, seq)"),
        QStringLiteral("CREATE INDEX changes_by_team ON changes (team_id, seq)"),

        // Who the connected person is, for the policies. Reads people, which everyone may read.
        QStringLiteral("CREATE FUNCTION sal_my_team() RETURNS text LANGUAGE sql STABLE "
                       "SET search_path = pg_catalog, public AS "
                       "$$ SELECT team_id FROM people WHERE email = current_user $$"),
        // Creates or updates a person's login role; identifiers are quoted by format(%I), never by us.
        QStringLiteral(
            "CREATE FUNCTION sal_put_login(email text, group_role text) RETURNS void LANGUAGE plpgsql "
            "SET search_path = pg_catalog, public AS $$ DECLARE g text; BEGIN "
            "IF group_role NOT IN ('sal_rep', 'sal_manager', 'sal_marketing') THEN "
            "RAISE EXCEPTION 'unknown group role %', group_role; END IF; "
            "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = email) THEN "
            "EXECUTE format('CREATE ROLE %I LOGIN', email); END IF; "
            "FOREACH g IN ARRAY ARRAY['sal_rep', 'sal_manager', 'sal_marketing'] LOOP "
            "IF g <> group_role AND pg_has_role(email, g, 'USAGE') THEN "
            "EXECUTE format('REVOKE %I FROM %I', g, email); END IF; END LOOP; "
            "IF NOT pg_has_role(email, group_role, 'USAGE') THEN "
            "EXECUTE format('GRANT %I TO %I', group_role, email); END IF; END $$"),
        QStringLiteral(
            "CREATE FUNCTION sal_set_password(email text, secret text) RETURNS void LANGUAGE plpgsql "
            "SET search_path = pg_catalog, public AS $$ BEGIN "
            "EXECUTE format('ALTER ROLE %I PASSWORD %L', email, secret); END $$"),
        QStringLiteral(
            "REVOKE ALL ON FUNCTION sal_put_login(text, text), sal_set_password(text, text) FROM PUBLIC"),
    };
    for (const char *table : { "teams", "territories", "people", "calendars", "leads", "operations",
             "decisions", "contact_attempts", "events", "changes" })
        m << secured(table);
    m << QStringList {
        QStringLiteral("ALTER FUNCTION sal_my_team() OWNER TO sal_owner"),
        QStringLiteral("GRANT SELECT ON teams, territories, people, calendars, leads, operations, decisions, "
                       "contact_attempts, events, changes TO sal_user"),
        QStringLiteral("GRANT ALL ON teams, territories, people, calendars, leads, operations, decisions, "
                       "contact_attempts, events, changes TO sal_admin"),
        QStringLiteral(
            "GRANT USAGE ON SEQUENCE events_id_seq, changes_seq_seq TO sal_rep, sal_manager, sal_admin"),
        // A rep decides (stage, version); only a manager or an administrator moves a lead.
        QStringLiteral("GRANT INSERT ON operations, decisions, contact_attempts, events, changes TO sal_rep, "
                       "sal_manager"),
        QStringLiteral("GRANT UPDATE (stage, version) ON leads TO sal_rep"),
        QStringLiteral("GRANT UPDATE (stage, version, owner_email, routed_at) ON leads TO sal_manager"),

        // Reference data: every member of the team store reads it; only administrators write it.
        QStringLiteral("CREATE POLICY read_all ON teams FOR SELECT TO sal_user USING (true)"),
        QStringLiteral("CREATE POLICY read_all ON territories FOR SELECT TO sal_user USING (true)"),
        QStringLiteral("CREATE POLICY read_all ON people FOR SELECT TO sal_user USING (true)"),
        QStringLiteral("CREATE POLICY read_all ON calendars FOR SELECT TO sal_user USING (true)"),

        // Leads: a rep their own, a manager the team's, marketing what came back to them.
        QStringLiteral(
            "CREATE POLICY rep_read ON leads FOR SELECT TO sal_rep USING (owner_email = current_user)"),
        QStringLiteral(
            "CREATE POLICY rep_decide ON leads FOR UPDATE TO sal_rep USING (owner_email = current_user) "
            "WITH CHECK (owner_email = current_user)"),
        QStringLiteral(
            "CREATE POLICY manager_read ON leads FOR SELECT TO sal_manager USING (team_id = sal_my_team())"),
        QStringLiteral(
            "CREATE POLICY manager_route ON leads FOR UPDATE TO sal_manager USING (team_id = sal_my_team()) "
            "WITH CHECK (team_id = sal_my_team() AND (owner_email IS NULL OR owner_email IN "
            "(SELECT p.email FROM people p WHERE p.team_id = sal_my_team())))"),
        QStringLiteral("CREATE POLICY marketing_read ON leads FOR SELECT TO sal_marketing "
                       "USING (stage IN ('rejected', 'needs_info'))"),

        // What hangs off a lead is visible exactly when the lead is (the subquery runs under the
        // reader's own policies); it is written only by whoever may act on the lead now.
        QStringLiteral("CREATE POLICY read_with_lead ON decisions FOR SELECT TO sal_user "
                       "USING (EXISTS (SELECT 1 FROM leads l WHERE l.id = lead_id))"),
        QStringLiteral("CREATE POLICY decide_own ON decisions FOR INSERT TO sal_rep, sal_manager WITH CHECK "
                       "(rep_email = current_user AND EXISTS (SELECT 1 FROM leads l WHERE l.id = lead_id "
                       "AND l.owner_email = current_user))"),
        QStringLiteral("CREATE POLICY read_with_lead ON contact_attempts FOR SELECT TO sal_user "
                       "USING (EXISTS (SELECT 1 FROM leads l WHERE l.id = lead_id))"),
        QStringLiteral(
            "CREATE POLICY attempt_own ON contact_attempts FOR INSERT TO sal_rep, sal_manager WITH CHECK "
            "(rep_email = current_user AND EXISTS (SELECT 1 FROM leads l WHERE l.id = lead_id "
            "AND l.owner_email = current_user))"),
        QStringLiteral("CREATE POLICY read_with_lead ON events FOR SELECT TO sal_user "
                       "USING (EXISTS (SELECT 1 FROM leads l WHERE l.id = lead_id))"),
        QStringLiteral(
            "CREATE POLICY act_on_own ON events FOR INSERT TO sal_rep WITH CHECK (actor = current_user "
            "AND EXISTS (SELECT 1 FROM leads l WHERE l.id = lead_id AND l.owner_email = current_user))"),
        QStringLiteral(
            "CREATE POLICY act_on_team ON events FOR INSERT TO sal_manager WITH CHECK (actor = current_user "
            "AND EXISTS (SELECT 1 FROM leads l WHERE l.id = lead_id))"),

        // Operations: each person sees and sends only their own.
        QStringLiteral(
            "CREATE POLICY own_read ON operations FOR SELECT TO sal_user USING (actor = current_user)"),
        QStringLiteral("CREATE POLICY own_send ON operations FOR INSERT TO sal_rep, sal_manager "
                       "WITH CHECK (actor = current_user)"),

        // The change feed: a rep sees changes to leads they hold or held; a manager the team's.
        QStringLiteral("CREATE POLICY rep_read ON changes FOR SELECT TO sal_rep "
                       "USING (owner_email = current_user OR previous_owner = current_user)"),
        QStringLiteral(
            "CREATE POLICY rep_write ON changes FOR INSERT TO sal_rep WITH CHECK (previous_owner IS NULL "
            "AND owner_email = current_user AND EXISTS (SELECT 1 FROM leads l WHERE l.id = lead_id "
            "AND l.owner_email = current_user))"),
        QStringLiteral(
            "CREATE POLICY manager_read ON changes FOR SELECT TO sal_manager USING (team_id = sal_my_team() "
            "OR owner_email = current_user OR previous_owner = current_user)"),
        QStringLiteral("CREATE POLICY manager_write ON changes FOR INSERT TO sal_manager "
                       "WITH CHECK (team_id = sal_my_team())"),
    };
    return m;
}

// The twin of the SQLite store's migration 3: out-of-office days (routing skips them), read by
// every member like the rest of the roster and written by administrators; leads by stage for the
// escalation ladder.
SchemaMigrator::Migration v3()
{
    SchemaMigrator::Migration m {
        QStringLiteral(
            "CREATE TABLE absences (email text NOT NULL, first_day text NOT NULL, last_day text NOT NULL, "
            "note text NOT NULL DEFAULT '', PRIMARY KEY (email, first_day))"),
        QStringLiteral("CREATE INDEX leads_by_stage ON leads (stage)"),
    };
    m << secured("absences");
    m << QStringList {
        QStringLiteral("GRANT SELECT ON absences TO sal_user"),
        QStringLiteral("GRANT ALL ON absences TO sal_admin"),
        QStringLiteral("CREATE POLICY read_all ON absences FOR SELECT TO sal_user USING (true)"),
    };
    return m;
}

// The twin of the SQLite store's migration 4: the acceptance model. Everyone reads it (pull
// carries it to each device); a manager or an administrator trains it, in their own name.
SchemaMigrator::Migration v4()
{
    SchemaMigrator::Migration m {
        QStringLiteral("CREATE TABLE acceptance_models (id bigserial PRIMARY KEY, trained_at text NOT NULL, "
                       "decisions integer NOT NULL, trained_by text NOT NULL, model text NOT NULL)"),
    };
    m << secured("acceptance_models");
    m << QStringList {
        QStringLiteral("GRANT SELECT ON acceptance_models TO sal_user"),
        QStringLiteral("GRANT ALL ON acceptance_models TO sal_admin"),
        QStringLiteral("GRANT INSERT ON acceptance_models TO sal_manager"),
        QStringLiteral("GRANT USAGE ON SEQUENCE acceptance_models_id_seq TO sal_manager, sal_admin"),
        QStringLiteral("CREATE POLICY read_all ON acceptance_models FOR SELECT TO sal_user USING (true)"),
        QStringLiteral("CREATE POLICY manager_train ON acceptance_models FOR INSERT TO sal_manager "
                       "WITH CHECK (trained_by = current_user)"),
    };
    return m;
}

} // namespace

// Import matches CRM records by external id, else by email, without a full scan per row.
SchemaMigrator::Migration v2()
{
    return {
        QStringLiteral("CREATE INDEX leads_by_external_id ON leads (external_id)"),
        QStringLiteral("CREATE INDEX leads_by_contact_email ON leads (lower(contact_email))"),
    };
}

SchemaMigrator pgTeamStoreMigrator()
{
    return SchemaMigrator(QStringLiteral("team store"), { v1(), v2(), v3(), v4(), reportIndexes() });
}

QString pgGroupRoleFor(const QString &role)
{
    if (role == QLatin1String("rep") || role == QLatin1String("manager")
        || role == QLatin1String("marketing"))
        return QStringLiteral("sal_") + role;
    return {};
}

} // namespace sal::core
