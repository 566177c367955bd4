#include "settings/PasswordKeychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace sal::ui {

namespace {
constexpr int kTimeoutMs = 5000; // a keychain that does not answer counts as none

// Runs a QtKeychain job to its end (they are asynchronous, over D-Bus) with a time limit.
QKeychain::Error runJob(QKeychain::Job &job, QString *message)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never store the password in clear text
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(kTimeoutMs);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished) {
        *message = QCoreApplication::translate(
            "sal::ui::PasswordKeychain", "The keychain did not answer within %1 seconds.")
                       .arg(kTimeoutMs / 1000);
        return QKeychain::NoBackendAvailable;
    }
    *message = job.errorString();
    return job.error();
}
} // namespace

PasswordKeychain::PasswordKeychain(QString service)
    : m_service(std::move(service))
{ }

bool PasswordKeychain::available()
{
    if (!m_available) {
        // Reading an entry that is never written tells whether a service answers at all.
        QKeychain::ReadPasswordJob probe(m_service);
        probe.setKey(QStringLiteral("availability-probe"));
        QString message;
        const QKeychain::Error error = runJob(probe, &message);
        m_available = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
        m_reason = *m_available ? QString() : message;
    }
    return *m_available;
}

std::optional<QString> PasswordKeychain::read(const QString &account)
{
    if (!available())
        return std::nullopt;
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(account);
    QString message;
    if (runJob(job, &message) != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

bool PasswordKeychain::write(const QString &account, const QString &password)
{
    if (!available())
        return false;
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(account);
    job.setTextData(password);
    QString message;
    const bool ok = runJob(job, &message) == QKeychain::NoError;
    if (!ok)
        m_reason = message;
    return ok;
}

bool PasswordKeychain::remove(const QString &account)
{
    if (!available())
        return false;
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(account);
    QString message;
    const QKeychain::Error error = runJob(job, &message);
    return error == QKeychain::NoError || error == QKeychain::EntryNotFound;
}

QString PasswordKeychain::accountFor(const QString &login, const QString &teamStore)
{
    return login + QLatin1Char(' ') + teamStore;
}

} // namespace sal::ui
