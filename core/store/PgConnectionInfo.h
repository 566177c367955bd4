#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sal::core {

// Where a PostgreSQL team store is and whom to connect as, parsed from a
// `postgresql://[user@][host][:port]/dbname[?host=/socket/dir&port=N&sslmode=…&connect_timeout=N]`
// address. A password is never part of it: a password in the address is refused (it would end up
// in shell history and process lists). libpq finds it in PGPASSFILE (or ~/.pgpass); failing that the
// caller may prompt for it and set `password`, which lives only in memory.
class PgConnectionInfo
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::PgConnectionInfo)

public:
    static bool isPostgresAddress(const QString &text); // starts with postgresql:// or postgres://
    static Result<PgConnectionInfo> parse(const QString &address);

    QString host; // a host name, or an absolute directory holding the Unix socket; empty: libpq default
    int port = 0; // 0: libpq default (5432)
    QString databaseName;
    QString user; // the login role; empty: the caller decides (the rep's email)
    QString sslMode;
    int connectTimeoutSeconds = 10;
    QString password; // from a prompt or the keychain, never from the address or a settings file

    // The address without any secret, for messages and logs.
    QString display() const;
    // QPSQL connect options ("sslmode=…;connect_timeout=…").
    QString connectOptions() const;
};

} // namespace sal::core
