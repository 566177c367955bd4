#include "settings/SettingsDialog.h"

#include "i18n/AppTranslations.h"
#include "settings/PasswordKeychain.h"
#include "store/TeamStoreLocation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sal::ui {

using namespace sal::core;

namespace {
QFormLayout *formIn(QGroupBox *box)
{
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // long German labels and 200 % scaling
    return form;
}
} // namespace

SettingsDialog::SettingsDialog(
    const WorkbenchSettings &current, double atRiskShare, PasswordKeychain &keychain, QWidget *parent)
    : QDialog(parent)
    , m_keychain(keychain)
    , m_teamStore(new QLineEdit(current.teamStore, this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_teamStoreError(new QLabel(this))
    , m_passwordState(new QLabel(this))
    , m_forgetPassword(new QPushButton(tr("&Forget the saved password"), this))
    , m_email(new QLineEdit(current.userEmail, this))
    , m_notifications(new QCheckBox(tr("&Notify me when a lead goes at risk or breaches"), this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto *store = new QGroupBox(tr("Team store"), this);
    m_teamStore->setObjectName(QStringLiteral("teamStoreEdit"));
    m_teamStore->setPlaceholderText(tr("The demo workspace"));
    // Room for a whole address (postgresql://host/database) rather than a few letters of it.
    m_teamStore->setMinimumWidth(m_teamStore->fontMetrics().averageCharWidth() * 40);
    m_teamStore->setAccessibleName(tr("Team store"));
    m_teamStore->setAccessibleDescription(tr(
        "A team store file, or a team server as postgresql://HOST/DATABASE; empty for the demo workspace"));
    m_browse->setObjectName(QStringLiteral("browseTeamStore"));
    m_browse->setAccessibleDescription(tr("Choose a team store file"));
    m_teamStoreError->setObjectName(QStringLiteral("teamStoreError"));
    m_teamStoreError->setWordWrap(true);
    m_teamStoreError->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));
    m_teamStoreError->hide();
    m_passwordState->setObjectName(QStringLiteral("passwordState"));
    m_passwordState->setWordWrap(true);
    m_forgetPassword->setObjectName(QStringLiteral("forgetPassword"));
    m_forgetPassword->setAccessibleDescription(
        tr("Remove the team server password from the desktop keychain"));
    auto *storeRow = new QHBoxLayout;
    storeRow->addWidget(m_teamStore, 1);
    storeRow->addWidget(m_browse);
    QFormLayout *storeForm = formIn(store);
    auto *storeLabel = new QLabel(tr("&File or address:"), store);
    storeLabel->setBuddy(m_teamStore);
    storeForm->addRow(storeLabel, storeRow);
    storeForm->addRow(m_teamStoreError);
    storeForm->addRow(tr("Password:"), m_passwordState);
    storeForm->addRow(QString(), m_forgetPassword);

    auto *you = new QGroupBox(tr("You"), this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("Asked on start"));
    m_email->setAccessibleName(tr("Your email"));
    m_email->setAccessibleDescription(
        tr("Who you are in the team store: your email, on a team server your login"));
    auto *emailLabel = new QLabel(tr("&Email:"), you);
    emailLabel->setBuddy(m_email);
    formIn(you)->addRow(emailLabel, m_email);

    auto *alerts = new QGroupBox(tr("Notifications and SLA"), this);
    m_notifications->setObjectName(QStringLiteral("notificationsCheck"));
    m_notifications->setChecked(current.notifications);
    m_notifications->setAccessibleDescription(
        tr("Show a desktop notification when a lead of yours goes at risk"));
    auto *threshold
        = new QLabel(tr("A lead is at risk when less than %1 of its SLA window is left. The team's "
                        "policy (sla.json) sets this.")
                         .arg(QLocale().toString(atRiskShare * 100.0, 'f', 0) + QStringLiteral(" %")),
            alerts);
    threshold->setObjectName(QStringLiteral("atRiskThreshold"));
    threshold->setWordWrap(true);
    QFormLayout *alertsForm = formIn(alerts);
    alertsForm->addRow(m_notifications);
    alertsForm->addRow(threshold);

    auto *language = new QGroupBox(tr("Language"), this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of the workbench; applied when it starts again"));
    // Language names in their own language, so someone who cannot read the current one finds theirs.
    const QString systemLanguage = QLocale::system().nativeLanguageName(); // empty for the C locale
    m_language->addItem(
        systemLanguage.isEmpty() ? tr("System") : tr("System (%1)").arg(systemLanguage), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    auto *restartNote = new QLabel(tr("A new language applies when the workbench starts again."), language);
    restartNote->setWordWrap(true);
    QFormLayout *languageForm = formIn(language);
    auto *languageLabel = new QLabel(tr("&Language:"), language);
    languageLabel->setBuddy(m_language);
    languageForm->addRow(languageLabel, m_language);
    languageForm->addRow(restartNote);

    auto *note = new QLabel(tr("The team store and your email apply when the workbench starts again."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    for (QWidget *w : { static_cast<QWidget *>(store), static_cast<QWidget *>(you),
             static_cast<QWidget *>(alerts), static_cast<QWidget *>(language), static_cast<QWidget *>(note) })
        layout->addWidget(w);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Team store file"), m_teamStore->text(), tr("Team stores (*.sqlite);;All files (*)"));
        if (!file.isEmpty())
            m_teamStore->setText(file);
    });
    connect(m_teamStore, &QLineEdit::textChanged, this, &SettingsDialog::updatePasswordRow);
    connect(m_email, &QLineEdit::textChanged, this, &SettingsDialog::updatePasswordRow);
    connect(m_forgetPassword, &QPushButton::clicked, this, &SettingsDialog::forgetPassword);
    updatePasswordRow();
}

WorkbenchSettings SettingsDialog::settings() const
{
    WorkbenchSettings s;
    s.teamStore = m_teamStore->text().trimmed();
    s.userEmail = m_email->text().trimmed();
    s.notifications = m_notifications->isChecked();
    s.language = m_language->currentData().toString();
    return s;
}

void SettingsDialog::accept()
{
    const QString address = m_teamStore->text().trimmed();
    if (!address.isEmpty()) {
        const Result<TeamStoreLocation> location = TeamStoreLocation::parse(address);
        if (!location) {
            m_teamStoreError->setText(joinProblems(location.problems()));
            m_teamStoreError->show();
            m_teamStore->setFocus();
            return;
        }
    }
    QDialog::accept();
}

void SettingsDialog::updatePasswordRow()
{
    m_teamStoreError->hide();
    const bool postgres = m_teamStore->text().trimmed().startsWith(QLatin1String("postgresql:"));
    m_forgetPassword->setEnabled(postgres && m_keychain.available());
    if (!postgres)
        m_passwordState->setText(tr("A team store file needs no password."));
    else if (m_keychain.available())
        m_passwordState->setText(
            tr("Asked for when PGPASSFILE has none; you can keep it in the desktop keychain."));
    else
        m_passwordState->setText(
            tr("No keychain service is reachable: the password is asked for each time and "
               "kept in memory only."));
}

void SettingsDialog::forgetPassword()
{
    const Result<TeamStoreLocation> location = TeamStoreLocation::parse(m_teamStore->text().trimmed());
    if (!location)
        return;
    const QString login = location->loginFor(m_email->text().trimmed());
    m_keychain.remove(PasswordKeychain::accountFor(login, location->display()));
    m_passwordState->setText(tr("The saved password of %1 was removed from the keychain.").arg(login));
}

} // namespace sal::ui
