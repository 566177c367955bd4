// Settings: what the dialog edits goes through QSettings and comes back the same; an address with a
// password is refused in the dialog; without a keychain service (this headless test has no D-Bus
// session) the dialog says so and the password prompt offers no "remember".

#include "settings/PasswordDialog.h"
#include "settings/PasswordKeychain.h"
#include "settings/SettingsDialog.h"
#include "settings/WorkbenchSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sal::ui;

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    template<typename T> static T *child(const QWidget &parent, const char *name)
    {
        auto *w = parent.findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain service, as on a headless machine
        QVERIFY(m_dir.isValid());
    }

    void roundTripsThroughQSettings()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("roundtrip.ini")), QSettings::IniFormat);
        QCOMPARE(WorkbenchSettings::load(settings), WorkbenchSettings {}); // defaults: notifications on
        QVERIFY(WorkbenchSettings::load(settings).notifications);

        const WorkbenchSettings chosen { QStringLiteral("postgresql://db.example/salteam"),
            QStringLiteral("jordan.ellis@lumenflow.example"), false, QStringLiteral("de") };
        chosen.save(settings);
        QSettings again(m_dir.filePath(QStringLiteral("roundtrip.ini")), QSettings::IniFormat);
        QCOMPARE(WorkbenchSettings::load(again), chosen);
        // The keys the window used before the dialog existed keep their meaning.
        QCOMPARE(again.value(QStringLiteral("user/email")).toString(), chosen.userEmail);
        QCOMPARE(again.value(QStringLiteral("notifications/enabled")).toBool(), false);
    }

    void theDialogEditsEverySetting()
    {
        PasswordKeychain keychain;
        const WorkbenchSettings current { QString(), QStringLiteral("a@x.example"), true, QString() };
        SettingsDialog dialog(current, 0.25, keychain);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.settings(), current);
        QVERIFY(child<QLabel>(dialog, "atRiskThreshold")->text().contains(QStringLiteral("25")));

        auto *store = child<QLineEdit>(dialog, "teamStoreEdit");
        store->setFocus();
        QTest::keyClicks(store, QStringLiteral("postgresql://db.example/salteam"));
        auto *email = child<QLineEdit>(dialog, "emailEdit");
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("b@x.example"));
        QTest::mouseClick(child<QCheckBox>(dialog, "notificationsCheck"), Qt::LeftButton);
        auto *language = child<QComboBox>(dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("de")));

        const WorkbenchSettings edited = dialog.settings();
        QCOMPARE(edited.teamStore, QStringLiteral("postgresql://db.example/salteam"));
        QCOMPARE(edited.userEmail, QStringLiteral("b@x.example"));
        QCOMPARE(edited.notifications, false);
        QCOMPARE(edited.language, QStringLiteral("de"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void anAddressWithAPasswordIsRefused()
    {
        PasswordKeychain keychain;
        SettingsDialog dialog({}, 0.25, keychain);
        dialog.show();
        child<QLineEdit>(dialog, "teamStoreEdit")
            ->setText(QStringLiteral("postgresql://me:secret@db.example/salteam"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        auto *error = child<QLabel>(dialog, "teamStoreError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("password")), qPrintable(error->text()));
    }

    void withoutAKeychainThePasswordIsAskedEachTime()
    {
        PasswordKeychain keychain(QStringLiteral("SAL Workbench test"));
        QVERIFY(!keychain.available());
        QVERIFY(!keychain.read(QStringLiteral("someone")).has_value());
        QVERIFY(!keychain.write(QStringLiteral("someone"), QStringLiteral("secret")));

        SettingsDialog settings(
            { QStringLiteral("postgresql://db.example/salteam"), {}, true, {} }, 0.25, keychain);
        QVERIFY(
            child<QLabel>(settings, "passwordState")->text().contains(QStringLiteral("kept in memory only")));
        QVERIFY(!child<QPushButton>(settings, "forgetPassword")->isEnabled());

        PasswordDialog prompt(QStringLiteral("b@x.example"),
            QStringLiteral("postgresql://db.example/salteam"),
            keychain.unavailableReason().isEmpty() ? QStringLiteral("none") : keychain.unavailableReason());
        prompt.show();
        QVERIFY(!child<QCheckBox>(prompt, "rememberPassword")->isEnabled());
        QVERIFY(child<QLabel>(prompt, "keychainNote")->isVisible());
        QTest::keyClicks(child<QLineEdit>(prompt, "passwordEdit"), QStringLiteral("s3cret"));
        QCOMPARE(prompt.password(), QStringLiteral("s3cret"));
        QVERIFY(!prompt.remember());
    }
};

QTEST_MAIN(tst_SettingsDialog)
#include "tst_SettingsDialog.moc"
