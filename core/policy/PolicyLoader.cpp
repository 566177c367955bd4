#include "policy/PolicyLoader.h"

#include "policy/CalendarFile.h"
#include "policy/ChecklistFile.h"
#include "policy/IcpFile.h"
#include "policy/JsonReader.h"
#include "policy/ReasonTaxonomyFile.h"
#include "policy/SlaPolicyFile.h"

#include <QDir>
#include <QFileInfo>

namespace sal::core {

namespace {
const QString kReasons = QStringLiteral("reasons.json");
const QString kSla = QStringLiteral("sla.json");
const QString kIcp = QStringLiteral("icp.json");
const QString kChecklist = QStringLiteral("checklist.json");
const QString kCalendars = QStringLiteral("calendars");

// Reads one parsed file into its part of `set`, adding every problem to `problems`.
void readInto(const QString &fileName, const QJsonObject &root, PolicyLoader::FileKind kind, PolicySet &set,
              Problems &problems)
{
    JsonReader reader(fileName);
    switch (kind) {
    case PolicyLoader::FileKind::Reasons:
        set.reasons = ReasonTaxonomyFile::read(root, reader);
        break;
    case PolicyLoader::FileKind::Sla:
        set.sla = SlaPolicyFile::read(root, reader);
        break;
    case PolicyLoader::FileKind::Icp:
        set.icp = IcpFile::read(root, reader);
        break;
    case PolicyLoader::FileKind::Checklist:
        set.checklist = ChecklistFile::read(root, reader);
        break;
    case PolicyLoader::FileKind::Calendar: {
        const QString id = CalendarFile::idFromFileName(fileName);
        set.calendars.insert(id, CalendarFile::read(root, id, reader));
        break;
    }
    }
    problems << reader.problems();
}

void parseInto(const QString &fileName, PolicyLoader::FileKind kind, PolicySet &set, Problems &problems)
{
    const Result<QJsonObject> root = JsonReader::parseFile(fileName);
    if (root)
        readInto(fileName, *root, kind, set, problems);
    else
        problems << root.problems();
}
} // namespace

std::optional<PolicyLoader::FileKind> PolicyLoader::kindOf(const QString &fileName, const QJsonObject &root)
{
    const QFileInfo info(fileName);
    const QString name = info.fileName();
    if (name == kReasons)
        return FileKind::Reasons;
    if (name == kSla)
        return FileKind::Sla;
    if (name == kIcp)
        return FileKind::Icp;
    if (name == kChecklist)
        return FileKind::Checklist;
    if (info.dir().dirName() == kCalendars || root.contains(QStringLiteral("timezone")))
        return FileKind::Calendar;
    return std::nullopt;
}

Result<PolicySet> PolicyLoader::loadDirectory(const QString &dir, const PolicySet &base)
{
    const QDir directory(dir);
    if (!directory.exists())
        return Problem::at(dir, {}, tr("no such policy directory"));
    PolicySet set = base;
    Problems problems;
    bool any = false;
    const std::pair<QString, FileKind> parts[] = {
        { kReasons, FileKind::Reasons },
        { kSla, FileKind::Sla },
        { kIcp, FileKind::Icp },
        { kChecklist, FileKind::Checklist },
    };
    for (const auto &[name, kind] : parts) {
        if (directory.exists(name)) {
            parseInto(directory.filePath(name), kind, set, problems);
            any = true;
        }
    }
    const QDir calendars(directory.filePath(kCalendars));
    for (const QString &name : calendars.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        parseInto(calendars.filePath(name), FileKind::Calendar, set, problems);
        any = true;
    }
    if (!any)
        problems << Problem::at(dir, {}, tr("holds no policy file (reasons.json, sla.json, icp.json, checklist.json, "
                                            "calendars/*.json)"));
    if (!problems.isEmpty())
        return problems;
    return set;
}

Result<PolicySet> PolicyLoader::loadDefaults()
{
    Result<PolicySet> loaded = loadDirectory(defaultsDirectory(), PolicySet {});
    if (loaded.ok() && loaded->calendars.isEmpty())
        return Problem::at(defaultsDirectory(), {}, tr("the built-in policy has no calendar"));
    return loaded;
}

Problems PolicyLoader::check(const QString &dirOrFile)
{
    const QFileInfo info(dirOrFile);
    if (!info.exists())
        return { Problem::at(dirOrFile, {}, tr("no such file or directory")) };
    if (info.isDir()) {
        const Result<PolicySet> defaults = loadDefaults();
        if (!defaults)
            return defaults.problems();
        return loadDirectory(dirOrFile, *defaults).problems();
    }
    const Result<QJsonObject> root = JsonReader::parseFile(dirOrFile);
    if (!root)
        return root.problems();
    const std::optional<FileKind> kind = kindOf(dirOrFile, *root);
    if (!kind)
        return { Problem::at(dirOrFile, {}, tr("cannot tell which policy file this is: name it reasons.json, sla.json, "
                                               "icp.json or checklist.json, or put a calendar in calendars/")) };
    PolicySet scratch;
    Problems problems;
    readInto(dirOrFile, *root, *kind, scratch, problems);
    return problems;
}

} // namespace sal::core
