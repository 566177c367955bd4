#pragma once

#include <QByteArray>
#include <QStringList>

namespace sal::core {

// Writes RFC 4180 CSV in UTF-8: a field is quoted when it holds a comma, a quote or a line break, and
// its quotes are doubled. Lines end with CRLF, as the RFC and the CRMs' importers expect.
class CsvWriter
{
public:
    static QByteArray line(const QStringList &cells); // with the CRLF
};

} // namespace sal::core
