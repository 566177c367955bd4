#pragma once

// A throw-away PostgreSQL cluster for tests and for `salctl bench push`: initdb in a temporary
// folder, a server that listens on a Unix socket in that folder only (no TCP), stopped and removed
// when the object goes — and, through a watchdog process, also when the process dies (a failed
// QVERIFY, a crash, a ctest timeout kill). initdb refuses to run as root, so as root the server runs as the `postgres` user.
//
// Authentication is real: the superuser `postgres` connects without a password (trust, for the
// administrator steps), every other role with scram-sha-256 through the PGPASSFILE this writes.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <algorithm>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace sal::core {

class ScratchPgCluster
{
    Q_DISABLE_COPY_MOVE(ScratchPgCluster)

public:
    static constexpr int kPort = 5432; // per-folder socket: clusters of parallel tests never meet

    ScratchPgCluster()
    {
        m_dir.setAutoRemove(false);
    } // removed by stop(), as the server's owner may be another user
    ~ScratchPgCluster() { remove(); }

    // The folder of the PostgreSQL programs: $SAL_PG_BINDIR, else the newest /usr/lib/postgresql/N/bin.
    static QString binDir()
    {
        const QString env = qEnvironmentVariable("SAL_PG_BINDIR");
        if (!env.isEmpty())
            return env;
        QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
            [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
        for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
            if (QFile::exists(root.filePath(*it + QStringLiteral("/bin/initdb"))))
                return root.filePath(*it + QStringLiteral("/bin"));
        }
        return {};
    }

    // initdb + start. On failure `error` says why (never skip: a missing server is a failure).
    bool start(QString *error)
    {
        if (binDir().isEmpty())
            return fail(error,
                QStringLiteral("no PostgreSQL server programs (initdb) under /usr/lib/postgresql: "
                               "run packaging/install-deps.sh (postgresql-15)"));
        if (!m_dir.isValid())
            return fail(error, QStringLiteral("cannot make a temporary folder"));
        if (geteuid() == 0 && ::chown(qPrintable(m_dir.path()), ownerUid(), gid_t(-1)) != 0)
            return fail(error, QStringLiteral("cannot give %1 to the postgres user").arg(m_dir.path()));
        startWatchdog();
        if (!runAsOwner(QStringLiteral("initdb"),
                { QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                    QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                    QStringLiteral("--no-sync"), QStringLiteral("--auth-local=scram-sha-256"),
                    QStringLiteral("--auth-host=reject") },
                error))
            return false;
        // The superuser may connect without a password (administration steps of the tests only).
        QFile hba(dataDir() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(error, QStringLiteral("cannot write pg_hba.conf"));
        hba.write("local all postgres trust\nlocal all all scram-sha-256\n");
        hba.close();
        m_initialised = true;
        return startServer(error);
    }

    // start() and an empty `database` in it, owned by the superuser (what each benchmark needs first).
    bool startWithDatabase(const QString &database, QString *error)
    {
        return start(error)
            && psql(QStringLiteral("postgres"), QStringLiteral("postgres"),
                QStringLiteral("CREATE DATABASE ") + database, error);
    }

    // Like a power cut for the server process: no shutdown checkpoint, recovery on the next start.
    bool stopImmediately(QString *error = nullptr)
    {
        return runAsOwner(QStringLiteral("pg_ctl"),
            { QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
                QStringLiteral("-s"), QStringLiteral("stop") },
            error);
    }
    bool startServer(QString *error = nullptr)
    {
        const QString options
            = QStringLiteral("-c listen_addresses='' -c unix_socket_directories='%1' -c port=%2 "
                             "-c fsync=off -c full_page_writes=off -c max_connections=60")
                  .arg(m_dir.path())
                  .arg(kPort);
        return runAsOwner(QStringLiteral("pg_ctl"),
            { QStringLiteral("-D"), dataDir(), QStringLiteral("-w"), QStringLiteral("-t"),
                QStringLiteral("60"), QStringLiteral("-s"), QStringLiteral("-l"),
                m_dir.path() + QStringLiteral("/server.log"), QStringLiteral("-o"), options,
                QStringLiteral("start") },
            error);
    }

    QString socketDir() const { return m_dir.path(); }
    QString serverLog() const
    {
        QFile f(m_dir.path() + QStringLiteral("/server.log"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    // postgresql:// address of `database` on this cluster, as `user` (empty: the caller's --as).
    QString address(const QString &database, const QString &user = {}) const
    {
        const QString who = user.isEmpty()
            ? QString()
            : QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
        return QStringLiteral("postgresql://%1/%2?host=%3&port=%4")
            .arg(who, database, socketDir())
            .arg(kPort);
    }
    // The PGPASSFILE every connection of the test process (and its children) uses.
    QString passFile() const { return m_dir.path() + QStringLiteral("/pgpass"); }
    void addPassword(const QString &user, const QString &password)
    {
        QFile f(passFile());
        if (f.open(QIODevice::Append))
            f.write(QStringLiteral("*:*:*:%1:%2\n").arg(user, password).toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // libpq ignores a group-readable file
        qputenv("PGPASSFILE", passFile().toLocal8Bit());
    }

    // Runs `sql` through psql as `user` on `database`; returns psql's output (tuples only, unaligned),
    // or nothing when psql failed (then `error` holds its messages).
    std::optional<QString> psql(
        const QString &database, const QString &user, const QString &sql, QString *error = nullptr) const
    {
        QProcess p;
        p.setProgram(binDir() + QStringLiteral("/psql"));
        p.setArguments({ QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-tA"),
            QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), socketDir(),
            QStringLiteral("-p"), QString::number(kPort), QStringLiteral("-U"), user, QStringLiteral("-d"),
            database, QStringLiteral("-c"), sql });
        p.start();
        p.waitForFinished(60000);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            if (error)
                *error = QString::fromUtf8(p.readAllStandardError()).trimmed();
            return std::nullopt;
        }
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    void remove()
    {
        if (m_removed)
            return;
        m_removed = true;
        if (m_initialised)
            stopImmediately();
        QDir(m_dir.path()).removeRecursively();
        if (m_watchdog.state() != QProcess::NotRunning) {
            m_watchdog.closeWriteChannel(); // its work is done: it finds nothing left
            m_watchdog.waitForFinished(30000);
        }
    }

private:
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }

    static uid_t ownerUid()
    {
        QProcess id;
        id.start(QStringLiteral("id"), { QStringLiteral("-u"), QStringLiteral("postgres") });
        id.waitForFinished(10000);
        return uid_t(QString::fromLatin1(id.readAllStandardOutput()).trimmed().toUInt());
    }

    static bool fail(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return false;
    }

    bool runAsOwner(const QString &program, const QStringList &args, QString *error) const
    {
        QProcess p;
        const QString path = binDir() + QLatin1Char('/') + program;
        if (geteuid() == 0) {
            p.setProgram(QStringLiteral("runuser"));
            p.setArguments(
                QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), path }
                + args);
        } else {
            p.setProgram(path);
            p.setArguments(args);
        }
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start();
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return fail(error,
                QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(p.readAll()).trimmed()));
        return true;
    }

    // A shell that waits for its standard input to close — which happens when this process ends
    // however it ends — and then stops the server and removes the folder.
    void startWatchdog()
    {
        const QString stop
            = QStringLiteral("%1/pg_ctl -D '%2' -m immediate -s stop").arg(binDir(), dataDir());
        const QString asOwner = geteuid() == 0 ? QStringLiteral("runuser -u postgres -- %1").arg(stop) : stop;
        const QString script
            = QStringLiteral("cat >/dev/null; if [ -d '%1' ]; then %2 >/dev/null 2>&1; rm -rf '%3'; fi")
                  .arg(dataDir(), asOwner, m_dir.path());
        m_watchdog.setProgram(QStringLiteral("/bin/sh"));
        m_watchdog.setArguments({ QStringLiteral("-c"), script });
        m_watchdog.setStandardOutputFile(QProcess::nullDevice());
        m_watchdog.setStandardErrorFile(QProcess::nullDevice());
        m_watchdog.start();
        m_watchdog.waitForStarted();
    }

    QTemporaryDir m_dir { QDir::tempPath() + QStringLiteral("/salpg-XXXXXX") };
    QProcess m_watchdog;
    bool m_initialised = false;
    bool m_removed = false;
};

} // namespace sal::core
