#pragma once

#include "disposition/ContactAttempt.h"
#include "disposition/Disposition.h"
#include "models/QueueRow.h"
#include "sla/SlaAlertTracker.h"

#include <QHash>
#include <QMainWindow>
#include <memory>

class QLabel;
class QListView;
class QPushButton;
class QSplitter;
class QSystemTrayIcon;
class QTabWidget;
class QTableView;
class QTimer;

namespace sal::core {
class AcceptanceScorer;
class Clock;
class RepWorkspace;
class SyncService;
struct SyncStatus;
} // namespace sal::core

namespace sal::ui {

class AutomationPanel;
class ConflictsModel;
class DecisionLogModel;
class FollowUpModel;
class DispositionForm;
class LeadContextView;
class QueueLoader;
class QueueModel;
class QueuePane;
class ScoringFeedbackView;
class TeamPanel;
class WorkbenchActions;

// The rep's workbench: the urgency-sorted queue on the left, the lead's context and the
// disposition form on the right, sync state in the status bar. Every decision goes through the
// RepWorkspace, so the window holds no rule of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `sync` may be null (offline); the window does not own the workspace or the clock.
    MainWindow(core::RepWorkspace &workspace, const core::Clock &clock, core::SyncService *sync,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    QueuePane *queuePane() const { return m_queue; }
    QueueModel *queueModel() const { return m_queueModel; }
    DispositionForm *dispositionForm() const { return m_form; }
    LeadContextView *leadView() const { return m_leadView; }
    WorkbenchActions *workbenchActions() const { return m_actions; }
    QTabWidget *tabs() const { return m_tabs; }

    // Reads the whole queue again on a worker thread (queueLoaded() when it is shown), and the
    // conflicts, follow-ups and decision log at once.
    void reload();
    // Re-reads only these leads (after a decision, an attempt, an undo, a small sync round).
    void refreshLeads(const QStringList &leadIds);
    bool isLoadingQueue() const;

    enum Tab { OpenTab, AcceptedTab, DecidedTab, ConflictsTab, AutomationTab, TeamTab, ScoringFeedbackTab };
    AutomationPanel *automationPanel() const { return m_automation; }
    TeamPanel *teamPanel() const { return m_teamPanel; } // managers only, else null
    // A manager's scoring feedback for marketing, beside the team panel (null for reps).
    ScoringFeedbackView *scoringFeedbackView() const { return m_scoringFeedback; }

Q_SIGNALS:
    void queueLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void reloadSideLists();
    void showQueueRows(const QList<QueueRowPtr> &rows);
    void keepSelection(const QString &leadId);
    void showLead(const QString &leadId);
    void submitDecision(const QString &leadId, const core::Disposition &disposition);
    void logAttempt(const QString &leadId, core::ContactChannel channel, const QString &outcome);
    void undoLastDecision();
    void resolveConflict(bool reapply);
    void onSyncStatus(const core::SyncStatus &status);
    void updateStatusLine();
    void showError(const QString &text);
    void notifyUrgentLeads();
    void qualifySelectedFollowUp();
    // Reads the acceptance model the last pull left in the local store; true when it changed.
    bool reloadAcceptanceModel();
    void addTeamPanel();

    core::RepWorkspace &m_workspace;
    const core::Clock &m_clock;
    core::SyncService *m_sync;
    WorkbenchActions *m_actions;
    QueueModel *m_queueModel;
    QueueLoader *m_queueLoader;
    QueuePane *m_queue;
    FollowUpModel *m_followUpModel;
    DecisionLogModel *m_decisionLogModel;
    ConflictsModel *m_conflictsModel;
    QListView *m_conflictsView;
    QPushButton *m_reapply;
    QPushButton *m_discard;
    QTabWidget *m_tabs;
    QTableView *m_followUpView = nullptr;
    AutomationPanel *m_automation = nullptr;
    ScoringFeedbackView *m_scoringFeedback = nullptr;
    std::shared_ptr<const core::AcceptanceScorer> m_scorer;
    QString m_modelTrainedAt; // of the model in m_scorer
    TeamPanel *m_teamPanel = nullptr;
    LeadContextView *m_leadView;
    DispositionForm *m_form;
    QSplitter *m_mainSplitter;
    QSplitter *m_rightSplitter;
    QLabel *m_syncLabel;
    QLabel *m_urgentLabel;
    QLabel *m_errorBanner;
    QTimer *m_pushSoon; // sends decisions after the undo grace period
    static constexpr int kUndoGraceSeconds = 10;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_notifyAction = nullptr;
    QString m_lastOperationId; // for undo while not yet sent
    QString m_lastOperationLead;
    core::SlaAlertTracker m_alerts; // which at-risk / breached leads were already announced
};

} // namespace sal::ui
