#pragma once

#include <QString>

namespace sal::core {

// A Salesforce Data Loader Lead export of `rows` made-up leads (quoted fields, embedded commas,
// multi-line addresses, CRLF, a BOM): what the import benchmarks read.
class LeadExportFile
{
public:
    static bool write(const QString &path, int rows);
};

} // namespace sal::core
