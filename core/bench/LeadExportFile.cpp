#include "bench/LeadExportFile.h"

#include <QFile>

namespace sal::core {

bool LeadExportFile::write(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("\xEF\xBB\xBF\"Id\",\"FirstName\",\"LastName\",\"Company\",\"Email\",\"NumberOfEmployees\","
            "\"AnnualRevenue\",\"CreatedDate\",\"Street\"\r\n");
    QByteArray chunk;
    for (int i = 1; i <= rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        chunk += "\"00Q" + n.rightJustified(12, '0') + "\",\"First" + n + "\",\"Last" + n + "\",\"Company "
            + n + ", Inc.\",\"lead" + n + "@company" + n
            + ".example\",\"1,200\",\"5,000,000\",\"2026-11-01T10:00:00.000Z\","
            + (i % 10 == 0 ? "\"1 Main St\r\nSuite " + n + "\"" : QByteArray("\"1 Main St\"")) + "\r\n";
        if (chunk.size() > (1 << 20)) {
            if (f.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return f.write(chunk) == chunk.size();
}

} // namespace sal::core
