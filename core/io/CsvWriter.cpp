#include "io/CsvWriter.h"

namespace sal::core {

QByteArray CsvWriter::line(const QStringList &cells)
{
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        QByteArray cell = cells.at(i).toUtf8();
        if (cell.contains(',') || cell.contains('"') || cell.contains('\n') || cell.contains('\r')) {
            cell.replace("\"", "\"\"");
            cell = '"' + cell + '"';
        }
        out += cell;
    }
    return out + "\r\n";
}

} // namespace sal::core
