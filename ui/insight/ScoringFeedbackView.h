#pragma once

#include "insight/ScoringFeedbackReport.h"
#include "policy/PolicySet.h"
#include "sync/SyncService.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace sal::core {
class Clock;
}

namespace sal::ui {

class ScoringFeedbackModel;

// The manager's (and marketing's) scoring feedback: proposals with their measured effect on the
// last 90 days, channels outside the acceptance health band and coaching signals. Computed on a
// worker thread with its own team-store connection; offline it says it needs the team store.
class ScoringFeedbackView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoringFeedbackView)

public:
    // `teamStore` opens a connection on the worker thread; empty: offline.
    ScoringFeedbackView(core::SyncService::TeamStoreFactory teamStore, core::PolicySet policy,
        const core::Clock &clock, QWidget *parent = nullptr);
    ~ScoringFeedbackView() override; // waits for a running computation

    ScoringFeedbackModel *model() const { return m_model; }
    bool isComputing() const { return m_running > 0; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void computed(); // the model holds a new report, or the summary an error

private:
    void showReport(const core::ScoringFeedbackReport &report);
    void showProblem(const QString &problem);

    core::SyncService::TeamStoreFactory m_teamStore;
    core::PolicySet m_policy;
    const core::Clock &m_clock;
    ScoringFeedbackModel *m_model;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_refresh;
    QTableView *m_view;
    int m_running = 0;
    QList<QPointer<QThread>> m_threads;
};

} // namespace sal::ui
