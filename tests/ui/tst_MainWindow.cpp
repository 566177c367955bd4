// The workbench window on a real demo workspace, driven like a rep would: keyboard only, blocked
// when the rules say so, the lead leaves the queue at once, the countdown follows the clock, and a
// re-route while offline shows up as a conflict. Also writes the screenshots CI keeps.

#include "MainWindow.h"
#include "WorkbenchActions.h"
#include "demo/DemoWorkspace.h"
#include "disposition/DispositionForm.h"
#include "disposition/ReasonPicker.h"
#include "help/HelpMenu.h"
#include "help/ShortcutListModel.h"
#include "help/ShortcutsDialog.h"
#include "i18n/AppTranslations.h"
#include "insight/AcceptanceTraining.h"
#include "insight/ScoringFeedbackModel.h"
#include "insight/ScoringFeedbackView.h"
#include "lead/ContextSection.h"
#include "lead/LeadContextView.h"
#include "models/QueueFilterModel.h"
#include "models/QueueModel.h"
#include "queue/QueuePane.h"
#include "session/RepWorkspace.h"
#include "settings/PasswordKeychain.h"
#include "settings/SettingsDialog.h"
#include "sla/ManualClock.h"
#include "support/SyncFixture.h"
#include "support/WindowScreenshot.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>

using namespace sal::core;
using namespace sal::test;
using sal::ui::MainWindow;
using sal::ui::QueueModel;

class tst_MainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { utc("2026-11-23T15:00:00Z") }; // Monday, inside both teams' hours
    QString m_teamPath;
    QString m_rep;
    std::unique_ptr<RepWorkspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_acceptedName;

    template<typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }
    static void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), k, m);
    }
    static void type(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    static void tabTo(QWidget *target)
    {
        for (int i = 0; i < 15 && QApplication::focusWidget() != target; ++i)
            key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), target);
    }
    void chooseReason(const QString &code)
    {
        auto *picker = child<sal::ui::ReasonPicker>("reasonCombo");
        for (int i = 0; i < 30 && picker->currentCode() != code; ++i)
            key(Qt::Key_Down);
        QCOMPARE(picker->currentCode(), code);
    }
    QString currentLead() const { return m_window->queuePane()->currentLeadId(); }
    bool inQueue(const QString &id) const { return m_window->queueModel()->rowOf(id) >= 0; }
    int pending() const { return m_workspace->local().pendingCount().value(); }
    void screenshot(const QString &name) { QVERIFY(saveScreenshot(*m_window, name)); }
    // The queue is read on a worker thread; the window says when it shows the result.
    void waitForQueue() { QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoadingQueue(), 20000); }
    void focusQueue()
    {
        m_window->queuePane()->view()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), m_window->queuePane()->view());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As salbench does: "1 lead", "3 leads"; under LANGUAGE=de (the German screenshots) Qt's own too.
        QVERIFY(AppTranslations::install(this) >= 1);
        QVERIFY(m_dir.isValid());
        m_teamPath = m_dir.filePath(QStringLiteral("team.sqlite"));
        const PolicySet policy = PolicyLoader::loadDefaults().value();
        {
            auto team = SqliteTeamStore::open(m_teamPath, DispositionValidator(policy.reasons));
            QVERIFY_OK(team);
            DemoOptions options;
            options.leads = 1200;
            options.seed = 11;
            options.nowUtc = m_clock.nowUtc();
            QVERIFY_OK(DemoWorkspace::generate(**team, policy, options));
            // The team's acceptance model, as a manager trains it; the rep's sync brings it.
            QVERIFY_OK(AcceptanceTraining(**team, (*team)->database(), policy)
                           .train(QStringLiteral("system:test"), m_clock.nowUtc()));
            for (const Rep &p : (*team)->people().value()) {
                if (p.role == Role::Rep && p.teamId == QLatin1String("na") && m_rep.isEmpty())
                    m_rep = p.email;
            }
        }
        auto ws = RepWorkspace::open(
            { m_teamPath, m_dir.filePath(QStringLiteral("local.sqlite")), m_rep }, m_clock);
        QVERIFY_OK(ws);
        m_workspace = std::move(ws).value();
        QVERIFY_OK(m_workspace->sync());
        m_window = std::make_unique<MainWindow>(*m_workspace, m_clock, nullptr);
        m_window->resize(1440, 900);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        waitForQueue();
        QVERIFY(m_window->queueModel()->rowCount() >= 6);
        QVERIFY(!currentLead().isEmpty()); // starts on the most urgent lead
        screenshot(QStringLiteral("rep-view"));
    }

    void queueIsMostUrgentFirst()
    {
        const QueueModel *model = m_window->queueModel();
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->windowAt(r - 1).deadlineUtc <= model->windowAt(r).deadlineUtc);
        QCOMPARE(currentLead(), model->leadAt(0)->id);
    }

    void nextAndPreviousWithJAndK()
    {
        focusQueue();
        const QString first = currentLead();
        key(Qt::Key_J);
        QVERIFY(currentLead() != first);
        key(Qt::Key_K);
        QCOMPARE(currentLead(), first);
    }

    void acceptWithoutNextStepIsBlocked()
    {
        focusQueue();
        const QString lead = currentLead();
        key(Qt::Key_A);
        QTRY_COMPARE(m_window->dispositionForm()->kind(), DispositionKind::Accept);
        key(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(inQueue(lead));
        QCOMPARE(pending(), 0);
        QVERIFY(child<QLabel>("nextStepError")->isVisible());
        QVERIFY(!child<QPushButton>("submitButton")->isEnabled());
    }

    void rejectOtherWithShortTextIsBlocked()
    {
        focusQueue();
        const QString lead = currentLead();
        key(Qt::Key_R);
        QTRY_COMPARE(m_window->dispositionForm()->kind(), DispositionKind::Reject);
        tabTo(child<QWidget>("reasonCombo"));
        chooseReason(QStringLiteral("other"));
        key(Qt::Key_Tab);
        type(QStringLiteral("meh"));
        key(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(inQueue(lead));
        QVERIFY(child<QLabel>("reasonTextError")->isVisible());
        QVERIFY(child<QLabel>("attemptsError")->isVisible()); // "other" also needs attempts
        screenshot(QStringLiteral("reject-form-errors"));
        m_window->dispositionForm()->clear();
    }

    void needsAttemptsReasonIsBlockedUntilAttemptsAreLogged()
    {
        focusQueue();
        key(Qt::Key_J);
        const QString lead = currentLead();
        QCOMPARE(m_workspace->local().lead(lead).value()->attempts.size(), 0);
        key(Qt::Key_R);
        tabTo(child<QWidget>("reasonCombo"));
        chooseReason(QStringLiteral("bad_contact_data"));
        QVERIFY(!m_window->dispositionForm()->canSubmit());
        QVERIFY(child<QLabel>("attemptsRequirement")->text().contains(QLatin1String("3")));

        // Log three attempts over two channels with the keyboard (L focuses the outcome field).
        for (int attempt = 0; attempt < 3; ++attempt) {
            focusQueue();
            key(Qt::Key_L);
            QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>("attemptOutcome"));
            key(Qt::Key_Tab, Qt::ShiftModifier); // back to the channel: Phone, Email (second try), Phone
            QCOMPARE(QApplication::focusWidget(), child<QWidget>("attemptChannel"));
            if (attempt == 1)
                key(Qt::Key_Down);
            key(Qt::Key_Tab);
            type(QStringLiteral("no answer"));
            key(Qt::Key_Return);
        }
        const QList<ContactAttempt> attempts = m_workspace->local().lead(lead).value()->attempts;
        QCOMPARE(attempts.size(), 3);
        QCOMPARE(attempts.at(1).channel, ContactChannel::Email);
        QCOMPARE(currentLead(), lead);
        focusQueue();
        key(Qt::Key_R);
        tabTo(child<QWidget>("reasonCombo"));
        chooseReason(QStringLiteral("bad_contact_data"));
        QTRY_VERIFY2(m_window->dispositionForm()->canSubmit(),
            qPrintable(joinProblems(m_window->dispositionForm()->problems())));
        key(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!inQueue(lead));
        QCOMPARE(pending(), 4); // three attempts and the rejection, all local and durable
    }

    void acceptWithKeyboardOnly()
    {
        focusQueue();
        const QString lead = currentLead();
        m_acceptedName = m_workspace->local().lead(lead).value()->lead.contact.fullName();
        key(Qt::Key_A);
        QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>("nextStepCombo"));
        key(Qt::Key_Down); // call
        key(Qt::Key_Tab);
        key(Qt::Key_Space); // due: the next full hour
        tabTo(child<QWidget>("noteEdit"));
        type(QStringLiteral("Discovery call booked"));
        key(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!inQueue(lead));
        const QList<Operation> ops = m_workspace->local().pendingOperations(100).value();
        QCOMPARE(ops.last().leadId, lead);
        QCOMPARE(ops.last().kind, OperationKind::Accept);
        QCOMPARE(ops.last().payload.value(QStringLiteral("note")).toString(),
            QStringLiteral("Discovery call booked"));
        QVERIFY(!currentLead().isEmpty()); // the next lead is up
    }

    void needsInfoWithKeyboardOnlyThenUndo()
    {
        focusQueue();
        const QString lead = currentLead();
        key(Qt::Key_N);
        QTRY_COMPARE(m_window->dispositionForm()->kind(), DispositionKind::NeedsInfo);
        tabTo(child<QWidget>("missingList"));
        key(Qt::Key_Space); // email
        key(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!inQueue(lead));
        const int before = pending();
        // Not yet sent: Ctrl+Z takes it back and the lead returns.
        key(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(inQueue(lead));
        QCOMPARE(pending(), before - 1);
    }

    void acceptedAndDecidedTabsShowTheirLeads()
    {
        // The accept of acceptWithKeyboardOnly is listed with its sync state, and after a sync the
        // lead shows under Accepted with its follow-up countdown.
        key(Qt::Key_3, Qt::AltModifier);
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::DecidedTab));
        auto *log = child<QTableView>("decisionLogView");
        QVERIFY(log->model()->rowCount() >= 5);
        QVERIFY(log->model()->index(0, 3).data().toString().contains(QLatin1String("waiting")));
        QVERIFY_OK(m_workspace->sync());
        m_window->reload();
        waitForQueue();
        QVERIFY(log->model()->index(0, 3).data().toString().contains(QLatin1String("synced")));
        key(Qt::Key_2, Qt::AltModifier);
        auto *followUps = child<QTableView>("followUpView");
        QVERIFY(followUps->model()->rowCount() >= 1);
        bool found = false;
        for (int r = 0; r < followUps->model()->rowCount(); ++r)
            found = found || followUps->model()->index(r, 1).data().toString() == m_acceptedName;
        QVERIFY2(found, qPrintable(m_acceptedName));
        key(Qt::Key_1, Qt::AltModifier);
    }

    void countdownStateFollowsTheClock()
    {
        const QueueModel *model = m_window->queueModel();
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (model->statusAt(r).state == SlaState::OnTrack)
                row = r;
        }
        QVERIFY(row >= 0);
        const SlaWindow window = model->windowAt(row);
        const QDateTime saved = m_clock.nowUtc();
        m_clock.set(m_workspace->slaClock().thresholds(window).warnAtUtc.addSecs(60));
        QCOMPARE(model->statusAt(row).state, SlaState::AtRisk);
        QVERIFY(model->index(row, QueueModel::Countdown).data().toString().startsWith(QStringLiteral("▲")));
        m_window->queuePane()->selectRow(
            m_window->queuePane()->filter()->mapFromSource(model->index(row, 0)).row());
        screenshot(QStringLiteral("lead-at-risk"));
        m_clock.set(window.deadlineUtc.addSecs(60));
        QCOMPARE(model->statusAt(row).state, SlaState::Breached);
        m_clock.set(saved);
    }

    void rerouteWhileOfflineShowsAConflict()
    {
        focusQueue();
        const QString lead = currentLead();
        key(Qt::Key_R);
        tabTo(child<QWidget>("reasonCombo"));
        chooseReason(QStringLiteral("wrong_territory"));
        key(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!inQueue(lead));
        // Before the rep syncs, the manager gives the lead to somebody else.
        {
            auto team = SqliteTeamStore::open(
                m_teamPath, DispositionValidator(m_workspace->policy().reasons), false);
            QVERIFY_OK(team);
            QString other;
            for (const Rep &p : (*team)->people().value()) {
                if (p.role == Role::Rep && p.email != m_rep)
                    other = p.email;
            }
            QVERIFY_OK((*team)->assign(lead, other, QStringLiteral("manager@example.com"),
                QStringLiteral("rebalance"), m_clock.nowUtc()));
        }
        QVERIFY_OK(m_workspace->sync());
        m_window->reload();
        waitForQueue();
        QVERIFY(m_window->tabs()->tabText(MainWindow::ConflictsTab).contains(QLatin1String("1")));
        key(Qt::Key_4, Qt::AltModifier);
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::ConflictsTab));
        auto *view = child<QListView>("conflictsView");
        QCOMPARE(view->model()->rowCount(), 1);
        const QString text = view->model()->index(0, 0).data().toString();
        QVERIFY2(text.contains(lead) && text.contains(QLatin1String("re-routed")), qPrintable(text));
        QVERIFY2(
            text.contains(m_workspace->policy().reasons.reason(QStringLiteral("wrong_territory"))->label),
            qPrintable(text)); // the picklist's words, not the code
        view->setCurrentIndex(view->model()->index(0, 0));
        screenshot(QStringLiteral("conflicts-view"));
        QTest::mouseClick(child<QPushButton>("discardButton"), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(m_workspace->local().openConflictCount().value(), 0);
        key(Qt::Key_1, Qt::AltModifier);
    }

    void likelihoodIsShownAndSortsWithinTheSlaState()
    {
        waitForQueue();
        QueueModel *model = m_window->queueModel();
        QVERIFY(model->index(0, 0).data(QueueModel::LikelihoodRole).isValid()); // the pulled model scores
        auto *section
            = m_window->leadView()->findChild<sal::ui::ContextSection *>(QStringLiteral("acceptanceSection"));
        QVERIFY(section);
        QVERIFY2(section->title().startsWith(QStringLiteral("Acceptance likelihood ")),
            qPrintable(section->title()));
        QVERIFY(!section->title().contains(QStringLiteral("no model")));
        QVERIFY(child<QLabel>("acceptanceAgainst")->text().startsWith(QStringLiteral("Against")));
        focusQueue();
        key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->workbenchActions()->sortByLikelihood->isChecked());
        const QAbstractItemModel *shown = m_window->queuePane()->filter();
        for (int r = 1; r < shown->rowCount(); ++r) {
            const QModelIndex a = shown->index(r - 1, 0);
            const QModelIndex b = shown->index(r, 0);
            if (a.data(QueueModel::SlaStateRole) == b.data(QueueModel::SlaStateRole))
                QVERIFY(a.data(QueueModel::LikelihoodRole).toDouble()
                    >= b.data(QueueModel::LikelihoodRole).toDouble());
        }
        m_window->queuePane()->selectRow(0);
        screenshot(QStringLiteral("acceptance-likelihood"));
        key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!m_window->workbenchActions()->sortByLikelihood->isChecked());
    }

    void managerSeesScoringFeedback()
    {
        QString managerEmail;
        {
            auto team
                = SqliteTeamStore::open(m_teamPath, DispositionValidator(m_workspace->policy().reasons));
            QVERIFY_OK(team);
            for (const Rep &p : (*team)->people().value()) {
                if (p.role == Role::Manager && managerEmail.isEmpty())
                    managerEmail = p.email;
            }
        }
        auto ws = RepWorkspace::open(
            { m_teamPath, m_dir.filePath(QStringLiteral("manager.sqlite")), managerEmail }, m_clock);
        QVERIFY_OK(ws);
        MainWindow window(**ws, m_clock, nullptr);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.scoringFeedbackView());
        QVERIFY(!m_window->scoringFeedbackView()); // a rep has no such tab
        window.workbenchActions()->showScoringFeedback->trigger();
        QCOMPARE(window.tabs()->currentWidget(), window.scoringFeedbackView());
        QTRY_VERIFY_WITH_TIMEOUT(!window.scoringFeedbackView()->isComputing(), 20000);
        QVERIFY(window.scoringFeedbackView()->model()->rowCount() > 0);
        const QString dir = qEnvironmentVariable("SAL_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(100);
            QVERIFY(window.grab().save(dir + QStringLiteral("/scoring-feedback.png")));
        }
    }

    // What a screen reader gets for every control of the window: a name and a description (Qt falls
    // back to a buddy label or the text for the name, and to the tooltip for the description).
    void everyControlHasAnAccessibleNameAndDescription()
    {
        QStringList missing;
        const QList<DispositionKind> kinds { DispositionKind::Accept, DispositionKind::Reject,
            DispositionKind::NeedsInfo };
        const int tabs = m_window->tabs()->count();
        for (int step = 0; step < std::max(tabs, 3); ++step) { // every tab, every page of the form
            m_window->tabs()->setCurrentIndex(std::min(step, tabs - 1));
            m_window->dispositionForm()->setKind(kinds.at(std::min(step, 2)));
            for (QWidget *w : m_window->findChildren<QWidget *>()) {
                const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                    || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w)
                    || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QTextEdit *>(w)
                    || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTabWidget *>(w);
                if (!control || !w->isVisible() || w->objectName().startsWith(QLatin1String("qt_"))
                    || qobject_cast<QHeaderView *>(w)) // a view's header: the table speaks for it
                    continue;
                if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                    continue; // the spin box's own editor: the spin box speaks for it
                if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                    continue;
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
                QVERIFY(a);
                const QString what = QStringLiteral("%1 (%2)").arg(
                    w->objectName(), QString::fromLatin1(w->metaObject()->className()));
                if (a->text(QAccessible::Name).trimmed().isEmpty())
                    missing << what + QStringLiteral(": no name");
                if (a->text(QAccessible::Description).trimmed().isEmpty())
                    missing << what + QStringLiteral(": no description");
            }
        }
        m_window->tabs()->setCurrentIndex(MainWindow::OpenTab);
        missing.removeDuplicates();
        for (const QString &m : std::as_const(missing))
            qWarning("%s", qPrintable(m));
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("%1 control(s) lack a name or description").arg(missing.size())));
    }

    // The SLA state is text in the model, not only a colour and a symbol.
    void theSlaStateIsSpokenAsText()
    {
        const QueueModel *model = m_window->queueModel();
        QVERIFY(model->rowCount() > 0);
        for (int r = 0; r < std::min(model->rowCount(), 50); ++r) {
            const QString spoken
                = model->index(r, QueueModel::Countdown).data(Qt::AccessibleTextRole).toString();
            const SlaState state = model->statusAt(r).state;
            const QString expected = state == SlaState::AtRisk ? QStringLiteral("At risk")
                : state == SlaState::Breached                  ? QStringLiteral("Breached")
                : state == SlaState::OnTrack                   ? QStringLiteral("On track")
                                                               : QString();
            if (!expected.isEmpty() && QLocale().language() == QLocale::English)
                QVERIFY2(spoken.startsWith(expected), qPrintable(spoken));
            QVERIFY(!spoken.isEmpty());
        }
    }

    // The dialogs of Help and Settings, for the screenshots at 200 % and in German (tests/ui/CMakeLists.txt
    // runs this function alone in those set-ups).
    void dialogsAtThisScaleAndLanguage()
    {
        // The window keeps the size it was given: no label forces it wider (a long German sentence did).
        QCOMPARE(m_window->width(), 1440);
        sal::ui::PasswordKeychain keychain(QStringLiteral("SAL Workbench test"));
        sal::ui::SettingsDialog settings({}, m_workspace->policy().sla.atRiskShare, keychain, m_window.get());
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QTest::qWait(100);
        // Nothing may be squeezed below what its text needs.
        for (QWidget *w : settings.findChildren<QWidget *>()) {
            if (w->isVisible() && (qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)))
                QVERIFY2(w->width() >= w->minimumSizeHint().width(), qPrintable(w->objectName()));
        }
        const QString dir = qEnvironmentVariable("SAL_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(settings.grab().save(dir + QStringLiteral("/settings-dialog.png")));
        sal::ui::ShortcutsDialog shortcuts(
            sal::ui::HelpMenu::actionsWithKeys(*m_window->workbenchActions(), m_window.get()),
            m_window.get());
        shortcuts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shortcuts));
        QTest::qWait(100);
        QVERIFY(shortcuts.model()->rowCount() >= 20);
        if (!dir.isEmpty())
            QVERIFY(shortcuts.grab().save(dir + QStringLiteral("/shortcuts-dialog.png")));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
