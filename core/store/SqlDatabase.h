#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <functional>
#include <map>
#include <memory>

namespace sal::core {

class PgConnectionInfo;

// One connection owned by one object on one thread: a unique connection name, prepared statements
// only, and errors as Problems that carry the driver's message. A SQLite file gets the pragmas every
// store needs (WAL, synchronous=FULL, foreign keys, busy timeout); a PostgreSQL server (QPSQL) is
// the team store of a real team.
class SqlDatabase
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::SqlDatabase)
    Q_DISABLE_COPY_MOVE(SqlDatabase)

public:
    SqlDatabase() = default;
    ~SqlDatabase();

    // Opens (creating when `create`) the SQLite file at `path`.
    Result<bool> open(const QString &path, bool create = true);
    // Connects to PostgreSQL as `info.user`; the password comes from `info` or from libpq (PGPASSFILE).
    Result<bool> openPostgres(const PgConnectionInfo &info);
    void close();
    bool isPostgres() const { return m_postgres; }
    bool isOpen() const { return m_db.isOpen(); }
    const QString &path() const { return m_path; }
    QSqlDatabase &handle() { return m_db; }

    // Prepares and runs `sql` with positional `binds`; the query is returned for reading rows.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {});
    // Runs a statement and returns how many rows it changed.
    Result<int> run(const QString &sql, const QVariantList &binds = {});
    // The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &binds = {});
    // Runs a SELECT and hands each row to `row`. Like run() and scalar() it reuses the statement
    // prepared the first time (one round trip instead of two on PostgreSQL, no re-parse on SQLite)
    // and resets it afterwards, so no statement is left holding a read snapshot.
    Result<bool> each(
        const QString &sql, const QVariantList &binds, const std::function<void(const QSqlQuery &)> &row);

    Result<bool> begin(); // SQLite: BEGIN IMMEDIATE, take the write lock now, not halfway through
    Result<bool> commit();
    void rollback();

    Problem problem(const QString &what, const QString &driverText) const;

    // What this connection sent, for the benchmarks' round-trip counts: on PostgreSQL every prepare
    // and every execution is one round trip to the server. `inDriverNs` is the time spent inside
    // the driver's prepare and exec (the round trips and the server's work), so a benchmark can say
    // how much of its time the database took.
    struct Traffic
    {
        qint64 prepares = 0;
        qint64 executions = 0;
        qint64 inDriverNs = 0;
        qint64 roundTrips() const { return prepares + executions; }
    };
    const Traffic &traffic() const { return m_traffic; }

private:
    // The prepared statement for `sql`, executed with `binds`; finish() it when done.
    Result<QSqlQuery *> prepared(const QString &sql, const QVariantList &binds);

    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    QString m_connectionName;
    QString m_path; // or the PostgreSQL address, without secrets
    bool m_postgres = false;
    Traffic m_traffic;
};

// Rolls back unless committed: every multi-statement write goes through one.
class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(SqlDatabase &db)
        : m_db(db)
    {
        m_started = m_db.begin();
    }
    ~Transaction()
    {
        if (m_started.ok() && !m_done)
            m_db.rollback();
    }
    const Result<bool> &started() const { return m_started; }
    Result<bool> commit()
    {
        m_done = true;
        return m_db.commit();
    }

private:
    SqlDatabase &m_db;
    Result<bool> m_started = false;
    bool m_done = false;
};

} // namespace sal::core
