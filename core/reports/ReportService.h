#pragma once

#include "policy/PolicySet.h"
#include "reports/ReportCatalog.h"
#include "sync/SyncService.h"

#include <QObject>
#include <memory>

class QThread;

namespace sal::core {

class Clock;
class SqlTeamStore;

// Runs reports of a catalog on a worker thread with its own team-store connection (connections are
// per thread), as the manager's panel does, so the window never waits for the database. Progress
// and the result come back as signals on the caller's thread. A request made while one runs waits
// and replaces any other waiting one: only the newest request's result is delivered.
class ReportService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportService)

public:
    struct Request
    {
        QString period; // as `salctl report --period`: this-week, last-4-weeks, quarter, FROM..TO
        QString teamId; // empty: every team the connection may see
        QStringList reports; // ids of the catalog; empty: all of them
    };

    struct Outcome
    {
        QList<ReportTable> tables; // in the order requested
        QString periodLabel;
        QDateTime startUtc, endUtc;
        QString error; // empty when every report ran
    };

    // `openStore` opens a connection on the worker thread (RepWorkspace::teamStoreFactory()).
    ReportService(SyncService::TeamStoreFactory openStore, PolicySet policy, ReportCatalog catalog,
        const Clock &clock, QObject *parent = nullptr);
    ~ReportService() override; // waits for a running request

    void run(const Request &request);
    bool isRunning() const { return m_worker != nullptr; }
    const ReportCatalog &catalog() const { return m_catalog; }

    // The work itself, on whatever thread calls it (the worker; salctl-like callers and tests).
    static Outcome runOn(SqlTeamStore &store, const PolicySet &policy, const ReportCatalog &catalog,
        const Request &request, const QDateTime &nowUtc,
        const std::function<void(int, int, QString)> &progress = {});

Q_SIGNALS:
    void progress(int done, int total, const QString &reportTitle);
    void finished(const sal::core::ReportService::Outcome &outcome);

private:
    void start(const Request &request);

    SyncService::TeamStoreFactory m_openStore;
    PolicySet m_policy;
    ReportCatalog m_catalog;
    const Clock &m_clock;
    QThread *m_worker = nullptr;
    std::optional<Request> m_waiting;
};

} // namespace sal::core
