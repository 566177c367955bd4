// The disposition form: the validator's problems shown per field, the Submit button following the
// validator, and each kind of decision completed with the keyboard alone.

#include "disposition/DispositionForm.h"
#include "disposition/MissingInfo.h"
#include "disposition/NeedsInfoPage.h"
#include "disposition/ReasonPicker.h"
#include "sla/ManualClock.h"
#include "support/SyncFixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <memory>

using namespace sal::core;
using namespace sal::test;
using sal::ui::DispositionForm;
using sal::ui::NeedsInfoPage;
using sal::ui::ReasonPicker;

class tst_DispositionForm : public QObject
{
    Q_OBJECT

    PolicySet m_policy = PolicyLoader::loadDefaults().value();
    ReasonTaxonomy m_taxonomy = m_policy.reasons;
    ManualClock m_clock { utc("2026-03-09T15:20:00Z") };
    std::unique_ptr<DispositionForm> m_form;

    static CachedLead lead(const QString &id, QList<ContactChannel> attempts = {})
    {
        CachedLead c;
        c.lead = makeLead(id, QStringLiteral("ana@example.com"), utc("2026-03-09T14:00:00Z"));
        for (const ContactChannel channel : attempts)
            c.attempts << ContactAttempt { id, channel, QStringLiteral("no answer"),
                utc("2026-03-09T14:30:00Z"), {} };
        return c;
    }

    template<typename T> T *child(const char *name) const
    {
        T *found = m_form->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    // Keys go where the rep's keyboard goes: to the focused widget.
    static void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, k, modifiers);
    }

    static void type(const QString &text)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClicks(target, text);
    }

    // Tab until `target` has the focus; fails if it is not reachable in a few steps.
    static void tabTo(QWidget *target)
    {
        for (int i = 0; i < 12 && QApplication::focusWidget() != target; ++i)
            key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), target);
    }

    // Down in the reason list (the keyboard skips category headers) until `code` is chosen.
    void chooseReasonWithKeys(const QString &code)
    {
        auto *picker = child<ReasonPicker>("reasonCombo");
        for (int i = 0; i < 30 && picker->currentCode() != code; ++i)
            key(Qt::Key_Down);
        QCOMPARE(picker->currentCode(), code);
    }

    void showActive()
    {
        m_form->resize(600, 500);
        m_form->show();
        m_form->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_form.get()));
    }

    bool errorShown(const char *name) const
    {
        const QLabel *label = child<QLabel>(name);
        return label && label->isVisible() && !label->text().isEmpty();
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(utc("2026-03-09T15:20:00Z"));
        m_form = std::make_unique<DispositionForm>(m_taxonomy, m_policy.nurture, m_clock);
    }

    void cleanup() { m_form.reset(); }

    void modelsAreConsistent()
    {
        auto *picker = child<ReasonPicker>("reasonCombo");
        QAbstractItemModelTester reasons(
            picker->reasonModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *list = child<QListView>("missingList");
        QAbstractItemModelTester missing(
            list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Placeholder, three category headers, every reason of the taxonomy.
        QCOMPARE(picker->count(), 1 + 3 + m_taxonomy.reasons.size());
        QCOMPARE(picker->currentCode(), QString());
        QCOMPARE(picker->itemData(1, Qt::DisplayRole).toString(),
            ReasonPicker::categoryName(ReasonCategory::Procedural));
        QCOMPARE(picker->reasonModel()->item(1)->flags(), Qt::NoItemFlags);
        QCOMPARE(picker->itemText(2), m_taxonomy.reason(QStringLiteral("wrong_territory"))->label);
        QCOMPARE(list->model()->rowCount(), MissingInfo::knownItems().size());
        QCOMPARE(
            list->model()->index(0, 0).data().toString(), MissingInfo::displayName(QStringLiteral("email")));
    }

    void everyControlIsNamedForTestsAndScreenReaders()
    {
        for (const char *name : { "acceptChoice", "rejectChoice", "needsInfoChoice", "nextStepCombo",
                 "dueSetCheck", "dueEdit", "noteEdit", "reasonCombo", "otherTextEdit", "attemptsRequirement",
                 "missingList", "needsInfoNoteEdit", "submitButton" }) {
            const QWidget *w = child<QWidget>(name);
            QVERIFY2(w, name);
            QVERIFY2(!w->accessibleName().isEmpty(), name);
        }
        for (const char *name : { "nextStepError", "dueError", "noteError", "reasonError", "reasonTextError",
                 "attemptsError", "missingError" })
            QVERIFY2(child<QLabel>(name), name);
        QCOMPARE(child<QPushButton>("submitButton")->text(), QStringLiteral("Submit (Ctrl+Enter)"));
        QVERIFY(
            child<QLabel>("badTimingHint")->text().contains(QStringLiteral("Bad timing is not a rejection")));
    }

    void noLeadDisablesEverything()
    {
        CachedLead l = lead(QStringLiteral("L1"));
        m_form->setLead(&l);
        showActive();
        QVERIFY(child<QRadioButton>("acceptChoice")->isEnabled());

        m_form->setLead(nullptr);
        for (const char *name : { "acceptChoice", "rejectChoice", "needsInfoChoice", "nextStepCombo",
                 "dueSetCheck", "noteEdit", "reasonCombo", "missingList", "submitButton" })
            QVERIFY2(!child<QWidget>(name)->isEnabled(), name);
        QVERIFY(child<QLabel>("noLeadHint")->isVisible());
        QVERIFY(!m_form->canSubmit());
        QSignalSpy submitted(m_form.get(), &DispositionForm::submitted);
        m_form->submit();
        QCOMPARE(submitted.count(), 0);
    }

    void someoneElsesLeadCannotBeDecided()
    {
        // A manager looking at a rep's lead: the form says whose it is instead of offering fields.
        CachedLead l = lead(QStringLiteral("L1"));
        const QString why = QStringLiteral("ana@example.com owns this lead");
        m_form->setLead(&l, why);
        showActive();
        QVERIFY(!child<QRadioButton>("acceptChoice")->isEnabled());
        QVERIFY(child<QLabel>("noLeadHint")->isVisible());
        QCOMPARE(child<QLabel>("noLeadHint")->text(), why);
        QVERIFY(!m_form->canSubmit());
        m_form->setLead(&l);
        QVERIFY(child<QRadioButton>("acceptChoice")->isEnabled());
        QVERIFY(!child<QLabel>("noLeadHint")->isVisible());
    }

    void freshFormIsNotAWallOfRed()
    {
        CachedLead l = lead(QStringLiteral("L1"));
        m_form->setLead(&l);
        showActive();
        QCOMPARE(m_form->kind(), DispositionKind::Accept);
        QVERIFY(!m_form->problems().isEmpty());
        QVERIFY(!child<QPushButton>("submitButton")->isEnabled());
        for (const char *name : { "nextStepError", "dueError", "noteError" })
            QVERIFY2(!errorShown(name), name);
        // The due time is unset until the rep sets it: no default satisfies the rule.
        QVERIFY(!m_form->disposition().nextStepDueUtc.isValid());
        QVERIFY(!child<QDateTimeEdit>("dueEdit")->isEnabled());
    }

    void acceptWithoutNextStepIsBlocked()
    {
        CachedLead l = lead(QStringLiteral("L1"));
        m_form->setLead(&l);
        showActive();
        QSignalSpy submitted(m_form.get(), &DispositionForm::submitted);
        m_form->setKind(DispositionKind::Accept);
        QTest::mouseClick(child<QCheckBox>("dueSetCheck"), Qt::LeftButton);
        QTest::keyClicks(child<QPlainTextEdit>("noteEdit"), QStringLiteral("Call booked"));

        QVERIFY(!child<QPushButton>("submitButton")->isEnabled());
        QVERIFY(!errorShown("nextStepError")); // not touched yet
        QVERIFY(!errorShown("dueError")); // set and in the future
        QTest::keyClick(child<QPlainTextEdit>("noteEdit"), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(submitted.count(), 0);
        QVERIFY(errorShown("nextStepError"));
        QVERIFY(child<QLabel>("nextStepError")->text().startsWith(QStringLiteral("\u26a0")));
        QCOMPARE(QApplication::focusWidget(), child<QComboBox>("nextStepCombo")); // sent to the first problem
        QVERIFY(!child<QComboBox>("nextStepCombo")->accessibleDescription().isEmpty());

        key(Qt::Key_Down); // Call
        QVERIFY(!errorShown("nextStepError"));
        QVERIFY(child<QPushButton>("submitButton")->isEnabled());
    }

    void acceptDueInThePastIsBlocked()
    {
        CachedLead l = lead(QStringLiteral("L1"));
        m_form->setLead(&l);
        showActive();
        m_form->setKind(DispositionKind::Accept);
        key(Qt::Key_Down); // next step: Call
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>("dueSetCheck"));
        key(Qt::Key_Space);
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>("dueEdit"));
        key(Qt::Key_Down); // the year section: a year ago
        QVERIFY(m_form->disposition().nextStepDueUtc < m_clock.nowUtc());
        tabTo(child<QWidget>("noteEdit")); // Tab walks the date's sections first, as in any QDateTimeEdit
        type(QStringLiteral("Call booked"));

        QVERIFY(!m_form->canSubmit());
        QVERIFY(!child<QPushButton>("submitButton")->isEnabled());
        QVERIFY(errorShown("dueError"));
        QVERIFY(child<QLabel>("dueError")->text().contains(QStringLiteral("past")));
    }

    void rejectOtherNeedsText()
    {
        CachedLead l = lead(
            QStringLiteral("L1"), { ContactChannel::Phone, ContactChannel::Email, ContactChannel::Phone });
        m_form->setLead(&l);
        showActive();
        m_form->setKind(DispositionKind::Reject);
        QVERIFY(!child<QLineEdit>("otherTextEdit")->isVisible());
        chooseReasonWithKeys(QStringLiteral("other"));
        QVERIFY(child<QLineEdit>("otherTextEdit")->isVisible());
        QTest::keyClicks(child<QLineEdit>("otherTextEdit"), QStringLiteral("too short"));

        QVERIFY(!m_form->canSubmit());
        QVERIFY(!child<QPushButton>("submitButton")->isEnabled());
        QVERIFY(errorShown("reasonTextError"));
        QTest::keyClicks(child<QLineEdit>("otherTextEdit"), QStringLiteral(" by far"));
        QVERIFY(!errorShown("reasonTextError"));
        QVERIFY(m_form->canSubmit());
        QCOMPARE(m_form->disposition().reasonText, QStringLiteral("too short by far"));
    }

    void rejectSaysWhereTheLeadGoesInMarketingsWords()
    {
        CachedLead l = lead(QStringLiteral("L1"), {});
        m_form->setLead(&l);
        showActive();
        m_form->setKind(DispositionKind::Reject);
        chooseReasonWithKeys(QStringLiteral("wrong_persona"));
        const QLabel *recycle = child<QLabel>("recycleInfo");
        QVERIFY(recycle->isVisible());
        // nurture.json's label, not the track id marketing's tools use.
        QCOMPARE(
            recycle->text(), QStringLiteral("The lead goes to the nurture track \"Persona education\"."));
    }

    void rejectNoAuthorityNeedsAttempts()
    {
        CachedLead l = lead(QStringLiteral("L1"), { ContactChannel::Phone });
        m_form->setLead(&l);
        showActive();
        QSignalSpy submitted(m_form.get(), &DispositionForm::submitted);
        m_form->setKind(DispositionKind::Reject);
        QVERIFY(!child<QLabel>("attemptsRequirement")->isVisible());
        chooseReasonWithKeys(QStringLiteral("no_authority"));

        const QLabel *line = child<QLabel>("attemptsRequirement");
        QVERIFY(line->isVisible());
        QCOMPARE(line->text(),
            QStringLiteral("Needs 3 contact attempts over 2 channels first \u2014 logged: 1 over 1"));
        QVERIFY(!child<QPushButton>("submitButton")->isEnabled());
        key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(submitted.count(), 0);
        QVERIFY(errorShown("attemptsError"));

        // Two more attempts, one by email: the same lead refreshed keeps the rep's choice.
        CachedLead more = lead(
            QStringLiteral("L1"), { ContactChannel::Phone, ContactChannel::Email, ContactChannel::Phone });
        m_form->setLead(&more);
        QCOMPARE(child<ReasonPicker>("reasonCombo")->currentCode(), QStringLiteral("no_authority"));
        QVERIFY(line->text().endsWith(QStringLiteral("logged: 3 over 2")));
        QVERIFY(!errorShown("attemptsError"));
        QVERIFY(m_form->canSubmit());
        QVERIFY(child<QPushButton>("submitButton")->isEnabled());
    }

    void rejectNoAuthorityAllowedAfterAttempts()
    {
        CachedLead l = lead(
            QStringLiteral("L1"), { ContactChannel::Phone, ContactChannel::LinkedIn, ContactChannel::Phone });
        m_form->setLead(&l);
        m_form->setKind(DispositionKind::Reject);
        child<ReasonPicker>("reasonCombo")->setCurrentCode(QStringLiteral("no_authority"));
        QVERIFY(m_form->problems().isEmpty());
        QVERIFY(m_form->canSubmit());
        QCOMPARE(m_form->disposition(), rejectDisposition(QStringLiteral("no_authority")));
    }

    void needsInfoNeedsAnItem()
    {
        CachedLead l = lead(QStringLiteral("L1"));
        m_form->setLead(&l);
        showActive();
        QSignalSpy validity(m_form.get(), &DispositionForm::validityChanged);
        m_form->setKind(DispositionKind::NeedsInfo);
        QVERIFY(!m_form->canSubmit());
        QVERIFY(!child<QPushButton>("submitButton")->isEnabled());
        m_form->submit();
        QVERIFY(errorShown("missingError"));

        key(Qt::Key_Space); // the first item, "Valid email address"
        QVERIFY(m_form->canSubmit());
        QVERIFY(!errorShown("missingError"));
        QVERIFY(child<QPushButton>("submitButton")->isEnabled());
        QCOMPARE(validity.count(), 1);
        QCOMPARE(validity.at(0).at(0).toBool(), true);

        key(Qt::Key_Space); // unchecked again
        QVERIFY(!m_form->canSubmit());
        QCOMPARE(validity.count(), 2);
        QCOMPARE(validity.at(1).at(0).toBool(), false);
    }

    void acceptWithKeyboardOnly()
    {
        CachedLead l = lead(QStringLiteral("L1"));
        m_form->setLead(&l);
        showActive();
        QSignalSpy submitted(m_form.get(), &DispositionForm::submitted);

        key(Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>("acceptChoice"));
        tabTo(child<QWidget>("nextStepCombo"));
        key(Qt::Key_Down);
        key(Qt::Key_Down); // Meeting
        key(Qt::Key_Tab);
        key(Qt::Key_Space); // Due at: the next full hour
        tabTo(child<QWidget>("noteEdit"));
        type(QStringLiteral("Demo booked with the VP"));
        key(Qt::Key_Return, Qt::ControlModifier);

        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.at(0).at(0).toString(), QStringLiteral("L1"));
        Disposition expected;
        expected.kind = DispositionKind::Accept;
        expected.nextStep = NextStepKind::Meeting;
        const QDateTime now = m_clock.nowUtc().toLocalTime();
        expected.nextStepDueUtc = QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600).toUTC();
        expected.note = QStringLiteral("Demo booked with the VP");
        QCOMPARE(submitted.at(0).at(1).value<Disposition>(), expected);

        // Cleared for the next decision.
        QCOMPARE(child<QComboBox>("nextStepCombo")->currentIndex(), 0);
        QVERIFY(child<QPlainTextEdit>("noteEdit")->toPlainText().isEmpty());
        QVERIFY(!child<QCheckBox>("dueSetCheck")->isChecked());
        QVERIFY(!m_form->canSubmit());
        QVERIFY(!errorShown("nextStepError"));
    }

    void rejectWithKeyboardOnly()
    {
        CachedLead l = lead(
            QStringLiteral("L2"), { ContactChannel::Phone, ContactChannel::Email, ContactChannel::Email });
        m_form->setLead(&l);
        showActive();
        QSignalSpy submitted(m_form.get(), &DispositionForm::submitted);

        key(Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(m_form->kind(), DispositionKind::Reject);
        tabTo(child<QWidget>("reasonCombo"));
        chooseReasonWithKeys(QStringLiteral("other"));
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>("otherTextEdit"));
        type(QStringLiteral("Student doing research"));
        key(Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);

        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.at(0).at(0).toString(), QStringLiteral("L2"));
        QCOMPARE(submitted.at(0).at(1).value<Disposition>(),
            rejectDisposition(QStringLiteral("other"), QStringLiteral("Student doing research")));
    }

    void needsInfoWithKeyboardOnly()
    {
        CachedLead l = lead(QStringLiteral("L3"));
        m_form->setLead(&l);
        showActive();
        QSignalSpy submitted(m_form.get(), &DispositionForm::submitted);

        key(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(m_form->kind(), DispositionKind::NeedsInfo);
        tabTo(child<QWidget>("missingList"));
        key(Qt::Key_Space); // email
        key(Qt::Key_Down);
        key(Qt::Key_Down);
        key(Qt::Key_Down);
        key(Qt::Key_Space); // title
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>("needsInfoNoteEdit"));
        type(QStringLiteral("Form had a role field only"));
        key(Qt::Key_Return, Qt::ControlModifier);

        QCOMPARE(submitted.count(), 1);
        Disposition expected;
        expected.kind = DispositionKind::NeedsInfo;
        expected.missingItems = { QStringLiteral("email"), QStringLiteral("title") };
        expected.note = QStringLiteral("Form had a role field only");
        QCOMPARE(submitted.at(0).at(1).value<Disposition>(), expected);
    }

    void anotherLeadStartsEmpty()
    {
        CachedLead first = lead(QStringLiteral("L1"));
        m_form->setLead(&first);
        m_form->setKind(DispositionKind::Accept);
        QTest::keyClicks(child<QPlainTextEdit>("noteEdit"), QStringLiteral("Half written"));
        m_form->setLead(nullptr);
        m_form->setLead(&first); // the same lead again: the rep's text is still there
        QCOMPARE(m_form->disposition().note, QStringLiteral("Half written"));

        CachedLead second = lead(QStringLiteral("L2"));
        m_form->setLead(&second);
        QVERIFY(m_form->disposition().note.isEmpty());
    }

    void dueSlipsIntoThePast()
    {
        CachedLead l = lead(QStringLiteral("L1"));
        m_form->setLead(&l);
        m_form->setKind(DispositionKind::Accept);
        child<QComboBox>("nextStepCombo")->setCurrentIndex(1);
        child<QCheckBox>("dueSetCheck")->setChecked(true);
        QTest::keyClicks(child<QPlainTextEdit>("noteEdit"), QStringLiteral("Call booked"));
        QVERIFY(m_form->canSubmit());
        m_clock.advance(2 * 3600);
        QVERIFY(!m_form->canSubmit());
        QCOMPARE(m_form->problems().first().field, QStringLiteral("due"));
    }
};

QTEST_MAIN(tst_DispositionForm)
#include "tst_DispositionForm.moc"
