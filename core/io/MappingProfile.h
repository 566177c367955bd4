#pragma once

#include "io/ImportField.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace sal::core {

// How one CRM's export becomes leads: which column fills which lead field, how its dates and numbers
// are written, which of its values mean what to us. Profiles are data (resources/import/*.json,
// or a user's own file given with --mapping), read by MappingProfileFile.
struct MappingProfile
{
    enum class Format { Csv, JsonLines };

    QString id; // "salesforce-dataloader"
    QString label; // "Salesforce Lead export (Data Loader, API names)"
    QString fileName; // where it was read from
    Format format = Format::Csv;
    char delimiter = ',';
    ImportSettings settings;
    QList<QPair<QString, QString>> columns; // CSV header (matched case-insensitively) → field name
    QStringList ignored; // headers known to carry nothing for us: not reported as unmapped
    QHash<QString, QHash<QString, QString>> values; // field → lower-cased CRM value → ours; "*" any other
    QStringList required; // fields every row must fill

    // The field a header fills, if any.
    std::optional<QString> fieldFor(const QString &header) const;
    bool ignores(const QString &header) const;
    // The CRM's value translated through `values` (unchanged when the field has no table or no entry).
    QString translate(const QString &field, const QString &value) const;
};

} // namespace sal::core
