#include "reports/ReportScope.h"

#include "store/LeadCodec.h"

namespace sal::core {

namespace {
// Routing time can lie before the period: decisions early in it still need their start. Spans
// reach this far back; an older start counts from here (at most this window is lost).
constexpr int kLookbackDays = 120;
// Rows per INSERT: 8,000 values, under both engines' bind limits (SQLite 32,766, PostgreSQL 65,535).
// Each statement is a round trip on PostgreSQL: a year's spans of five calendars took 13 of them
// with 200 rows, and a scope's preparation was most of a small report's time.
constexpr int kInsertBatch = 2000;

BusinessCalendar calendarOf(const PolicySet &policy, const QString &calendarId)
{
    if (policy.calendars.contains(calendarId))
        return policy.calendars.value(calendarId);
    return policy.calendars.isEmpty() ? BusinessCalendar::nineToFive(QStringLiteral("utc"), QTimeZone::utc())
                                      : policy.calendars.first();
}
} // namespace

QString ReportScope::iso(const QDateTime &utc)
{
    return LeadCodec::isoUtc(utc);
}

QTimeZone ReportScope::reportZone(const PolicySet &policy, const QList<Team> &teams, const QString &teamId)
{
    for (const Team &t : teams) {
        if ((teamId.isEmpty() || t.id == teamId) && policy.calendars.contains(t.calendarId))
            return policy.calendars.value(t.calendarId).timeZone();
    }
    return QTimeZone::utc();
}

Result<ReportScope> ReportScope::prepare(SqlDatabase &db, const PolicySet &policy, const QList<Team> &teams,
    const QString &teamId, const QDateTime &nowUtc, const ReportPeriod &period)
{
    if (!teamId.isEmpty()
        && std::none_of(teams.begin(), teams.end(), [&](const Team &t) { return t.id == teamId; }))
        return Problem::forField(
            QStringLiteral("team"), tr("\"%1\" is not a team of this team store").arg(teamId));
    if (!period.isValid())
        return Problem::forField(QStringLiteral("period"), tr("the period is empty"));
    ReportScope scope;
    scope.m_db = &db;
    scope.m_policy = &policy;
    scope.m_period = period;
    scope.m_teamId = teamId;
    scope.m_now = nowUtc.toUTC();
    scope.m_zone = reportZone(policy, teams, teamId);
    scope.m_dialect = ReportDialect(db.isPostgres());
    scope.m_teams = teams;
    if (auto r = scope.createTables(); !r)
        return r.problems();
    if (auto r = scope.fillSpans(teams); !r)
        return r.problems();
    if (auto r = scope.fillTiers(); !r)
        return r.problems();
    if (auto r = scope.fillBuckets(); !r)
        return r.problems();
    return scope;
}

QString ReportScope::teamName(const QString &teamId) const
{
    for (const Team &t : m_teams) {
        if (t.id == teamId)
            return t.name;
    }
    return teamId;
}

Result<bool> ReportScope::createTables()
{
    // PostgreSQL's JIT compiles a query whose estimated cost is high, as the per-decision lookups
    // of these reports always are, and spent seconds compiling queries that run in milliseconds
    // (bench reports: rep-sla over 10,000 decisions took 4.9 s with it). It is a session setting
    // that changes how queries are executed, never their results; reports run on their own
    // connection (ReportService's worker, salctl report).
    if (m_db->isPostgres()) {
        if (auto r = m_db->exec(QStringLiteral("SET jit = off")); !r)
            return r.problems();
    }
    const QString statements[] = {
        QStringLiteral(
            "CREATE TEMPORARY TABLE IF NOT EXISTS report_spans (team_id TEXT NOT NULL, start_epoch BIGINT "
            "NOT NULL, end_epoch BIGINT NOT NULL, before_secs BIGINT NOT NULL, "
            "PRIMARY KEY (team_id, start_epoch))"),
        QStringLiteral(
            "CREATE TEMPORARY TABLE IF NOT EXISTS report_tiers (tier TEXT PRIMARY KEY, response_secs "
            "BIGINT NOT NULL, follow_up_secs BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE TEMPORARY TABLE IF NOT EXISTS report_buckets (kind TEXT NOT NULL, label TEXT NOT NULL, "
            "start_utc TEXT NOT NULL, end_utc TEXT NOT NULL, PRIMARY KEY (kind, start_utc))"),
        QStringLiteral("DELETE FROM report_spans"),
        QStringLiteral("DELETE FROM report_tiers"),
        QStringLiteral("DELETE FROM report_buckets"),
    };
    for (const QString &sql : statements) {
        if (auto r = m_db->exec(sql); !r)
            return r.problems();
    }
    return true;
}

Result<bool> ReportScope::insertRows(
    const QString &table, const QString &columns, int width, const QVariantList &values)
{
    const QString one = QLatin1Char('(') + QStringList(width, QStringLiteral("?")).join(QLatin1Char(','))
        + QLatin1Char(')');
    for (qsizetype first = 0; first < values.size(); first += qsizetype(kInsertBatch) * width) {
        const QVariantList batch = values.mid(first, qsizetype(kInsertBatch) * width);
        const QStringList tuples(batch.size() / width, one);
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                .arg(table, columns, tuples.join(QLatin1Char(',')));
        if (auto r = m_db->run(sql, batch); !r)
            return r.problems();
    }
    return true;
}

Result<bool> ReportScope::fillSpans(const QList<Team> &teams)
{
    const QDate first = m_period.startUtc().date().addDays(-kLookbackDays - 1);
    const QDate last = std::max(m_period.endUtc(), m_now).date().addDays(1);
    QList<std::pair<QString, BusinessCalendar>> calendars;
    for (const Team &t : teams)
        calendars.append({ t.id, calendarOf(*m_policy, t.calendarId) });
    // People without a team measure on the report's calendar.
    calendars.append({ QStringLiteral(""),
        calendarOf(*m_policy, teams.isEmpty() ? QString() : teams.first().calendarId) });
    QVariantList values;
    for (const auto &[teamId, calendar] : calendars) {
        qint64 before = 0;
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            for (const UtcSpan &span : calendar.workingSpansOn(day)) {
                const qint64 start = span.start.toSecsSinceEpoch();
                const qint64 end = span.end.toSecsSinceEpoch();
                values << teamId << start << end << before;
                before += end - start;
            }
        }
    }
    return insertRows(QStringLiteral("report_spans"),
        QStringLiteral("team_id, start_epoch, end_epoch, before_secs"), 4, values);
}

Result<bool> ReportScope::fillTiers()
{
    QVariantList values;
    for (const SlaTier &t : m_policy->sla.tiers)
        values << t.id << t.responseSeconds() << t.followUpSeconds();
    return insertRows(
        QStringLiteral("report_tiers"), QStringLiteral("tier, response_secs, follow_up_secs"), 3, values);
}

Result<bool> ReportScope::fillBuckets()
{
    const QDate first = m_period.startUtc().toTimeZone(m_zone).date();
    const QDate last = m_period.endUtc().addSecs(-1).toTimeZone(m_zone).date();
    const auto midnight = [&](const QDate &d) { return iso(QDateTime(d, QTime(0, 0), m_zone).toUTC()); };
    QVariantList values;
    const auto add = [&](const QString &kind, const QDate &from, const QDate &next) {
        values << kind << from.toString(Qt::ISODate) << std::max(midnight(from), startText())
               << std::min(midnight(next), endText());
    };
    for (QDate d = first; d <= last; d = d.addDays(1))
        add(QStringLiteral("day"), d, d.addDays(1));
    for (QDate w = ReportPeriod::weekStart(first); w <= last; w = w.addDays(7))
        add(QStringLiteral("week"), w, w.addDays(7));
    for (QDate m(first.year(), first.month(), 1); m <= last; m = m.addMonths(1))
        add(QStringLiteral("month"), m, m.addMonths(1));
    return insertRows(
        QStringLiteral("report_buckets"), QStringLiteral("kind, label, start_utc, end_utc"), 4, values);
}

QDateTime ReportScope::weekStartUtc(const QDateTime &utc) const
{
    const QDate monday = ReportPeriod::weekStart(utc.toTimeZone(m_zone).date());
    return QDateTime(monday, QTime(0, 0), m_zone).toUTC();
}

QString ReportScope::businessSeconds(const QString &timeExpr, const QString &teamExpr) const
{
    return businessSecondsAtEpoch(m_dialect.epoch(timeExpr), teamExpr);
}

QString ReportScope::businessSecondsAtEpoch(const QString &epochExpr, const QString &teamExpr) const
{
    const QString into = m_dialect.least(
        m_dialect.greatest(epochExpr + QStringLiteral(" - s.start_epoch"), QStringLiteral("0")),
        QStringLiteral("s.end_epoch - s.start_epoch"));
    return QStringLiteral("COALESCE((SELECT s.before_secs + %1 FROM report_spans s WHERE s.team_id = %2 AND "
                          "s.start_epoch <= %3 ORDER BY s.start_epoch DESC LIMIT 1), 0)")
        .arg(into, teamExpr, epochExpr);
}

QString ReportScope::teamCondition(const QString &column)
{
    return QStringLiteral("(CAST(? AS TEXT) = '' OR %1 = ?)").arg(column);
}

QString ReportScope::decisionTeamCondition()
{
    return teamCondition(
        QStringLiteral("COALESCE((SELECT p.team_id FROM people p WHERE p.email = d.rep_email), "
                       "(SELECT t.team_id FROM leads t WHERE t.id = d.lead_id), '')"));
}

QString ReportScope::timedDecisionsCte() const
{
    // The window starts at the lead's latest routing to anyone before the decision (a re-route
    // starts a new one); a lead without routing events counts from its routed_at. Both steps are
    // MATERIALIZED so each correlated lookup runs once per decision, not once per reference.
    const QString base
        = QStringLiteral(
            "decided_base AS MATERIALIZED (SELECT d.rep_email AS rep, COALESCE(p.team_id, l.team_id, '') AS "
            "team, "
            "d.kind AS kind, d.lead_id AS lead_id, d.decided_at AS decided_at, d.synced_at AS synced_at, "
            "d.reason_code AS reason_code, COALESCE(w.response_secs, ?) AS window_secs, "
            "COALESCE(w.follow_up_secs, ?) AS follow_secs, %1 AS decided_e, "
            "%2 AS start_e, "
            "CASE WHEN d.kind = 'accept' THEN %3 END AS outreach_e "
            "FROM decisions d JOIN leads l ON l.id = d.lead_id LEFT JOIN people p ON p.email = d.rep_email "
            "LEFT JOIN report_tiers w ON w.tier = l.tier "
            "WHERE d.decided_at >= ? AND d.decided_at < ? AND %4)")
              .arg(m_dialect.epoch(QStringLiteral("d.decided_at")),
                  m_dialect.epoch(QStringLiteral(
                      "COALESCE((SELECT MAX(e.at) FROM events e WHERE e.lead_id = d.lead_id AND e.kind IN "
                      "('routed', 'rerouted') AND e.at <= d.decided_at), l.routed_at, d.decided_at)")),
                  m_dialect.epoch(
                      QStringLiteral("(SELECT MIN(e.at) FROM events e WHERE e.lead_id = d.lead_id "
                                     "AND e.kind = 'first_outreach' AND e.at >= d.decided_at)")),
                  teamCondition(QStringLiteral("COALESCE(p.team_id, l.team_id, '')")));
    const QString decidedBiz
        = businessSecondsAtEpoch(QStringLiteral("b.decided_e"), QStringLiteral("b.team"));
    return base
        + QStringLiteral(
            ", timed AS MATERIALIZED (SELECT b.rep, b.team, b.kind, b.lead_id, b.decided_at, b.synced_at, "
            "b.reason_code, b.window_secs, b.follow_secs, %1 - %2 - %4 AS secs, "
            "CASE WHEN b.outreach_e IS NOT NULL THEN %3 - %1 END AS outreach_secs FROM decided_base b)")
              .arg(decidedBiz, businessSecondsAtEpoch(QStringLiteral("b.start_e"), QStringLiteral("b.team")),
                  businessSecondsAtEpoch(QStringLiteral("b.outreach_e"), QStringLiteral("b.team")),
                  pausedSeconds());
}

QString ReportScope::pausedSeconds() const
{
    // Each return to marketing (needs info) inside the decision's window pauses it until the next
    // enrichment, as LeadSla pauses the live clock; a pause still open at the decision ends there.
    // Mostly no row: one index lookup (events_by_lead_kind) per decision.
    const QString pauseEnd = m_dialect.epoch(m_dialect.least(
        QStringLiteral("COALESCE((SELECT MIN(x.at) FROM events x WHERE x.lead_id = r.lead_id AND "
                       "x.kind = 'enriched' AND x.at > r.at), b.decided_at)"),
        QStringLiteral("b.decided_at")));
    return QStringLiteral("COALESCE((SELECT SUM(%1 - %2) FROM (SELECT %3 AS pause_e, %4 AS resume_e "
                          "FROM events r WHERE r.lead_id = b.lead_id AND r.kind = 'returned' AND "
                          "r.at < b.decided_at) z WHERE z.pause_e >= b.start_e), 0)")
        .arg(businessSecondsAtEpoch(QStringLiteral("z.resume_e"), QStringLiteral("b.team")),
            businessSecondsAtEpoch(QStringLiteral("z.pause_e"), QStringLiteral("b.team")),
            m_dialect.epoch(QStringLiteral("r.at")), pauseEnd);
}

qint64 ReportScope::defaultResponseSecs() const
{
    const std::optional<SlaTier> fallback = m_policy->sla.tier(m_policy->sla.defaultTier);
    return fallback ? fallback->responseSeconds() : 24 * 3600;
}

qint64 ReportScope::defaultFollowUpSecs() const
{
    const std::optional<SlaTier> fallback = m_policy->sla.tier(m_policy->sla.defaultTier);
    return fallback ? fallback->followUpSeconds() : 24 * 3600;
}

QVariantList ReportScope::timedBinds(const QString &fromIso, const QString &toIso) const
{
    return QVariantList { defaultResponseSecs(), defaultFollowUpSecs(), fromIso, toIso } + teamBinds();
}

QString ReportScope::decisionsInPeriod()
{
    // The rep's team is looked up only when a team is chosen: a join to people cost every decision a
    // lookup even for the whole company, and made acceptance-by-source and rejection-reasons 2.3× and
    // 3.7× the hand-written SQL on PostgreSQL (bench reports, 100,000 decisions).
    return QStringLiteral("FROM decisions d JOIN leads l ON l.id = d.lead_id "
                          "WHERE d.decided_at >= ? AND d.decided_at < ? AND ")
        + decisionTeamCondition();
}

} // namespace sal::core
