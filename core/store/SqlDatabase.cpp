#include "store/SqlDatabase.h"

#include "store/PgConnectionInfo.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace sal::core {

namespace {
// Adds the time of one driver call to the connection's traffic.
class DriverTimer
{
public:
    explicit DriverTimer(qint64 &total)
        : m_total(total)
    {
        m_timer.start();
    }
    ~DriverTimer() { m_total += m_timer.nsecsElapsed(); }

private:
    qint64 &m_total;
    QElapsedTimer m_timer;
};
} // namespace

SqlDatabase::~SqlDatabase()
{
    close();
}

Problem SqlDatabase::problem(const QString &what, const QString &driverText) const
{
    return Problem::at(m_path, {}, tr("%1: %2").arg(what, driverText));
}

Result<bool> SqlDatabase::open(const QString &path, bool create)
{
    close();
    m_path = path;
    if (!create && !QFileInfo::exists(path))
        return Problem::at(path, {}, tr("no such database file"));
    m_connectionName = QStringLiteral("sal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_postgres = false;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return problem(tr("cannot open the database"), m_db.lastError().text());
    // busy_timeout first: another process may hold the lock while we set the journal mode.
    for (const char *pragma : { "PRAGMA busy_timeout = 10000", "PRAGMA journal_mode = WAL",
             "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON" }) {
        if (auto r = exec(QLatin1String(pragma)); !r)
            return r.problems();
    }
    // Reading the schema proves the file is a database, not just a file we could open.
    if (auto r = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")); !r)
        return r.problems();
    return true;
}

Result<bool> SqlDatabase::openPostgres(const PgConnectionInfo &info)
{
    close();
    m_path = info.display();
    m_postgres = true;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return problem(tr("cannot open the database"),
            tr("Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql)"));
    m_connectionName = QStringLiteral("sal-pg-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(info.host);
    if (info.port > 0)
        m_db.setPort(info.port);
    m_db.setDatabaseName(info.databaseName);
    m_db.setUserName(info.user);
    m_db.setPassword(info.password); // empty: libpq looks in PGPASSFILE / ~/.pgpass
    m_db.setConnectOptions(info.connectOptions());
    if (!m_db.open())
        return problem(tr("cannot connect"), m_db.lastError().text().trimmed());
    // Times are ISO 8601 text in both backends; UTC sessions keep any server-side now() honest.
    if (auto r = exec(QStringLiteral("SET TIME ZONE 'UTC'")); !r)
        return r.problems();
    return true;
}

void SqlDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_prepared.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Result<QSqlQuery> SqlDatabase::exec(const QString &sql, const QVariantList &binds)
{
    const DriverTimer timed(m_traffic.inDriverNs);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // PostgreSQL prepares only SELECT/INSERT/UPDATE/DELETE: a statement without values (DDL,
    // BEGIN, SET ROLE…) is sent as it is. It holds no user data: values are always bound.
    if (m_postgres && binds.isEmpty()) {
        ++m_traffic.executions;
        if (!query.exec(sql))
            return problem(
                tr("cannot run \"%1\"").arg(sql.simplified().left(80)), query.lastError().text().trimmed());
        return query;
    }
    ++m_traffic.prepares;
    if (!query.prepare(sql))
        return problem(tr("cannot prepare \"%1\"").arg(sql.simplified().left(80)), query.lastError().text());
    for (const QVariant &v : binds)
        query.addBindValue(v);
    ++m_traffic.executions;
    if (!query.exec())
        return problem(tr("cannot run \"%1\"").arg(sql.simplified().left(80)), query.lastError().text());
    return query;
}

Result<QSqlQuery *> SqlDatabase::prepared(const QString &sql, const QVariantList &binds)
{
    // Statements built with a varying number of placeholders could grow the cache without bound.
    constexpr size_t kMaxPrepared = 256;
    const DriverTimer timed(m_traffic.inDriverNs);
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        if (m_prepared.size() >= kMaxPrepared)
            m_prepared.clear();
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        ++m_traffic.prepares;
        if (!query->prepare(sql))
            return problem(
                tr("cannot prepare \"%1\"").arg(sql.simplified().left(80)), query->lastError().text());
        it = m_prepared.emplace(sql, std::move(query)).first;
    }
    QSqlQuery *query = it->second.get();
    for (qsizetype i = 0; i < binds.size(); ++i)
        query->bindValue(int(i), binds.at(i));
    ++m_traffic.executions;
    if (!query->exec()) {
        const Problem failed = problem(
            tr("cannot run \"%1\"").arg(sql.simplified().left(80)), query->lastError().text().trimmed());
        query->finish();
        return failed;
    }
    return query;
}

Result<int> SqlDatabase::run(const QString &sql, const QVariantList &binds)
{
    if (m_postgres && binds.isEmpty()) {
        Result<QSqlQuery> q = exec(sql, binds);
        if (!q)
            return q.problems();
        return q.value().numRowsAffected();
    }
    Result<QSqlQuery *> q = prepared(sql, binds);
    if (!q)
        return q.problems();
    const int changed = (*q)->numRowsAffected();
    (*q)->finish();
    return changed;
}

Result<QVariant> SqlDatabase::scalar(const QString &sql, const QVariantList &binds)
{
    if (m_postgres && binds.isEmpty()) {
        Result<QSqlQuery> q = exec(sql, binds);
        if (!q)
            return q.problems();
        return q.value().next() ? q.value().value(0) : QVariant();
    }
    Result<QSqlQuery *> q = prepared(sql, binds);
    if (!q)
        return q.problems();
    const QVariant value = (*q)->next() ? (*q)->value(0) : QVariant();
    (*q)->finish();
    return value;
}

Result<bool> SqlDatabase::each(
    const QString &sql, const QVariantList &binds, const std::function<void(const QSqlQuery &)> &row)
{
    Result<QSqlQuery *> q = prepared(sql, binds);
    if (!q)
        return q.problems();
    while ((*q)->next())
        row(**q);
    (*q)->finish();
    return true;
}

Result<bool> SqlDatabase::begin()
{
    if (auto r = exec(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")); !r)
        return r.problems();
    return true;
}

Result<bool> SqlDatabase::commit()
{
    if (auto r = exec(QStringLiteral("COMMIT")); !r) {
        rollback();
        return r.problems();
    }
    return true;
}

void SqlDatabase::rollback()
{
    const DriverTimer timed(m_traffic.inDriverNs);
    QSqlQuery query(m_db);
    ++m_traffic.executions;
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace sal::core
