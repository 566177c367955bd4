#pragma once

#include "domain/Lead.h"
#include "domain/Problem.h"

#include <QStringList>

namespace sal::core {

// One row of an import file, read and checked: the lead it describes (filled in on a blank Lead),
// the names of the fields it fills (only those replace a stored lead's values on re-import), what is
// wrong with it, and the row as read, for the side file of rejected rows.
struct ImportRecord
{
    qint64 line = 0;
    Lead lead;
    QStringList fields;
    Problems problems;
    QStringList cells; // CSV: the row's cells
    QByteArray text; // JSON Lines: the line
};

} // namespace sal::core
