#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace sal::ui {

// Every action of the workbench with its shortcut, declared in one place so menus, tooltips and
// tests agree. Shortcuts are shown in menus and in each action's tooltip.
class WorkbenchActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkbenchActions)

public:
    explicit WorkbenchActions(QWidget *window);

    QAction *nextLead;
    QAction *previousLead;
    QAction *accept;
    QAction *reject;
    QAction *needsInfo;
    QAction *logAttempt;
    QAction *focusFilter;
    QAction *sync;
    QAction *submit;
    QAction *undo;
    QAction *showOpen;
    QAction *showAccepted;
    QAction *showDecided;
    QAction *showConflicts;
    QAction *importLeads;
    QAction *exportData;
    QAction *showAutomation;
    QAction *runEscalation;
    QAction *qualify;
    QAction *sortByLikelihood; // checkable: likeliest first within each SLA state
    QAction *showScoringFeedback;
    QAction *showTeam; // managers: the team SLA panel
    QAction *refreshReports;
    QAction *exportReview; // "Export for the monthly review"
    QAction *quit;
    QAction *settings;
    QAction *showShortcuts;
    QAction *about;

    // Every action above, in declaration order (Help → Keyboard shortcuts lists them).
    const QList<QAction *> &all() const { return m_all; }

private:
    QAction *make(const QString &text, const QString &objectName, const QList<QKeySequence> &keys);
    QWidget *m_window;
    QList<QAction *> m_all;
};

} // namespace sal::ui
