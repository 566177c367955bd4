#include "store/SqlDatabase.h"

#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace sal::core {

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
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return problem(tr("cannot open the database"), m_db.lastError().text());
    // busy_timeout first: another process may hold the lock while we set the journal mode.
    for (const char *pragma : { "PRAGMA busy_timeout = 10000", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                "PRAGMA foreign_keys = ON" }) {
        if (auto r = exec(QLatin1String(pragma)); !r)
            return r.problems();
    }
    // Reading the schema proves the file is a database, not just a file we could open.
    if (auto r = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")); !r)
        return r.problems();
    return true;
}

void SqlDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Result<QSqlQuery> SqlDatabase::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return problem(tr("cannot prepare \"%1\"").arg(sql.simplified().left(80)), query.lastError().text());
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!query.exec())
        return problem(tr("cannot run \"%1\"").arg(sql.simplified().left(80)), query.lastError().text());
    return query;
}

Result<int> SqlDatabase::run(const QString &sql, const QVariantList &binds)
{
    Result<QSqlQuery> q = exec(sql, binds);
    if (!q)
        return q.problems();
    return q.value().numRowsAffected();
}

Result<QVariant> SqlDatabase::scalar(const QString &sql, const QVariantList &binds)
{
    Result<QSqlQuery> q = exec(sql, binds);
    if (!q)
        return q.problems();
    return q.value().next() ? q.value().value(0) : QVariant();
}

Result<bool> SqlDatabase::begin()
{
    if (auto r = exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
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
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace sal::core
