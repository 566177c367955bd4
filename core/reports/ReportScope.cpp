#include "reports/ReportScope.h"

#include "store/JsonRecordSet.h"
#include "store/LeadCodec.h"

namespace sal::core {

namespace {
// Routing time can lie before the period: decisions early in it still need their start. Spans
// reach this far back; an older start counts from here (at most this window is lost).
constexpr int kLookbackDays = 120;
constexpr auto kInt = JsonRecordSet::Type::Integer;

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

QString ReportScope::sessionSetting(bool postgres)
{
    return postgres ? QStringLiteral("SET jit = off") : QStringLiteral("PRAGMA mmap_size = 4294967296");
}

Result<bool> ReportScope::createTables()
{
    // One session setting per engine, which changes how queries are executed, never their results;
    // reports run on their own connection (ReportService's worker, salctl report).
    // - PostgreSQL's JIT compiles a query whose estimated cost is high, as the per-decision lookups
    //   of these reports always are, and spent seconds compiling queries that run in milliseconds
    //   (bench reports: rep-sla over 10,000 decisions took 4.9 s with it): off.
    // - SQLite read a large team store page by page through read() calls, a third of a heavy
    //   report's time (1,000,000 decisions: system time); mapped, the pages come from the OS cache
    //   without a copy. The mapping is read-only; a size above SQLite's cap means the cap.
    if (auto r = m_db->exec(sessionSetting(m_db->isPostgres())); !r)
        return r.problems();
    const QString statements[] = {
        QStringLiteral(
            "CREATE TEMPORARY TABLE IF NOT EXISTS report_spans (team_id TEXT NOT NULL, start_epoch BIGINT "
            "NOT NULL, end_epoch BIGINT NOT NULL, before_secs BIGINT NOT NULL, "
            "PRIMARY KEY (team_id, start_epoch))"),
        QStringLiteral(
            "CREATE TEMPORARY TABLE IF NOT EXISTS report_hours (team_id TEXT NOT NULL, hour BIGINT NOT NULL, "
            "before_secs BIGINT NOT NULL, work_from BIGINT NOT NULL, work_to BIGINT NOT NULL, split INTEGER "
            "NOT NULL, PRIMARY KEY (team_id, hour))"),
        QStringLiteral(
            "CREATE TEMPORARY TABLE IF NOT EXISTS report_tiers (tier TEXT PRIMARY KEY, response_secs "
            "BIGINT NOT NULL, follow_up_secs BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE TEMPORARY TABLE IF NOT EXISTS report_buckets (kind TEXT NOT NULL, label TEXT NOT NULL, "
            "start_utc TEXT NOT NULL, end_utc TEXT NOT NULL, PRIMARY KEY (kind, start_utc))"),
        QStringLiteral("DELETE FROM report_spans"),
        QStringLiteral("DELETE FROM report_hours"),
        QStringLiteral("DELETE FROM report_tiers"),
        QStringLiteral("DELETE FROM report_buckets"),
    };
    for (const QString &sql : statements) {
        if (auto r = m_db->exec(sql); !r)
            return r.problems();
    }
    return true;
}

Result<bool> ReportScope::insertRows(const QString &table, const JsonRecordSet &rows)
{
    const QString columns = rows.columnNames();
    return rows.run(*m_db,
        QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns + QStringLiteral(") SELECT ")
            + columns + QStringLiteral(" FROM %1"));
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
    const bool pg = m_db->isPostgres();
    JsonRecordSet spanRows(
        pg, { { "team_id" }, { "start_epoch", kInt }, { "end_epoch", kInt }, { "before_secs", kInt } });
    JsonRecordSet hourRows(pg,
        { { "team_id" }, { "hour", kInt }, { "before_secs", kInt }, { "work_from", kInt },
            { "work_to", kInt }, { "split", kInt } });
    for (const auto &[teamId, calendar] : calendars) {
        qint64 before = 0;
        QList<std::array<qint64, 3>> spans;
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            for (const UtcSpan &span : calendar.workingSpansOn(day)) {
                const qint64 start = span.start.toSecsSinceEpoch();
                const qint64 end = span.end.toSecsSinceEpoch();
                spanRows.row().text(teamId).integer(start).integer(end).integer(before);
                spans.append({ start, end, before });
                before += end - start;
            }
        }
        addHours(teamId, spans, hourRows);
    }
    if (auto r = insertRows(QStringLiteral("report_spans"), spanRows); !r)
        return r;
    return insertRows(QStringLiteral("report_hours"), hourRows);
}

void ReportScope::addHours(
    const QString &teamId, const QList<std::array<qint64, 3>> &spans, JsonRecordSet &rows)
{
    if (spans.isEmpty())
        return;
    enum { Start, End, Before };
    qsizetype next = 0; // the first span that ends after the hour starts
    for (qint64 hour = spans.first()[Start] / 3600; hour <= (spans.last()[End] - 1) / 3600; ++hour) {
        const qint64 from = hour * 3600, to = from + 3600;
        while (next < spans.size() && spans.at(next)[End] <= from)
            ++next;
        // Business seconds before the hour: inside a span, or all the spans that ended before it.
        const qint64 before = next == spans.size()
            ? spans.last()[Before] + spans.last()[End] - spans.last()[Start]
            : spans.at(next)[Start] < from ? spans.at(next)[Before] + from - spans.at(next)[Start]
                                           : spans.at(next)[Before];
        int pieces = 0;
        qint64 workFrom = 0, workTo = 0; // the working part of the hour, as seconds into it
        for (qsizetype i = next; i < spans.size() && spans.at(i)[Start] < to; ++i) {
            if (pieces++ == 0)
                workFrom = std::max(spans.at(i)[Start], from) - from;
            workTo = std::min(spans.at(i)[End], to) - from;
        }
        rows.row().text(teamId).integer(hour).integer(before).integer(workFrom).integer(workTo).integer(
            pieces > 1 ? 1 : 0);
    }
}

Result<bool> ReportScope::fillTiers()
{
    JsonRecordSet rows(
        m_db->isPostgres(), { { "tier" }, { "response_secs", kInt }, { "follow_up_secs", kInt } });
    for (const SlaTier &t : m_policy->sla.tiers)
        rows.row().text(t.id).integer(t.responseSeconds()).integer(t.followUpSeconds());
    return insertRows(QStringLiteral("report_tiers"), rows);
}

Result<bool> ReportScope::fillBuckets()
{
    const QDate first = m_period.startUtc().toTimeZone(m_zone).date();
    const QDate last = m_period.endUtc().addSecs(-1).toTimeZone(m_zone).date();
    const auto midnight = [&](const QDate &d) { return iso(QDateTime(d, QTime(0, 0), m_zone).toUTC()); };
    JsonRecordSet rows(m_db->isPostgres(), { { "kind" }, { "label" }, { "start_utc" }, { "end_utc" } });
    const auto add = [&](const QString &kind, const QDate &from, const QDate &next) {
        rows.row()
            .text(kind)
            .text(from.toString(Qt::ISODate))
            .text(std::max(midnight(from), startText()))
            .text(std::min(midnight(next), endText()));
    };
    for (QDate d = first; d <= last; d = d.addDays(1))
        add(QStringLiteral("day"), d, d.addDays(1));
    for (QDate w = ReportPeriod::weekStart(first); w <= last; w = w.addDays(7))
        add(QStringLiteral("week"), w, w.addDays(7));
    for (QDate m(first.year(), first.month(), 1); m <= last; m = m.addMonths(1))
        add(QStringLiteral("month"), m, m.addMonths(1));
    return insertRows(QStringLiteral("report_buckets"), rows);
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

QString ReportScope::hourJoin(const QString &alias, const QString &epochExpr, const QString &teamExpr)
{
    return QStringLiteral(" LEFT JOIN report_hours %1 ON %1.team_id = %2 AND %1.hour = (%3) / 3600")
        .arg(alias, teamExpr, epochExpr);
}

QString ReportScope::businessSecondsAtHour(
    const QString &alias, const QString &epochExpr, const QString &teamExpr) const
{
    const QString into = m_dialect.least(
        m_dialect.greatest(
            QStringLiteral("%1 - %2.hour * 3600 - %2.work_from").arg(epochExpr, alias), QStringLiteral("0")),
        QStringLiteral("%1.work_to - %1.work_from").arg(alias));
    return QStringLiteral("(CASE WHEN %1.split = 0 THEN %1.before_secs + %2 ELSE %3 END)")
        .arg(alias, into, businessSecondsAtEpoch(epochExpr, teamExpr));
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
    // The three moments' hours are joined (report_hours); the pauses are rare and looked up.
    const QString team = QStringLiteral("b.team");
    const QString decided = QStringLiteral("b.decided_e"), start = QStringLiteral("b.start_e"),
                  outreach = QStringLiteral("b.outreach_e");
    return base
        + QStringLiteral(
            ", timed AS MATERIALIZED (SELECT b.rep, b.team, b.kind, b.lead_id, b.decided_at, b.synced_at, "
            "b.reason_code, b.window_secs, b.follow_secs, %1 - %2 - %4 AS secs, "
            "CASE WHEN b.outreach_e IS NOT NULL THEN %3 - %1 END AS outreach_secs FROM decided_base b%5)")
              .arg(businessSecondsAtHour(QStringLiteral("hd"), decided, team),
                  businessSecondsAtHour(QStringLiteral("hs"), start, team),
                  businessSecondsAtHour(QStringLiteral("ho"), outreach, team), pausedSeconds(),
                  hourJoin(QStringLiteral("hd"), decided, team) + hourJoin(QStringLiteral("hs"), start, team)
                      + hourJoin(QStringLiteral("ho"), outreach, team));
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
