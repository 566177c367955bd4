#pragma once

#include <QCoreApplication>
#include <QString>

namespace sal::core {

// Asks for a password on the controlling terminal with echo off, as psql does. Without a terminal
// (CI, a pipe) it asks nothing and returns an empty string, so the caller reports libpq's "no
// password supplied" and the person can use PGPASSFILE instead.
class TerminalPasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::TerminalPasswordPrompt)

public:
    static QString ask(const QString &question);
    // The password of a PostgreSQL login role.
    static QString forLogin(const QString &who) { return ask(tr("Password for %1: ").arg(who)); }
};

} // namespace sal::core
