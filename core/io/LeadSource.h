#pragma once

#include "io/ImportRecord.h"

#include <optional>

namespace sal::core {

// Rows of an import file, one at a time (CSV through a mapping profile, or JSON Lines), and the
// same rows written back with their problems into the side file of `--skip-bad`.
class LeadSource
{
public:
    virtual ~LeadSource() = default;

    // The next row; false at the end or when the rest of the file cannot be read (see fatal()).
    virtual bool next(ImportRecord &record) = 0;
    // A problem that stops the whole import: bad encoding, an unterminated quote, a bad header.
    virtual const std::optional<Problem> &fatal() const = 0;
    virtual qint64 bytesRead() const = 0;
    // Where a field's value came from, for problems ("Email" for contact.email in a CSV).
    virtual QString columnOf(const QString &field) const = 0;

    // The side file: its first line, and one rejected row with its problems.
    virtual QByteArray rejectedHeader() const = 0;
    virtual QByteArray rejectedRow(const ImportRecord &record, const Problems &problems) const = 0;
};

} // namespace sal::core
