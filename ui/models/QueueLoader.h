#pragma once

#include "domain/Rep.h"
#include "models/QueueRow.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace sal::ui {

// Reads a rep's open queue and prepares its rows (SLA windows, ICP fit, urgency order) on a worker
// thread with its own connection to the local store, so a queue of 100,000 leads never freezes the
// window. Only the newest request's rows are delivered; older ones are dropped.
class QueueLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueLoader)

public:
    struct Request
    {
        QString localStorePath;
        QString user;
        core::Role role = core::Role::Rep; // a manager sees the team's queue, a rep their own
        QDateTime nowUtc = {}; // from the window's clock: when acceptance likelihoods are scored
    };

    QueueLoader(const core::SlaClock &sla, core::IcpDefinition icp, QObject *parent = nullptr);
    ~QueueLoader() override; // waits for a running load

    void load(const Request &request);
    // The acceptance model rows are scored with from the next load on (null: none). It is shared
    // read-only with the worker thread.
    void setScorer(std::shared_ptr<const core::AcceptanceScorer> scorer) { m_scorer = std::move(scorer); }
    bool isLoading() const { return m_delivered != m_requested; }

Q_SIGNALS:
    void loaded(const QList<sal::ui::QueueRowPtr> &rows);
    void failed(const QString &problem);

private:
    const core::SlaClock &m_sla;
    core::IcpDefinition m_icp;
    std::shared_ptr<const core::AcceptanceScorer> m_scorer;
    quint64 m_requested = 0;
    quint64 m_delivered = 0;
    QList<QPointer<QThread>> m_threads;
};

} // namespace sal::ui
