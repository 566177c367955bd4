#include "models/QueueLoader.h"

#include "store/LocalStore.h"

#include <QHash>

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
    QThread *thread
        = QThread::create([this, request, generation, sla = &m_sla, icp = m_icp, scorer = m_scorer] {
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
              Result<QList<LeadSummary>> queue
                  = local ? (*local)->openQueueSummaries() : Result<QList<LeadSummary>>(local.problems());
              // With an acceptance model every lead is scored, which needs its whole context: each one is
              // decoded, scored and dropped, so only the likelihoods are kept.
              QHash<QString, double> likelihoods;
              if (queue && scorer && scorer->hasModel()) {
                  const Result<bool> scored = (*local)->eachOpenLead([&](const CachedLead &c) {
                      if (const std::optional<double> p = scorer->likelihood(c.lead, request.nowUtc))
                          likelihoods.insert(c.lead.id, *p);
                  });
                  if (!scored)
                      queue = scored.problems();
              }
              if (!queue) {
                  deliver([this, problem = joinProblems(queue.problems())] { Q_EMIT failed(problem); });
                  return;
              }
              QList<QueueRowPtr> rows;
              rows.reserve(queue->size());
              for (LeadSummary &s : queue.value()) {
                  if (request.role != Role::Manager && s.ownerEmail != request.user)
                      continue;
                  const auto p = likelihoods.constFind(s.id);
                  rows << QueueRow::make(std::move(s), *sla, icp,
                      p == likelihoods.cend() ? std::optional<double>() : std::optional<double>(*p));
              }
              QueueRow::sortByUrgency(rows);
              deliver([this, rows = std::move(rows)] { Q_EMIT loaded(rows); });
          });
    thread->setObjectName(QStringLiteral("sal-queue-loader"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads << thread;
    thread->start(QThread::LowPriority);
}

} // namespace sal::ui
