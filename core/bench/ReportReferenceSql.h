#pragma once

#include <QDateTime>
#include <QStringList>

namespace sal::core {

// The reference side of `salctl bench reports`: each manager report's aggregate written by hand in
// plain SQL, as a database administrator would type it into `sqlite3` or `psql` for the whole team
// (no team filter, no session tables, no driver): one script per report, the same text on both
// engines. It reads three tables the benchmark copies once from a report scope, as an
// administrator keeps a calendar table: ref_spans (each team's working spans with the business
// seconds before each), ref_tiers (SLA windows) and ref_buckets (local days, weeks and months of
// the period); on PostgreSQL a one-line SQL function `unixepoch(text)` stands in for SQLite's.
// Values in the scripts are the benchmark's own times and policy numbers, never user data.
class ReportReferenceSql
{
public:
    struct Inputs
    {
        QDateTime fromUtc, toUtc, nowUtc; // the period and now
        QDateTime thisWeekUtc; // the Monday of now's week
        QDateTime lastWeekUtc; // the Monday of the period's last week
        qint64 defaultResponseSecs = 24 * 3600;
        int atRiskPerMille = 250;
        qint64 lateSyncSecs = 900;
    };

    // The statements to copy the session tables of a prepared scope into the ref_* tables (run on
    // the scope's own connection), and the PostgreSQL function.
    static QStringList setup(bool postgres);
    // The script of `reportId` ("rep-sla"…), statements ending in ';'; empty when there is none.
    static QString script(const QString &reportId, const Inputs &in);
};

} // namespace sal::core
