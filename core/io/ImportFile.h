#pragma once

#include "domain/Result.h"
#include "io/LeadSource.h"
#include "io/ProfileDetector.h"
#include "io/TextDecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <memory>
#include <optional>

namespace sal::core {

// A file about to be imported: opened, its mapping profile chosen (given, or detected from the
// header), and its rows ready to be read. Shared by `salctl import` and File → Import… so both
// detect and report the same way.
class ImportFile
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ImportFile)
    Q_DISABLE_COPY_MOVE(ImportFile)

public:
    // `chosen`: the profile to use, or nothing to detect one among `profiles`.
    static Result<std::unique_ptr<ImportFile>> open(const QString &path,
        const QList<MappingProfile> &profiles, const std::optional<MappingProfile> &chosen,
        TextEncoding encoding = TextEncoding::Utf8);
    // `--mapping`: a built-in profile's id or a profile file.
    static Result<MappingProfile> profileNamed(
        const QString &idOrPath, const QList<MappingProfile> &builtIns);

    const QString &path() const { return m_path; }
    qint64 size() const { return m_file.size(); }
    const MappingProfile &profile() const { return m_profile; }
    LeadSource &source() { return *m_source; }
    // CSV: how every profile fits the header, best first (empty for JSON Lines).
    const QList<ProfileDetector::Fit> &fits() const { return m_fits; }
    const QStringList &header() const { return m_header; }

private:
    ImportFile() = default;

    QString m_path;
    QFile m_file;
    MappingProfile m_profile;
    QStringList m_header;
    QList<ProfileDetector::Fit> m_fits;
    std::unique_ptr<LeadSource> m_source;
};

} // namespace sal::core
