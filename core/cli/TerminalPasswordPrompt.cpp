#include "cli/TerminalPasswordPrompt.h"

#include <cstdio>
#include <string>
#include <termios.h>

namespace sal::core {

QString TerminalPasswordPrompt::ask(const QString &question)
{
    // The terminal itself, not stdin/stdout: those may be redirected.
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return {};
    const int fd = fileno(tty);
    termios saved {};
    const bool canHide = tcgetattr(fd, &saved) == 0;
    std::fputs(question.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &hidden);
    }
    std::string line;
    for (int c = std::fgetc(tty); c != EOF && c != '\n'; c = std::fgetc(tty))
        line.push_back(char(c));
    if (canHide)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    return QString::fromLocal8Bit(line.c_str());
}

} // namespace sal::core
