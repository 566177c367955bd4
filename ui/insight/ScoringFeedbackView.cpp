#include "insight/ScoringFeedbackView.h"

#include "insight/ScoringFeedback.h"
#include "insight/ScoringFeedbackModel.h"
#include "sla/Clock.h"
#include "store/SqlTeamStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sal::ui {

using namespace sal::core;

ScoringFeedbackView::ScoringFeedbackView(
    SyncService::TeamStoreFactory teamStore, PolicySet policy, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_teamStore(std::move(teamStore))
    , m_policy(std::move(policy))
    , m_clock(clock)
    , m_model(new ScoringFeedbackModel(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_refresh(new QPushButton(tr("&Recompute"), this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("scoringFeedbackView"));
    m_summary->setObjectName(QStringLiteral("scoringFeedbackSummary"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("scoringFeedbackProgress"));
    m_progress->setRange(0, 0); // busy: the aggregation reports no steps
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_refresh->setObjectName(QStringLiteral("scoringFeedbackRefresh"));
    m_refresh->setAccessibleDescription(
        tr("Count the last 90 days' decisions again and update the findings"));
    m_view->setObjectName(QStringLiteral("scoringFeedbackTable"));
    m_view->setAccessibleName(tr("Scoring feedback findings"));
    m_view->setAccessibleDescription(
        tr("One finding per row: what it is about, what was measured and the proposal"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    // Each proposal is a sentence with its figures: rows grow to show it whole.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ScoringFeedbackModel::Detail, QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_progress);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_refresh, &QPushButton::clicked, this, &ScoringFeedbackView::refresh);
    m_summary->setText(m_teamStore ? tr("Scoring feedback from the last 90 days' decisions: press Recompute.")
                                   : tr("Scoring feedback needs the team store: you are offline."));
    m_refresh->setEnabled(bool(m_teamStore));
}

ScoringFeedbackView::~ScoringFeedbackView()
{
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void ScoringFeedbackView::refresh()
{
    if (!m_teamStore || m_running > 0)
        return;
    ++m_running;
    m_progress->show();
    m_refresh->setEnabled(false);
    m_summary->setText(tr("Counting the last 90 days' decisions…"));
    QThread *thread
        = QThread::create([this, factory = m_teamStore, policy = m_policy, now = m_clock.nowUtc()] {
              Result<ScoringFeedbackReport> report = [&]() -> Result<ScoringFeedbackReport> {
                  Result<std::unique_ptr<TeamStore>> store = factory();
                  if (!store)
                      return store.problems();
                  auto *sql = dynamic_cast<SqlTeamStore *>(store.value().get());
                  if (!sql)
                      return Problem::forField(QString(), tr("This team store cannot aggregate decisions."));
                  return ScoringFeedback(sql->database(), policy.icp, policy.reports).compute(now);
              }();
              // Queued to this object: dropped by Qt if the view is gone (the destructor waits anyway).
              QMetaObject::invokeMethod(
                  this,
                  [this, report = std::move(report)] {
                      if (report)
                          showReport(*report);
                      else
                          showProblem(joinProblems(report.problems()));
                  },
                  Qt::QueuedConnection);
          });
    thread->setObjectName(QStringLiteral("sal-scoring-feedback"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads << thread;
    thread->start(QThread::LowPriority);
}

void ScoringFeedbackView::showReport(const ScoringFeedbackReport &report)
{
    --m_running;
    m_progress->hide();
    m_refresh->setEnabled(true);
    m_model->setReport(report);
    m_summary->setText(
        tr("%1 accepted and %2 rejected MQLs from %3 to %4 (%5 % accepted, %6 % of accepted to SQL); "
           "proposals: %7.")
            .arg(report.accepted)
            .arg(report.rejected)
            .arg(QLocale().toString(report.fromUtc.toLocalTime().date(), QLocale::ShortFormat),
                QLocale().toString(report.toUtc.toLocalTime().date(), QLocale::ShortFormat))
            .arg(qRound(report.teamAcceptanceRate))
            .arg(qRound(report.teamSalToSqlRate))
            .arg(report.proposals.size()));
    Q_EMIT computed();
}

void ScoringFeedbackView::showProblem(const QString &problem)
{
    --m_running;
    m_progress->hide();
    m_refresh->setEnabled(true);
    m_summary->setText(tr("Could not compute the scoring feedback: %1").arg(problem));
    Q_EMIT computed();
}

} // namespace sal::ui
