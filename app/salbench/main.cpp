// salbench: the SAL Workbench window. Composition root only: parse the arguments, make sure there
// is a team store (the demo on first start), find out who the user is, open the stores, show the
// window.

#include "MainWindow.h"
#include "PersonPicker.h"
#include "demo/DemoWorkspace.h"
#include "i18n/AppTranslations.h"
#include "policy/PolicyLoader.h"
#include "session/RepWorkspace.h"
#include "sla/SystemClock.h"
#include "store/SqliteTeamStore.h"
#include "store/TeamStoreLocation.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QThread>

using namespace sal::core;

namespace {

// Creates the demo workspace on a worker thread (its own connection) while a progress dialog keeps
// the window responsive.
bool createDemo(const QString &path, const Clock &clock)
{
    QProgressDialog progress(
        QApplication::translate("salbench", "Creating the demo workspace…"), QString(), 0, 0);
    progress.setWindowTitle(QApplication::translate("salbench", "SAL Workbench"));
    progress.setMinimumDuration(0);
    progress.show();
    QString error;
    QThread *worker = QThread::create([&] {
        const Result<PolicySet> policy = PolicyLoader::loadDefaults();
        if (!policy) {
            error = joinProblems(policy.problems());
            return;
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto store = SqliteTeamStore::open(path, DispositionValidator(policy->reasons));
        if (!store) {
            error = joinProblems(store.problems());
            return;
        }
        DemoOptions options;
        options.nowUtc = clock.nowUtc();
        const Result<DemoSummary> made = DemoWorkspace::generate(**store, *policy, options);
        if (!made)
            error = joinProblems(made.problems());
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    delete worker;
    if (!error.isEmpty()) {
        QFile::remove(path);
        QMessageBox::critical(nullptr, QApplication::translate("salbench", "SAL Workbench"), error);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("salbench"));
    QApplication::setOrganizationName(QStringLiteral("SAL Workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("SAL Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(SALBENCH_VERSION));
    sal::core::AppTranslations::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("salbench", "Accept, reject or return your MQLs inside their SLA."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption teamStore(QStringLiteral("team-store"),
        QApplication::translate("salbench",
            "Team store file (default: the demo workspace) "
            "or postgresql://HOST/DATABASE."),
        QStringLiteral("FILE|URL"));
    const QCommandLineOption as(QStringLiteral("as"),
        QApplication::translate("salbench", "Who you are (email)."), QStringLiteral("EMAIL"));
    const QCommandLineOption localStore(QStringLiteral("local-store"),
        QApplication::translate("salbench", "Your local cache file."), QStringLiteral("FILE"));
    const QCommandLineOption offline(
        QStringLiteral("offline"), QApplication::translate("salbench", "Work from the local cache only."));
    parser.addOptions({ teamStore, as, localStore, offline });
    parser.process(app);

    const SystemClock clock;
    const QString teamPath
        = parser.isSet(teamStore) ? parser.value(teamStore) : RepWorkspace::defaultTeamStorePath();
    const Result<TeamStoreLocation> location = TeamStoreLocation::parse(teamPath);
    if (!location) {
        QMessageBox::critical(
            nullptr, QApplication::translate("salbench", "SAL Workbench"), joinProblems(location.problems()));
        return 2;
    }
    if (!parser.isSet(offline) && !location->exists()) {
        if (parser.isSet(teamStore)) {
            QMessageBox::critical(nullptr, QApplication::translate("salbench", "SAL Workbench"),
                QApplication::translate("salbench", "No team store at %1.").arg(teamPath));
            return 2;
        }
        if (!createDemo(teamPath, clock))
            return 1;
    }

    QSettings settings;
    QString user
        = parser.isSet(as) ? parser.value(as) : settings.value(QStringLiteral("user/email")).toString();
    if (user.isEmpty() && !parser.isSet(offline)) {
        if (location->isPostgres()) { // a server knows people by their login: say who you are
            QMessageBox::critical(nullptr, QApplication::translate("salbench", "SAL Workbench"),
                QApplication::translate("salbench", "Say who you are with --as EMAIL (your login)."));
            return 2;
        }
        const Result<PolicySet> policy = PolicyLoader::loadDefaults();
        auto store = SqliteTeamStore::open(
            teamPath, DispositionValidator(policy ? policy->reasons : ReasonTaxonomy {}), false);
        sal::ui::PersonPicker picker(store ? (*store)->people().value_or({}) : QList<Rep> {});
        if (picker.exec() != QDialog::Accepted)
            return 0;
        user = picker.chosenEmail();
    }

    // The password, when libpq finds none in PGPASSFILE, is asked for and kept in memory only.
    const auto askPassword = [](const QString &who) {
        return QInputDialog::getText(nullptr, QApplication::translate("salbench", "SAL Workbench"),
            QApplication::translate("salbench", "Password for %1:").arg(who), QLineEdit::Password);
    };
    RepWorkspace::Paths paths { parser.isSet(offline) ? QString() : teamPath, parser.value(localStore), user,
        askPassword };
    Result<std::unique_ptr<RepWorkspace>> workspace = RepWorkspace::open(paths, clock);
    if (!workspace) {
        QMessageBox::critical(nullptr, QApplication::translate("salbench", "SAL Workbench"),
            joinProblems(workspace.problems()));
        return 2;
    }
    settings.setValue(QStringLiteral("user/email"), (*workspace)->user());

    std::unique_ptr<SyncService> sync;
    if (!(*workspace)->offline()) {
        sync = std::make_unique<SyncService>(
            (*workspace)->localStorePath(), (*workspace)->teamStoreFactory(), clock, (*workspace)->user());
    }
    sal::ui::MainWindow window(**workspace, clock, sync.get());
    window.show();
    if (sync)
        sync->start();
    return app.exec();
}
