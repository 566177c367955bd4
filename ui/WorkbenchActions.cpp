#include "WorkbenchActions.h"

#include <QAction>
#include <QWidget>

namespace sal::ui {

WorkbenchActions::WorkbenchActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    nextLead = make(tr("&Next lead"), QStringLiteral("nextLeadAction"), { Qt::Key_J });
    previousLead = make(tr("&Previous lead"), QStringLiteral("previousLeadAction"), { Qt::Key_K });
    accept = make(tr("&Accept…"), QStringLiteral("acceptAction"), { Qt::Key_A });
    reject = make(tr("&Reject…"), QStringLiteral("rejectAction"), { Qt::Key_R });
    needsInfo = make(tr("&Needs more info…"), QStringLiteral("needsInfoAction"), { Qt::Key_N });
    logAttempt = make(tr("&Log contact attempt"), QStringLiteral("logAttemptAction"), { Qt::Key_L });
    focusFilter = make(tr("&Filter the queue"), QStringLiteral("focusFilterAction"),
        { Qt::Key_Slash, QKeySequence(QKeySequence::Find) });
    sync = make(tr("&Sync now"), QStringLiteral("syncAction"), { Qt::Key_F5 });
    // The form owns Ctrl+Enter (it works wherever the form has focus); registering it here too
    // would make the key ambiguous and fire neither, so the menu only shows it.
    submit = make(tr("S&ubmit decision") + QStringLiteral("\t")
            + QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText),
        QStringLiteral("submitAction"), {});
    undo
        = make(tr("&Undo last decision"), QStringLiteral("undoAction"), { QKeySequence(QKeySequence::Undo) });
    showOpen
        = make(tr("&Open queue"), QStringLiteral("showOpenAction"), { QKeySequence(Qt::ALT | Qt::Key_1) });
    showAccepted = make(tr("&Accepted (follow-ups)"), QStringLiteral("showAcceptedAction"),
        { QKeySequence(Qt::ALT | Qt::Key_2) });
    showDecided
        = make(tr("&Decided"), QStringLiteral("showDecidedAction"), { QKeySequence(Qt::ALT | Qt::Key_3) });
    showConflicts = make(
        tr("&Conflicts"), QStringLiteral("showConflictsAction"), { QKeySequence(Qt::ALT | Qt::Key_4) });
    importLeads = make(
        tr("&Import leads…"), QStringLiteral("importLeadsAction"), { QKeySequence(Qt::CTRL | Qt::Key_I) });
    exportData = make(tr("&Export…"), QStringLiteral("exportAction"), { QKeySequence(Qt::CTRL | Qt::Key_E) });
    showAutomation = make(
        tr("Au&tomation"), QStringLiteral("showAutomationAction"), { QKeySequence(Qt::ALT | Qt::Key_5) });
    runEscalation = make(tr("Run the &escalation ladder now"), QStringLiteral("runEscalationAction"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E) });
    qualify = make(tr("Mark S&QL or disqualified…"), QStringLiteral("qualifyAction"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q) });
    sortByLikelihood = make(tr("Sort by acceptance &likelihood within SLA state"),
        QStringLiteral("sortByLikelihoodAction"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L) });
    sortByLikelihood->setCheckable(true);
    showScoringFeedback = make(tr("Scoring &feedback"), QStringLiteral("showScoringFeedbackAction"),
        { QKeySequence(Qt::ALT | Qt::Key_7) });
    showTeam = make(
        tr("&Team SLA panel"), QStringLiteral("showTeamAction"), { QKeySequence(Qt::ALT | Qt::Key_6) });
    refreshReports = make(tr("&Refresh the team reports"), QStringLiteral("refreshReportsAction"),
        { QKeySequence(Qt::CTRL | Qt::Key_R) });
    exportReview = make(tr("Export for the &monthly review…"), QStringLiteral("exportReviewAction"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M) });
    // The platform's Quit key where it has one; some (offscreen, a few desktops) have none.
    const QKeySequence platformQuit(QKeySequence::Quit);
    quit = make(tr("&Quit"), QStringLiteral("quitAction"),
        { platformQuit.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q) : platformQuit });
    // Ctrl+, as most desktops use for preferences (QKeySequence::Preferences is empty on some).
    settings = make(
        tr("&Settings…"), QStringLiteral("settingsAction"), { QKeySequence(Qt::CTRL | Qt::Key_Comma) });
    showShortcuts = make(
        tr("&Keyboard shortcuts"), QStringLiteral("showShortcutsAction"), { QKeySequence(Qt::Key_F1) });
    about = make(
        tr("&About SAL Workbench"), QStringLiteral("aboutAction"), { QKeySequence(Qt::CTRL | Qt::Key_F1) });
}

QAction *WorkbenchActions::make(
    const QString &text, const QString &objectName, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(objectName);
    action->setShortcuts(keys);
    m_all.append(action);
    if (keys.isEmpty()) {
        m_window->addAction(action);
        return action;
    }
    // Single letters are safe window-wide: text fields claim printable keys through
    // ShortcutOverride, so typing "a" in a note never accepts a lead.
    action->setShortcutContext(Qt::WindowShortcut);
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    action->setToolTip(tr("%1 (%2)").arg(plain, keys.constFirst().toString(QKeySequence::NativeText)));
    m_window->addAction(action);
    return action;
}

} // namespace sal::ui
