#include "automation/AutomationPanel.h"

#include "automation/AutomationFeedModel.h"
#include "automation/EscalationService.h"
#include "lead/LeadDisplayText.h"
#include "session/RepWorkspace.h"
#include "sla/Clock.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <chrono>

namespace sal::ui {

using namespace sal::core;

AutomationPanel::AutomationPanel(RepWorkspace &workspace, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_clock(clock)
    , m_model(new AutomationFeedModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_runNow(new QPushButton(tr("Run the escalation ladder now"), this))
{
    setObjectName(QStringLiteral("automationPanel"));
    m_view->setObjectName(QStringLiteral("automationFeedView"));
    m_view->setAccessibleName(tr("What the automation did to your leads"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("automationStatus"));
    m_status->setWordWrap(true);
    m_runNow->setObjectName(QStringLiteral("runEscalationButton"));
    m_runNow->setAccessibleDescription(
        tr("Warn, escalate and re-route the team's leads by the SLA now instead of at the next scheduled run"));
    m_view->setAccessibleDescription(tr("Warnings, escalations and re-routes, the newest first"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_runNow, 0, Qt::AlignLeft);

    // The ladder runs where a manager watches the team; a rep's window only shows what it did.
    std::optional<Rep> me;
    if (workspace.team() && workspace.role() == Role::Manager)
        me = workspace.team()->person(workspace.user()).value_or(std::nullopt);
    if (me) {
        m_escalation = new EscalationService(
            workspace.teamStoreFactory(), workspace.policy(), me->teamId, clock, this);
        connect(m_escalation, &EscalationService::roundFinished, this, &AutomationPanel::onRound);
        connect(m_runNow, &QPushButton::clicked, this, &AutomationPanel::runEscalationNow);
        m_status->setText(tr("The escalation ladder runs for team %1 every %2 minutes.")
                              .arg(me->teamId)
                              .arg(kRoundMinutes));
        m_escalation->start(std::chrono::minutes(kRoundMinutes));
    } else {
        m_runNow->hide();
        m_status->setText(
            tr("Warnings on your leads and leads re-routed to you. Your manager's workbench runs the "
               "escalation ladder."));
    }
}

AutomationPanel::~AutomationPanel() = default;

void AutomationPanel::reload()
{
    // Only while the tab is on screen: the query runs over every cached event.
    if (!isVisible())
        return;
    // The newest first; a rep's own entries may be fewer than the limit after filtering.
    const QList<LocalStore::LeadEvent> events
        = m_workspace.local()
              .recentEvents(AutomationFeedModel::kinds(), 4 * AutomationFeedModel::kMaxEntries)
              .value_or({});
    m_model->setEvents(events, m_workspace.user(), m_workspace.role() == Role::Manager);
}

void AutomationPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void AutomationPanel::runEscalationNow()
{
    if (m_escalation && !m_escalation->runNow())
        m_status->setText(tr("The escalation ladder is already running."));
}

void AutomationPanel::onRound(const QList<LadderAction> &actions, const QString &error)
{
    const QString at = LeadDisplayText::localTime(m_clock.nowUtc());
    if (!error.isEmpty()) {
        m_status->setText(tr("Escalation at %1 failed, nothing was changed: %2").arg(at, error));
        return;
    }
    int warned = 0, escalated = 0, rerouted = 0, held = 0;
    for (const LadderAction &a : actions) {
        warned += a.step == LadderStep::WarnOwner || a.step == LadderStep::WarnFollowUp ? 1 : 0;
        escalated
            += a.step == LadderStep::EscalateToManager || a.step == LadderStep::EscalateFollowUp ? 1 : 0;
        rerouted += a.step == LadderStep::Reroute ? 1 : 0;
        held += a.step == LadderStep::HoldReroute ? 1 : 0;
    }
    m_status->setText(tr("Escalation at %1: %2 warned, %3 escalated to you, %4 re-routed, %5 held.")
                          .arg(at)
                          .arg(warned)
                          .arg(escalated)
                          .arg(rerouted)
                          .arg(held));
    if (warned + escalated + rerouted > 0
        || std::any_of(actions.cbegin(), actions.cend(),
            [](const LadderAction &a) { return a.step == LadderStep::RecordFirstOutreach; }))
        Q_EMIT teamStoreChanged();
}

} // namespace sal::ui
