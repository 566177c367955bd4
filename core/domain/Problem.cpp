#include "domain/Problem.h"

#include <QStringList>

namespace sal::core {

QString Problem::toString() const
{
    QStringList parts;
    if (!file.isEmpty())
        parts << (line > 0 ? file + QLatin1Char(':') + QString::number(line) : file);
    if (!path.isEmpty())
        parts << path;
    if (!field.isEmpty())
        parts << field;
    parts << message;
    return parts.join(QStringLiteral(": "));
}

QString joinProblems(const Problems &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace sal::core
