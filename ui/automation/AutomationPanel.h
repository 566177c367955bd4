#pragma once

#include "automation/LadderAction.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sal::core {
class Clock;
class EscalationService;
class RepWorkspace;
} // namespace sal::core

namespace sal::ui {

class AutomationFeedModel;

// The Automation tab: what the escalation ladder and recycling did to the leads the user sees
// (warnings, escalations, re-routes, disputes). For a signed-in manager with a team store it also
// runs the ladder for their team every few minutes, off the UI thread, and says what each round did.
class AutomationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutomationPanel)

public:
    AutomationPanel(core::RepWorkspace &workspace, const core::Clock &clock, QWidget *parent = nullptr);
    ~AutomationPanel() override;

    // Reads the feed from the local cache again (after a sync round), when the panel is on screen.
    void reload();

    AutomationFeedModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    core::EscalationService *escalation() const { return m_escalation; } // null unless a manager online

    static constexpr int kRoundMinutes = 5;

public Q_SLOTS:
    void runEscalationNow();

Q_SIGNALS:
    // A round changed the team store: a sync brings the changes into the window.
    void teamStoreChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onRound(const QList<core::LadderAction> &actions, const QString &error);

    core::RepWorkspace &m_workspace;
    const core::Clock &m_clock;
    AutomationFeedModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_runNow;
    core::EscalationService *m_escalation = nullptr;
};

} // namespace sal::ui
