#include "models/QueueLoader.h"

#include "store/LocalStore.h"

namespace sal::ui {

using namespace sal::core;

QueueLoader::QueueLoader(const SlaClock &sla, IcpDefinition icp, QObject *parent)
    : QObject(parent)
    , m_sla(sla)
    , m_icp(std::move(icp))
{ }

QueueLoader::~QueueLoader()
{
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void QueueLoader::load(const Request &request)
{
    const quint64 generation = ++m_requested;
    QThread *thread = QThread::create([this, request, generation, sla = &m_sla, icp = m_icp,
                                          scorer = m_scorer] {
        // Reached only through `this`'s queued calls below, which Qt drops if it is gone.
        const auto deliver = [this, generation](auto &&finish) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, finish = std::move(finish)]() mutable {
                    if (generation != m_requested)
                        return; // a newer request is on its way
                    m_delivered = generation;
                    finish();
                },
                Qt::QueuedConnection);
        };
        Result<std::unique_ptr<LocalStore>> local = LocalStore::open(request.localStorePath);
        Result<QList<CachedLead>> queue
            = local ? (*local)->openQueue() : Result<QList<CachedLead>>(local.problems());
        if (!queue) {
            deliver([this, problem = joinProblems(queue.problems())] { Q_EMIT failed(problem); });
            return;
        }
        QList<CachedLead> mine;
        for (CachedLead &c : queue.value()) {
            if (request.role == Role::Manager || c.lead.ownerEmail == request.user)
                mine << std::move(c);
        }
        deliver(
            [this, rows = QueueRow::makeSorted(std::move(mine), *sla, icp, scorer.get(), request.nowUtc)] {
                Q_EMIT loaded(rows);
            });
    });
    thread->setObjectName(QStringLiteral("sal-queue-loader"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads << thread;
    thread->start(QThread::LowPriority);
}

} // namespace sal::ui
