// salbench: the SAL Workbench window. Composition root only: parse the arguments, make sure there
// is a team store (the demo on first start), find out who the user is, open the stores, show the
// window.

#include "MainWindow.h"
#include "PersonPicker.h"
#include "demo/DemoWorkspace.h"
#include "i18n/AppTranslations.h"
#include "models/QueueModel.h"
#include "policy/PolicyLoader.h"
#include "session/RepWorkspace.h"
#include "settings/PasswordKeychain.h"
#include "settings/TeamStorePasswordPrompt.h"
#include "settings/WorkbenchSettings.h"
#include "sla/SystemClock.h"
#include "store/SqliteTeamStore.h"
#include "store/TeamStoreLocation.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <memory>

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

// --help and --version only print: they must work on a machine without a display (a terminal over
// SSH, help2man at build time), where the default platform plugin would abort.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("salbench"));
    QApplication::setOrganizationName(QStringLiteral("SAL Workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("SAL Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(SALBENCH_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.salworkbench.Workbench")); // icon on Wayland
    QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.salworkbench.Workbench")));
    QSettings settings;
    const sal::ui::WorkbenchSettings chosen = sal::ui::WorkbenchSettings::load(settings);
    sal::core::AppTranslations::install(&app, sal::core::AppTranslations::localeFor(chosen.language));

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
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
        QApplication::translate("salbench",
            "Close the window MS milliseconds after your queue has loaded and print how many leads it "
            "holds (a smoke test)."),
        QStringLiteral("MS"));
    parser.addOptions({ teamStore, as, localStore, offline, quitAfter });
    parser.process(app);
    bool quitAfterOk = true;
    const int quitAfterMs = parser.isSet(quitAfter) ? parser.value(quitAfter).toInt(&quitAfterOk) : -1;
    if (!quitAfterOk || (parser.isSet(quitAfter) && quitAfterMs < 0)) {
        std::fprintf(stderr, "%s\n",
            qPrintable(
                QApplication::translate("salbench", "--quit-after: \"%1\" is not a number of milliseconds")
                    .arg(parser.value(quitAfter))));
        return 2;
    }

    const SystemClock clock;
    // The command line wins over the settings; without either, the demo workspace.
    const QString teamPath = parser.isSet(teamStore) ? parser.value(teamStore)
        : !chosen.teamStore.isEmpty()                ? chosen.teamStore
                                                     : RepWorkspace::defaultTeamStorePath();
    const Result<TeamStoreLocation> location = TeamStoreLocation::parse(teamPath);
    if (!location) {
        QMessageBox::critical(
            nullptr, QApplication::translate("salbench", "SAL Workbench"), joinProblems(location.problems()));
        return 2;
    }
    if (!parser.isSet(offline) && !location->exists()) {
        if (teamPath != RepWorkspace::defaultTeamStorePath()) {
            QMessageBox::critical(nullptr, QApplication::translate("salbench", "SAL Workbench"),
                QApplication::translate("salbench", "No team store at %1.").arg(teamPath));
            return 2;
        }
        if (!createDemo(teamPath, clock))
            return 1;
    }

    QString user = parser.isSet(as) ? parser.value(as) : chosen.userEmail;
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

    // The password, when libpq finds none in PGPASSFILE: from the desktop keychain, else asked for
    // (and kept in the keychain if the user wants, otherwise in memory only).
    sal::ui::PasswordKeychain keychain;
    sal::ui::TeamStorePasswordPrompt prompt(keychain, location->display());
    const auto askPassword = [&prompt](const QString &who) { return prompt.ask(who); };
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
    if (quitAfterMs >= 0) {
        // Done once the queue shows leads, or once a sync round has brought none (an empty queue):
        // the first load reads the local cache, which is empty before the first pull.
        auto done = std::make_shared<bool>(false);
        const auto finish = [&window, quitAfterMs, done] {
            if (*done || window.isLoadingQueue())
                return;
            *done = true;
            std::printf("salbench: queue loaded: %d leads\n", window.queueModel()->rowCount());
            std::fflush(stdout);
            QTimer::singleShot(quitAfterMs, &window, &QWidget::close);
        };
        QObject::connect(&window, &sal::ui::MainWindow::queueLoaded, &window, [&window, finish, &sync] {
            if (window.queueModel()->rowCount() > 0 || !sync)
                finish();
        });
        if (sync)
            QObject::connect(sync.get(), &SyncService::roundFinished, &window, [finish] { finish(); });
    }
    window.show();
    if (sync)
        sync->start();
    return app.exec();
}
