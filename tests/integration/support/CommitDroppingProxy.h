#pragma once

// A Unix-socket relay between libpq and a PostgreSQL server that, once armed, lets the server's
// answer to COMMIT reach it and then drops the client's connection instead of forwarding it: the
// server has committed, the client never learns. It runs on its own thread because the client
// blocks inside libpq while the relay must keep moving bytes.

#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>
#include <atomic>

namespace sal::test {

class CommitDroppingRelay final : public QObject
{
    Q_OBJECT

public:
    CommitDroppingRelay(QString listenPath, QString serverPath)
        : m_listenPath(std::move(listenPath))
        , m_serverPath(std::move(serverPath))
    { }

    std::atomic<bool> armed { false };
    std::atomic<int> dropped { 0 };

public Q_SLOTS:
    void listen()
    {
        m_server = new QLocalServer(this);
        QLocalServer::removeServer(m_listenPath);
        m_server->listen(m_listenPath);
        connect(m_server, &QLocalServer::newConnection, this, &CommitDroppingRelay::accept);
    }

private:
    void accept()
    {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            auto *upstream = new QLocalSocket(client);
            upstream->connectToServer(m_serverPath);
            if (!upstream->waitForConnected(5000)) {
                client->abort();
                continue;
            }
            connect(client, &QLocalSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QLocalSocket::readyRead, client, [this, client, upstream] {
                m_pending[client] += upstream->readAll();
                QByteArray &data = m_pending[client];
                // CommandComplete ('C', length, "COMMIT\0"): the commit is done on the server.
                static const QByteArray commitDone = QByteArray("C\0\0\0\x0b"
                                                                "COMMIT",
                                                         11)
                    + '\0';
                if (armed && data.contains(commitDone)) {
                    armed = false;
                    ++dropped;
                    m_pending.remove(client);
                    upstream->abort();
                    client->abort();
                    return;
                }
                client->write(data);
                data.clear();
            });
            connect(client, &QLocalSocket::disconnected, upstream, &QLocalSocket::disconnectFromServer);
            connect(upstream, &QLocalSocket::disconnected, client, &QLocalSocket::disconnectFromServer);
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    QString m_listenPath;
    QString m_serverPath;
    QLocalServer *m_server = nullptr;
    QHash<QLocalSocket *, QByteArray> m_pending;
};

// Owns the relay's thread.
class CommitDroppingProxy
{
    Q_DISABLE_COPY_MOVE(CommitDroppingProxy)

public:
    // Listens on `<listenDir>/.s.PGSQL.<port>` and relays to `<serverDir>/.s.PGSQL.<port>`.
    CommitDroppingProxy(const QString &listenDir, const QString &serverDir, int port)
        : m_relay(QStringLiteral("%1/.s.PGSQL.%2").arg(listenDir).arg(port),
            QStringLiteral("%1/.s.PGSQL.%2").arg(serverDir).arg(port))
    {
        m_relay.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(&m_relay, &CommitDroppingRelay::listen, Qt::BlockingQueuedConnection);
    }
    ~CommitDroppingProxy()
    {
        m_thread.quit();
        m_thread.wait();
    }
    void arm() { m_relay.armed = true; }
    int dropped() const { return m_relay.dropped; }

private:
    QThread m_thread;
    CommitDroppingRelay m_relay;
};

} // namespace sal::test
