#include "io/ImportFile.h"

#include "io/CsvLeadSource.h"
#include "io/CsvReader.h"
#include "io/JsonLinesLeadSource.h"
#include "io/MappingProfileFile.h"

#include <QFileInfo>
#include <algorithm>

namespace sal::core {

Result<MappingProfile> ImportFile::profileNamed(
    const QString &idOrPath, const QList<MappingProfile> &builtIns)
{
    for (const MappingProfile &p : builtIns) {
        if (p.id == idOrPath)
            return p;
    }
    if (!QFileInfo::exists(idOrPath)) {
        QStringList ids;
        for (const MappingProfile &p : builtIns)
            ids << p.id;
        return Problem::at(idOrPath, {},
            tr("is neither a profile file nor a built-in profile (%1)").arg(ids.join(QStringLiteral(", "))));
    }
    return MappingProfileFile::load(idOrPath);
}

Result<std::unique_ptr<ImportFile>> ImportFile::open(const QString &path,
    const QList<MappingProfile> &profiles, const std::optional<MappingProfile> &chosen, TextEncoding encoding)
{
    std::unique_ptr<ImportFile> f(new ImportFile);
    f->m_path = path;
    f->m_file.setFileName(path);
    if (!f->m_file.open(QIODevice::ReadOnly))
        return Problem::at(path, {}, tr("cannot be read: %1").arg(f->m_file.errorString()));

    const bool jsonLines = chosen ? chosen->format == MappingProfile::Format::JsonLines
                                  : ProfileDetector::looksLikeJsonLines(f->m_file.peek(4096));
    if (jsonLines) {
        if (chosen) {
            f->m_profile = *chosen;
        } else {
            const auto own = std::find_if(profiles.cbegin(), profiles.cend(),
                [](const MappingProfile &p) { return p.format == MappingProfile::Format::JsonLines; });
            if (own != profiles.cend())
                f->m_profile = *own;
            f->m_profile.format = MappingProfile::Format::JsonLines;
        }
        f->m_source = std::make_unique<JsonLinesLeadSource>(f->m_file, path);
        return f;
    }

    // Read the header once to choose the profile, then start again from the top with it.
    {
        CsvReader reader(f->m_file, path, encoding, chosen ? chosen->delimiter : ',');
        CsvRecord header;
        if (!reader.next(header)) {
            if (reader.fatal())
                return *reader.fatal();
            return Problem::at(path, {}, tr("is empty: a CSV export starts with a header line"));
        }
        f->m_header = header.fields;
    }
    f->m_fits = ProfileDetector::rank(f->m_header, chosen ? QList<MappingProfile> { *chosen } : profiles);
    if (chosen) {
        f->m_profile = *chosen;
    } else if (f->m_fits.isEmpty() || f->m_fits.first().score() == 0) {
        return Problem::at(path, {},
            tr("no known profile matches its header; write a mapping profile for it and pass it with "
               "--mapping"));
    } else {
        f->m_profile = f->m_fits.first().profile;
    }
    if (!f->m_file.seek(0))
        return Problem::at(
            path, {}, tr("cannot be read again from the start: %1").arg(f->m_file.errorString()));
    auto csv = std::make_unique<CsvLeadSource>(f->m_file, path, f->m_profile, encoding);
    if (!csv->start())
        return *csv->fatal();
    f->m_source = std::move(csv);
    return f;
}

} // namespace sal::core
