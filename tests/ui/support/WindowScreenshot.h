#pragma once

// The screenshots CI keeps: only the run under Xvfb (ctest's *_xvfb tests) sets SAL_SCREENSHOT_DIR,
// so an offscreen run and it never write the same files at once.

#include <QDir>
#include <QTest>
#include <QWidget>

namespace sal::test {

// Writes `window` as <SAL_SCREENSHOT_DIR>/<name>.png; false only when saving failed.
inline bool saveScreenshot(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("SAL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    QTest::qWait(100); // let posted layout requests run, as the event loop does for a user
    return window.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace sal::test
