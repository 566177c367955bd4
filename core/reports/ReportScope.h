#pragma once

#include "domain/Result.h"
#include "domain/Team.h"
#include "policy/PolicySet.h"
#include "reports/ReportDialect.h"
#include "reports/ReportPeriod.h"
#include "store/SqlDatabase.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace sal::core {

class JsonRecordSet;

// What every report runs in: one connection, the policy, the period, an optional team and "now",
// plus four small session tables the SQL joins instead of loading rows into memory:
//  - report_spans (team_id, start_epoch, end_epoch, before_secs): each team's working spans from
//    its BusinessCalendar, with the business seconds before each, so business time between two
//    moments is a difference of two index lookups (businessSeconds());
//  - report_hours (team_id, hour, before_secs, work_from, work_to, split): the same per UTC hour
//    (seconds since the epoch / 3600), so a report over many rows can join it on an equality, which
//    PostgreSQL hashes, instead of running one lookup per row (hourJoin(), businessSecondsAtHour());
//  - report_tiers (tier, response_secs, follow_up_secs): the SLA windows of the policy;
//  - report_buckets (kind, label, start_utc, end_utc): the period's local days, weeks and months.
// Temporary tables live in the connection, so each thread's connection has its own.
class ReportScope
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ReportScope)

public:
    // The zone weeks and days are cut in: the calendar of `teamId`, else of the first team with one.
    static QTimeZone reportZone(const PolicySet &policy, const QList<Team> &teams, const QString &teamId);
    // `teamId` empty: every team. `period` cut in reportZone().
    static Result<ReportScope> prepare(SqlDatabase &db, const PolicySet &policy, const QList<Team> &teams,
        const QString &teamId, const QDateTime &nowUtc, const ReportPeriod &period);

    SqlDatabase &db() const { return *m_db; }
    const PolicySet &policy() const { return *m_policy; }
    const ReportPeriod &period() const { return m_period; }
    const QString &teamId() const { return m_teamId; }
    const QDateTime &nowUtc() const { return m_now; }
    const QTimeZone &zone() const { return m_zone; }
    const ReportDialect &dialect() const { return m_dialect; }
    QString teamName(const QString &teamId) const;

    // The statement that sets up a report connection's session (createTables() says why); the
    // bench's hand-written references start with it too.
    static QString sessionSetting(bool postgres);

    static QString iso(const QDateTime &utc); // how the stores write times ("2026-03-09T14:00:00Z")
    QString startText() const { return iso(m_period.startUtc()); }
    QString endText() const { return iso(m_period.endUtc()); }

    // SQL: business seconds from the epoch of the team's calendar spans up to `timeExpr` (ISO text),
    // for the team in `teamExpr`. The difference of two is business time between them.
    QString businessSeconds(const QString &timeExpr, const QString &teamExpr) const;
    // The same at a time given as seconds since the epoch (an integer expression).
    QString businessSecondsAtEpoch(const QString &epochExpr, const QString &teamExpr) const;
    // SQL: "LEFT JOIN report_hours `alias` …" on the hour of `epochExpr` for the team in `teamExpr`.
    static QString hourJoin(const QString &alias, const QString &epochExpr, const QString &teamExpr);
    // SQL: businessSecondsAtEpoch() read from the hour joined as `alias` by hourJoin() with the same
    // expressions. An hour a break splits in two, or a time outside the table, takes the lookup.
    QString businessSecondsAtHour(
        const QString &alias, const QString &epochExpr, const QString &teamExpr) const;

    // SQL: CTEs ending in one named `timed`, one row per decision made (device time) in [?, ?) by the team's
    // people: rep, team, kind, lead_id, decided_at, synced_at, reason_code, window_secs (the tier's
    // response window), follow_secs, secs (business seconds from routing to decision) and
    // outreach_secs (business seconds from acceptance to first outreach; null without one). `secs`
    // leaves out the time the lead was back with marketing (needs info → enriched): the SLA clock
    // is paused then, and the rep cannot act on it.
    // Binds: timedBinds(from, to).
    QString timedDecisionsCte() const;
    QVariantList timedBinds(const QString &fromIso, const QString &toIso) const;
    // SQL: the period's decisions (device time) of the chosen team, as `d`, with their lead `l`:
    // "FROM … WHERE …" to which a report adds its own columns and grouping.
    static QString decisionsInPeriod();
    QVariantList decisionBinds() const { return QVariantList { startText(), endText() } + teamBinds(); }
    qint64 defaultResponseSecs() const;
    qint64 defaultFollowUpSecs() const;
    // SQL condition on a team column with binds teamBinds(): true for every team when none is chosen.
    static QString teamCondition(const QString &column);
    // The same for a decision `d`, its team being the rep's, else the lead's: looked up only when a
    // team is chosen, so a report of the whole company joins neither people nor leads for it.
    static QString decisionTeamCondition();
    QVariantList teamBinds() const { return { teamText(), teamText() }; }

    // Frees a finished query before the next one runs: on PostgreSQL, freeing a prepared statement
    // sends DEALLOCATE, which would cut off the rows of a query already being read.
    static void release(Result<QSqlQuery> &query) { query = Result<QSqlQuery>(Problems {}); }

    // The local week (Monday) that holds `utc`, as the UTC start of that Monday.
    QDateTime weekStartUtc(const QDateTime &utc) const;

private:
    ReportScope() = default;
    // The team id as bound text: "" (not NULL, which would match nothing) for every team.
    QString teamText() const { return m_teamId.isEmpty() ? QStringLiteral("") : m_teamId; }
    // SQL: business seconds of decided_base `b`'s window the lead spent paused (needs info).
    QString pausedSeconds() const;
    Result<bool> createTables();
    Result<bool> fillSpans(const QList<Team> &teams);
    // report_hours rows (6 values each) of one team's spans (start, end, before), in time order.
    static void addHours(
        const QString &teamId, const QList<std::array<qint64, 3>> &spans, JsonRecordSet &rows);
    Result<bool> fillTiers();
    Result<bool> fillBuckets();
    // One INSERT of `rows` into `table`'s columns of the same names, the rows bound as one JSON
    // parameter: binding them one value each cost PostgreSQL a round trip per 2,000 rows and
    // SQLite's Qt driver a name lookup per value that grows with the statement (quadratic: 1.3 s
    // for a year of hours, most of a report's preparation).
    Result<bool> insertRows(const QString &table, const JsonRecordSet &rows);

    SqlDatabase *m_db = nullptr;
    const PolicySet *m_policy = nullptr;
    ReportPeriod m_period;
    QString m_teamId;
    QDateTime m_now;
    QTimeZone m_zone = QTimeZone::utc();
    ReportDialect m_dialect { false };
    QList<Team> m_teams;
};

} // namespace sal::core
