#pragma once

// Runs the real salctl binary for a test: arguments, optional standard input, exit code and both
// outputs. XDG_DATA_HOME points into the test's folder so no real home is touched.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace sal::test {

struct SalctlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline SalctlRun runSalctl(const QStringList &args, const QString &dataHome, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SALCTL_PATH), args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(300000);
    return SalctlRun { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace sal::test
