#include "MainWindow.h"

#include "WorkbenchActions.h"
#include "automation/AutomationPanel.h"
#include "automation/QualifyDialog.h"
#include "disposition/DispositionForm.h"
#include "help/HelpMenu.h"
#include "insight/AcceptanceScorer.h"
#include "insight/ScoringFeedbackModel.h"
#include "insight/ScoringFeedbackView.h"
#include "io/ImportExportLauncher.h"
#include "lead/LeadContext.h"
#include "lead/LeadContextView.h"
#include "manager/TeamPanel.h"
#include "models/ConflictsModel.h"
#include "models/DecisionLogModel.h"
#include "models/FollowUpModel.h"
#include "models/QueueFilterModel.h"
#include "models/QueueLoader.h"
#include "models/QueueModel.h"
#include "qualification/AcceptanceChecklist.h"
#include "queue/QueuePane.h"
#include "session/RepWorkspace.h"
#include "settings/SettingsLauncher.h"
#include "sla/Clock.h"
#include "sla/SlaAlertTracker.h"
#include "sync/SnapshotDiff.h"
#include "sync/SyncEngine.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sal::ui {

using namespace sal::core;

MainWindow::MainWindow(RepWorkspace &workspace, const Clock &clock, SyncService *sync, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_clock(clock)
    , m_sync(sync)
    , m_actions(new WorkbenchActions(this))
    , m_queueModel(new QueueModel(workspace.slaClock(), workspace.policy().icp, clock, this))
    , m_queueLoader(new QueueLoader(workspace.slaClock(), workspace.policy().icp, this))
    , m_queue(new QueuePane(m_queueModel, workspace.policy().reasons.minContactAttempts, this))
    , m_followUpModel(new FollowUpModel(workspace.slaClock(), clock, this))
    , m_decisionLogModel(new DecisionLogModel(this))
    , m_conflictsModel(new ConflictsModel(&workspace.policy().reasons, this))
    , m_conflictsView(new QListView(this))
    , m_reapply(new QPushButton(tr("Re-apply my decision"), this))
    , m_discard(new QPushButton(tr("Discard my decision"), this))
    , m_tabs(new QTabWidget(this))
    , m_leadView(new LeadContextView(this))
    , m_form(new DispositionForm(workspace.policy().reasons, workspace.policy().nurture, clock, this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_rightSplitter(new QSplitter(Qt::Vertical, this))
    , m_syncLabel(new QLabel(this))
    , m_urgentLabel(new QLabel(this))
    , m_errorBanner(new QLabel(this))
    , m_pushSoon(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SAL Workbench — %1").arg(workspace.user()));

    // Conflicts: each says what happened and offers the two possible actions.
    auto *conflictsPage = new QWidget(this);
    m_conflictsView->setObjectName(QStringLiteral("conflictsView"));
    m_conflictsView->setAccessibleName(tr("Decisions the team store refused"));
    m_conflictsView->setAccessibleDescription(
        tr("Each says what happened and what changed since you decided"));
    m_conflictsView->setModel(m_conflictsModel);
    m_conflictsView->setWordWrap(true);
    m_conflictsView->setAlternatingRowColors(true);
    m_reapply->setObjectName(QStringLiteral("reapplyButton"));
    m_reapply->setAccessibleDescription(tr("Send the selected decision again on the lead as it is now"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setAccessibleDescription(tr("Give up the selected decision and keep what the team store has"));
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(m_reapply);
    conflictButtons->addWidget(m_discard);
    conflictButtons->addStretch();
    auto *conflictsLayout = new QVBoxLayout(conflictsPage);
    auto *conflictsHint
        = new QLabel(tr("These decisions were not applied. Re-apply one on the lead as it is now, "
                        "or discard it and keep what the team store has."),
            conflictsPage);
    conflictsHint->setWordWrap(true); // else a long translation sets the window's minimum width
    conflictsLayout->addWidget(conflictsHint);
    conflictsLayout->addWidget(m_conflictsView, 1);
    conflictsLayout->addLayout(conflictButtons);

    const auto tableView = [this](QAbstractItemModel *model, const QString &name, const QString &accessible) {
        auto *view = new QTableView(this);
        view->setObjectName(name);
        view->setAccessibleName(accessible);
        view->setAccessibleDescription(tr("%1, one per row").arg(accessible));
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        return view;
    };
    m_tabs->setObjectName(QStringLiteral("queueTabs"));
    m_tabs->setAccessibleName(tr("Lead lists"));
    m_tabs->setAccessibleDescription(
        tr("Open, accepted, decided leads, conflicts and automation; Alt+1 to Alt+5"));
    m_tabs->addTab(m_queue, tr("Open"));
    m_followUpView = tableView(
        m_followUpModel, QStringLiteral("followUpView"), tr("Accepted leads and their follow-up"));
    m_tabs->addTab(m_followUpView, tr("Accepted"));
    m_tabs->addTab(
        tableView(m_decisionLogModel, QStringLiteral("decisionLogView"), tr("Your recent decisions")),
        tr("Decided"));
    m_tabs->addTab(conflictsPage, tr("Conflicts"));
    m_automation = new AutomationPanel(workspace, clock, this);
    m_tabs->addTab(m_automation, tr("Automation"));
    addTeamPanel();
    if (workspace.role() == Role::Manager) {
        // Beside the team panel: what marketing could change in its scoring, from the rejections.
        m_scoringFeedback = new ScoringFeedbackView(
            workspace.offline() ? SyncService::TeamStoreFactory {} : workspace.teamStoreFactory(),
            workspace.policy(), clock, this);
        m_tabs->addTab(m_scoringFeedback, tr("Scoring feedback"));
        connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
            if (m_tabs->widget(index) == m_scoringFeedback && m_scoringFeedback->model()->rowCount() == 0
                && !m_scoringFeedback->isComputing())
                m_scoringFeedback->refresh();
        });
    }

    m_leadView->setObjectName(QStringLiteral("leadView"));
    m_form->setObjectName(QStringLiteral("dispositionForm"));
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setWordWrap(true);
    m_errorBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; padding: 6px; }"));
    m_errorBanner->hide();
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(m_leadView);
    m_rightSplitter->addWidget(m_form);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(4, 4, 4, 4);
    centralLayout->addWidget(m_errorBanner);
    centralLayout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    m_syncLabel->setObjectName(QStringLiteral("syncStatus"));
    m_urgentLabel->setObjectName(QStringLiteral("urgentStatus"));
    statusBar()->addPermanentWidget(m_urgentLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    buildMenus();

    connect(m_queue, &QueuePane::currentLeadChanged, this, &MainWindow::showLead);
    connect(m_form, &DispositionForm::submitted, this, &MainWindow::submitDecision);
    connect(m_leadView, &LeadContextView::logAttemptRequested, this, &MainWindow::logAttempt);
    connect(m_reapply, &QPushButton::clicked, this, [this] { resolveConflict(true); });
    connect(m_discard, &QPushButton::clicked, this, [this] { resolveConflict(false); });
    connect(m_queueLoader, &QueueLoader::loaded, this, &MainWindow::showQueueRows);
    connect(m_queueLoader, &QueueLoader::failed, this, &MainWindow::showError);
    if (m_sync) {
        connect(m_sync, &SyncService::statusChanged, this, &MainWindow::onSyncStatus);
        // A round that touched a few leads updates those rows; a large one (the first pull, a
        // re-assignment of a territory) reads the queue again, off the UI thread either way.
        connect(m_sync, &SyncService::leadsChanged, this, [this](const QStringList &ids) {
            constexpr qsizetype kIncrementalLimit = 2000;
            if (ids.size() > kIncrementalLimit || m_queueLoader->isLoading())
                reload();
            else
                refreshLeads(ids);
        });
        connect(m_sync, &SyncService::roundFinished, this, [this](bool ok) {
            if (!ok)
                return;
            if (reloadAcceptanceModel())
                reload(); // the pull brought a newer acceptance model: score the queue with it
            else
                reloadSideLists(); // sync states of decisions, conflicts
        });
    }
    m_pushSoon->setSingleShot(true);
    if (m_sync)
        connect(m_pushSoon, &QTimer::timeout, m_sync, &SyncService::syncNow);
    auto *slowTick = new QTimer(this);
    slowTick->setInterval(30'000);
    connect(slowTick, &QTimer::timeout, this, [this] {
        updateStatusLine();
        notifyUrgentLeads();
    });
    slowTick->start();
    connect(slowTick, &QTimer::timeout, m_followUpModel, &FollowUpModel::refreshCountdown);

    QSettings settings;
    resize(1400, 860);
    m_mainSplitter->setSizes({ 800, 600 });
    m_rightSplitter->setSizes({ 560, 300 }); // the context is what the rep reads most
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_rightSplitter->restoreState(settings.value(QStringLiteral("window/rightSplitter")).toByteArray());
    m_queue->view()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("window/queueColumns")).toByteArray());
    m_notifyAction->setChecked(settings.value(QStringLiteral("notifications/enabled"), true).toBool());

    reloadAcceptanceModel();
    reload();
    onSyncStatus(m_sync ? m_sync->status() : SyncStatus {});
    if (m_teamPanel)
        m_rightSplitter->setVisible(m_tabs->currentIndex() < TeamTab);
}

bool MainWindow::reloadAcceptanceModel()
{
    const QString trainedAt = m_workspace.local().meta(SyncEngine::kModelTrainedAtKey).value_or(QString());
    if (m_scorer && trainedAt == m_modelTrainedAt)
        return false;
    const PolicySet &policy = m_workspace.policy();
    m_scorer = std::make_shared<const AcceptanceScorer>(
        AcceptanceScorer::fromDocument(m_workspace.local().meta(SyncEngine::kModelKey).value_or(QString())),
        policy.icp, policy.checklist, policy.insight.lowLikelihoodBelow);
    m_modelTrainedAt = trainedAt;
    m_queueLoader->setScorer(m_scorer);
    m_queueModel->setScorer(m_scorer);
    return true;
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *lead = menuBar()->addMenu(tr("&Lead"));
    lead->addActions({ m_actions->accept, m_actions->reject, m_actions->needsInfo, m_actions->logAttempt });
    lead->addSeparator();
    lead->addActions({ m_actions->submit, m_actions->undo });
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({ m_actions->nextLead, m_actions->previousLead, m_actions->focusFilter });
    view->addSeparator();
    view->addActions({ m_actions->showOpen, m_actions->showAccepted, m_actions->showDecided,
        m_actions->showConflicts, m_actions->showAutomation });
    lead->addSeparator();
    lead->addActions({ m_actions->qualify, m_actions->runEscalation });
    if (m_teamPanel) {
        QMenu *team = menuBar()->addMenu(tr("&Team"));
        team->addActions({ m_actions->showTeam, m_actions->refreshReports, m_actions->exportReview });
    }
    m_actions->showTeam->setEnabled(m_teamPanel != nullptr);
    m_actions->refreshReports->setEnabled(m_teamPanel != nullptr);
    m_actions->exportReview->setEnabled(m_teamPanel != nullptr);
    QMenu *sync = menuBar()->addMenu(tr("&Sync"));
    sync->addAction(m_actions->sync);
    m_notifyAction = sync->addAction(tr("&Notify me when a lead goes at risk"));
    m_notifyAction->setObjectName(QStringLiteral("notifyAction"));
    m_notifyAction->setCheckable(true);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({ m_actions->importLeads, m_actions->exportData });
    file->addSeparator();
    file->addAction(m_actions->settings);
    file->addSeparator();
    file->addAction(m_actions->quit);
    ImportExportLauncher::wire(*m_actions, m_workspace, m_clock, this);
    SettingsLauncher::wire(*m_actions, m_workspace.policy().sla.atRiskShare, m_notifyAction, this);
    HelpMenu::build(*m_actions, this);

    connect(m_actions->nextLead, &QAction::triggered, this, [this] { m_queue->moveSelection(+1); });
    connect(m_actions->previousLead, &QAction::triggered, this, [this] { m_queue->moveSelection(-1); });
    connect(
        m_actions->accept, &QAction::triggered, this, [this] { m_form->setKind(DispositionKind::Accept); });
    connect(
        m_actions->reject, &QAction::triggered, this, [this] { m_form->setKind(DispositionKind::Reject); });
    connect(m_actions->needsInfo, &QAction::triggered, this,
        [this] { m_form->setKind(DispositionKind::NeedsInfo); });
    connect(m_actions->logAttempt, &QAction::triggered, m_leadView, &LeadContextView::focusAttemptOutcome);
    connect(m_actions->focusFilter, &QAction::triggered, m_queue, &QueuePane::focusSearch);
    connect(m_actions->submit, &QAction::triggered, m_form, &DispositionForm::submit);
    connect(m_actions->undo, &QAction::triggered, this, &MainWindow::undoLastDecision);
    connect(m_actions->showOpen, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(OpenTab); });
    connect(
        m_actions->showAccepted, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(AcceptedTab); });
    connect(
        m_actions->showDecided, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(DecidedTab); });
    connect(m_actions->showConflicts, &QAction::triggered, this,
        [this] { m_tabs->setCurrentIndex(ConflictsTab); });
    connect(m_actions->sync, &QAction::triggered, this, [this] {
        if (m_sync)
            m_sync->syncNow();
        else
            statusBar()->showMessage(tr("Offline: no team store to sync with."), 5000);
    });
    connect(m_actions->showAutomation, &QAction::triggered, this,
        [this] { m_tabs->setCurrentIndex(AutomationTab); });
    connect(m_actions->runEscalation, &QAction::triggered, m_automation, &AutomationPanel::runEscalationNow);
    m_actions->runEscalation->setEnabled(m_automation->escalation() != nullptr);
    connect(m_actions->qualify, &QAction::triggered, this, &MainWindow::qualifySelectedFollowUp);
    m_queue->addLikelihoodSortToggle(m_actions->sortByLikelihood);
    view->addAction(m_actions->sortByLikelihood);
    view->addAction(m_actions->showScoringFeedback);
    m_actions->showScoringFeedback->setEnabled(m_scoringFeedback != nullptr);
    connect(m_actions->showScoringFeedback, &QAction::triggered, this, [this] {
        if (!m_scoringFeedback)
            return;
        m_tabs->setCurrentWidget(m_scoringFeedback); // computes on first show
    });
    connect(m_automation, &AutomationPanel::teamStoreChanged, this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    m_actions->undo->setEnabled(false);
}

void MainWindow::addTeamPanel()
{
    // A manager starts on the team's SLA; a rep never sees the tab.
    if (m_workspace.role() != Role::Manager)
        return;
    m_teamPanel = new TeamPanel(m_workspace, m_clock, this);
    m_tabs->addTab(m_teamPanel, tr("Team"));
    m_tabs->setCurrentIndex(TeamTab);
    connect(m_teamPanel, &TeamPanel::repActivated, this, [this](const QString &email, const QString &name) {
        m_queue->showOwner(email, name);
        m_tabs->setCurrentIndex(OpenTab);
        m_queue->view()->setFocus();
        statusBar()->showMessage(
            tr("%1's open leads; the button beside the filters shows everyone's again.").arg(name), 8000);
    });
    connect(m_actions->showTeam, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(TeamTab); });
    // The manager's views need the whole width; the lead's context comes back with the queue tabs.
    connect(m_tabs, &QTabWidget::currentChanged, this,
        [this](int index) { m_rightSplitter->setVisible(index < TeamTab); });
    connect(m_actions->refreshReports, &QAction::triggered, m_teamPanel, &TeamPanel::refresh);
    connect(m_actions->exportReview, &QAction::triggered, m_teamPanel, &TeamPanel::exportReview);
}

void MainWindow::reload()
{
    statusBar()->showMessage(tr("Loading your queue…"));
    m_queueLoader->load(
        { m_workspace.localStorePath(), m_workspace.user(), m_workspace.role(), m_clock.nowUtc() });
    reloadSideLists();
}

bool MainWindow::isLoadingQueue() const
{
    return m_queueLoader->isLoading();
}

void MainWindow::showQueueRows(const QList<QueueRowPtr> &rows)
{
    const QString selected = m_queue->currentLeadId();
    m_queueModel->setRows(rows);
    keepSelection(selected);
    statusBar()->clearMessage();
    updateStatusLine();
    Q_EMIT queueLoaded();
}

void MainWindow::keepSelection(const QString &leadId)
{
    // Keep the rep on the lead they were looking at; otherwise start at the most urgent one.
    const int row = m_queueModel->rowOf(leadId);
    m_queue->selectRow(row >= 0 ? m_queue->filter()->mapFromSource(m_queueModel->index(row, 0)).row() : 0);
}

void MainWindow::refreshLeads(const QStringList &leadIds)
{
    Result<QList<CachedLead>> current = m_workspace.local().openQueue(leadIds);
    if (!current) {
        showError(joinProblems(current.problems()));
        return;
    }
    const bool manager = m_workspace.role() == Role::Manager;
    QList<CachedLead> mine;
    for (CachedLead &c : current.value()) {
        if (manager || c.lead.ownerEmail == m_workspace.user())
            mine << std::move(c);
    }
    const QString selected = m_queue->currentLeadId();
    const int selectedRow = m_queue->view()->selectionModel()->currentIndex().row();
    m_queueModel->updateLeads(leadIds, mine);
    if (m_queueModel->rowOf(selected) >= 0)
        keepSelection(selected);
    else
        m_queue->selectRow(std::max(0, selectedRow)); // the lead left: the next one in its place
    if (leadIds.contains(selected))
        showLead(m_queue->currentLeadId()); // its context may have changed
    reloadSideLists();
}

void MainWindow::reloadSideLists()
{
    Result<QList<Conflict>> conflicts = m_workspace.local().conflicts(true);
    if (conflicts) {
        for (Conflict &c : conflicts.value()) {
            // Beside the lead as this device has it now: what changed since the rep decided.
            const std::optional<CachedLead> now
                = m_workspace.local().lead(c.operation.leadId).value_or(std::nullopt);
            if (now && !c.operation.snapshot.isEmpty())
                c.changes = SnapshotDiff::describe(c.operation.snapshot, m_workspace.snapshotOf(*now));
        }
        m_conflictsModel->setConflicts(*conflicts);
    }
    const int count = m_conflictsModel->rowCount();
    m_tabs->setTabText(ConflictsTab, count > 0 ? tr("Conflicts (%1)").arg(count) : tr("Conflicts"));

    const bool manager = m_workspace.role() == Role::Manager;
    QList<std::pair<CachedLead, QList<StageEvent>>> accepted;
    for (CachedLead &c : m_workspace.local().acceptedLeads().value_or({})) {
        if (manager || c.lead.ownerEmail == m_workspace.user()) {
            QList<StageEvent> events = m_workspace.local().events(c.lead.id).value_or({});
            accepted.append({ std::move(c), std::move(events) });
        }
    }
    m_followUpModel->setLeads(accepted);
    m_decisionLogModel->setEntries(m_workspace.local().recentOperations(200).value_or({}));
    m_automation->reload();
    m_reapply->setEnabled(count > 0);
    m_discard->setEnabled(count > 0);
    updateStatusLine();
}

void MainWindow::showLead(const QString &leadId)
{
    m_errorBanner->hide();
    const int row = m_queueModel->rowOf(leadId);
    const LeadSummary *summary = m_queueModel->leadAt(row);
    // The queue holds summaries; the pane shows the whole lead, read now from the local store.
    const Result<std::optional<CachedLead>> read
        = summary ? m_workspace.local().lead(leadId) : Result<std::optional<CachedLead>>(std::nullopt);
    if (!read || !read->has_value()) {
        m_leadView->clear();
        m_form->setLead(nullptr);
        if (!read)
            showError(joinProblems(read.problems()));
        return;
    }
    const CachedLead *cached = &**read;
    LeadContext context;
    context.lead = *cached;
    context.events = m_workspace.local().events(leadId).value_or({});
    context.window = m_queueModel->windowAt(row);
    context.sla = m_queueModel->statusAt(row);
    context.nowUtc = m_clock.nowUtc();
    context.duplicateSuspect = !cached->lead.duplicateOfLeadId.isEmpty(); // flagged by the importer
    // The account's other engaged contacts in this rep's queue (account-based triage).
    QStringList sameAccount;
    for (int r = 0; r < m_queueModel->rowCount(); ++r) {
        if (r != row && m_queueModel->leadAt(r)->company == summary->company)
            sameAccount << m_queueModel->leadAt(r)->id;
    }
    for (const CachedLead &other : m_workspace.local().leads(sameAccount).value_or({})) {
        context.otherContactsAtAccount << other.lead;
        if (other.lead.contact.email.compare(cached->lead.contact.email, Qt::CaseInsensitive) == 0)
            context.duplicateSuspect = true;
    }
    const AcceptanceChecklist checklist(m_workspace.policy().icp, m_workspace.policy().checklist);
    context.checklist
        = checklist.evaluate(cached->lead, int(context.otherContactsAtAccount.size()) + 1, context.nowUtc);
    if (m_scorer)
        context.acceptance = m_scorer->estimate(cached->lead, context.nowUtc);
    if (context.acceptance) {
        context.acceptanceLow = m_scorer->isLow(context.acceptance->likelihood);
        const std::optional<RejectionReason> reason
            = m_workspace.policy().reasons.reason(context.acceptance->likeliestReason);
        context.likeliestReasonLabel = reason ? reason->label : QString();
    }
    m_leadView->setContext(context);
    // Only the owner decides (core refuses anyone else); a manager sees the team's leads to follow them.
    m_form->setLead(cached,
        cached->lead.ownerEmail == m_workspace.user()
            ? QString()
            : tr("%1 owns this lead: only they can accept, reject or return it. You can follow it "
                 "here.")
                  .arg(cached->lead.ownerEmail));
}

void MainWindow::submitDecision(const QString &leadId, const Disposition &disposition)
{
    const Result<Operation> recorded = m_workspace.decide(leadId, disposition);
    if (!recorded) {
        showError(joinProblems(recorded.problems()));
        return;
    }
    // The decision is durable now: the lead leaves the queue at once, the next one is selected.
    const int proxyRow = m_queue->view()->selectionModel()->currentIndex().row();
    m_queueModel->removeLead(leadId);
    m_queue->selectRow(proxyRow);
    m_decisionLogModel->setEntries(m_workspace.local().recentOperations(200).value_or({}));
    m_lastOperationId = recorded->id;
    m_lastOperationLead = leadId;
    m_actions->undo->setEnabled(true);
    statusBar()->showMessage(tr("Decision on %1 saved%2. Undo with %3 until it is sent.")
                                 .arg(leadId, m_sync ? QString() : tr(" (offline)"),
                                     m_actions->undo->shortcut().toString(QKeySequence::NativeText)),
        8000);
    if (m_sync)
        m_sync->syncNow();
    updateStatusLine();
}

void MainWindow::logAttempt(const QString &leadId, ContactChannel channel, const QString &outcome)
{
    const Result<Operation> recorded = m_workspace.logAttempt(leadId, channel, outcome);
    if (!recorded) {
        showError(joinProblems(recorded.problems()));
        return;
    }
    refreshLeads({ leadId });
    showLead(leadId);
    statusBar()->showMessage(tr("Contact attempt logged on %1.").arg(leadId), 5000);
    if (m_sync)
        m_sync->syncNow();
}

void MainWindow::undoLastDecision()
{
    if (m_lastOperationId.isEmpty())
        return;
    const Result<bool> undone = m_workspace.local().retract(m_lastOperationId);
    m_actions->undo->setEnabled(false);
    const QString lead = m_lastOperationLead;
    m_lastOperationId.clear();
    if (!undone) {
        showError(joinProblems(undone.problems()));
        return;
    }
    refreshLeads({ lead });
    keepSelection(lead);
    statusBar()->showMessage(tr("Decision on %1 taken back.").arg(lead), 5000);
}

void MainWindow::resolveConflict(bool reapply)
{
    const Conflict *conflict = m_conflictsModel->conflictAt(m_conflictsView->currentIndex().row());
    if (!conflict) {
        statusBar()->showMessage(tr("Select a conflict first."), 5000);
        return;
    }
    const Conflict chosen = *conflict;
    const Problems problems = reapply
        ? m_workspace.reapply(chosen).problems()
        : m_workspace.local().discardConflict(chosen.operation.id, m_clock.nowUtc()).problems();
    if (!problems.isEmpty()) {
        showError(joinProblems(problems));
        return;
    }
    refreshLeads({ chosen.operation.leadId });
    if (m_sync)
        m_sync->syncNow();
}

void MainWindow::onSyncStatus(const SyncStatus &status)
{
    QString state;
    switch (status.state) {
    case SyncStatus::State::Online:
        state = tr("● Online");
        break;
    case SyncStatus::State::Offline:
        state = m_sync ? tr("○ Offline (retry in %1 s)").arg(status.retryInSeconds) : tr("○ Offline");
        break;
    case SyncStatus::State::Syncing:
        state = tr("⟳ Syncing…");
        break;
    }
    const QString last = status.lastSuccessUtc.isValid()
        ? QLocale().toString(status.lastSuccessUtc.toLocalTime().time(), QLocale::ShortFormat)
        : tr("never");
    const int pending = m_workspace.local().pendingCount().value_or(status.pending);
    m_syncLabel->setText(tr("%1 · %n pending · last sync %2", nullptr, pending).arg(state, last));
    m_syncLabel->setToolTip(status.lastError);
    if (!status.lastError.isEmpty() && status.state == SyncStatus::State::Offline)
        statusBar()->showMessage(
            tr("Sync failed; your decisions are safe on this computer: %1").arg(status.lastError), 10000);
    m_actions->undo->setEnabled(!m_lastOperationId.isEmpty() && pending > 0);
}

void MainWindow::updateStatusLine()
{
    const int breachingSoon = m_queueModel->dueWithin(3600);
    m_urgentLabel->setText(tr("%n lead(s) breached or due within 1 h", nullptr, breachingSoon));
}

void MainWindow::notifyUrgentLeads()
{
    // Tracked even while notifications are off, so turning them on does not replay old alerts.
    const QList<SlaAlertTracker::Alert> alerts = m_alerts.update(m_queueModel->states());
    if (alerts.isEmpty() || !m_notifyAction->isChecked() || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning), this);
        m_tray->show();
    }
    // One message per round: a burst of leads going at risk at 9:00 is one notification, not twenty.
    const SlaAlertTracker::Alert &first = alerts.constFirst();
    const LeadSummary &lead = *m_queueModel->leadAt(m_queueModel->rowOf(first.leadId));
    const bool breached = first.state == SlaState::Breached;
    QString text = tr("%1 at %2").arg(lead.contactName, lead.company);
    if (alerts.size() > 1)
        text += QLatin1Char('\n') + tr("and %n more lead(s)", nullptr, int(alerts.size() - 1));
    m_tray->showMessage(breached ? tr("SLA breached") : tr("SLA at risk"), text,
        breached ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
}

void MainWindow::showError(const QString &text)
{
    // In the window, not in a modal box: the rep reads it and goes on with the keyboard.
    m_errorBanner->setText(tr("⚠ %1").arg(text));
    m_errorBanner->show();
    statusBar()->showMessage(text, 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/rightSplitter"), m_rightSplitter->saveState());
    settings.setValue(
        QStringLiteral("window/queueColumns"), m_queue->view()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("notifications/enabled"), m_notifyAction->isChecked());
    QMainWindow::closeEvent(event);
}

void MainWindow::qualifySelectedFollowUp()
{
    const QString leadId = m_followUpModel->leadIdAt(m_followUpView->currentIndex().row());
    if (leadId.isEmpty()) {
        m_tabs->setCurrentIndex(AcceptedTab);
        statusBar()->showMessage(tr("Pick an accepted lead in the Accepted tab first."), 5000);
        return;
    }
    QualifyDialog dialog(m_workspace, m_clock, leadId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(dialog.outcome(), 8000);
    if (m_sync)
        m_sync->syncNow();
}

} // namespace sal::ui
