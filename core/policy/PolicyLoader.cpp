#include "policy/PolicyLoader.h"

#include "policy/CalendarFile.h"
#include "policy/ChecklistFile.h"
#include "policy/DisqualificationFile.h"
#include "policy/IcpFile.h"
#include "policy/InsightFile.h"
#include "policy/JsonReader.h"
#include "policy/NurtureFile.h"
#include "policy/ReasonTaxonomyFile.h"
#include "policy/RoutingFile.h"
#include "policy/ReportPolicyFile.h"
#include "policy/SlaPolicyFile.h"

#include <QDir>
#include <QFileInfo>

namespace sal::core {

namespace {
const QString kReasons = QStringLiteral("reasons.json");
const QString kSla = QStringLiteral("sla.json");
const QString kIcp = QStringLiteral("icp.json");
const QString kChecklist = QStringLiteral("checklist.json");
const QString kRouting = QStringLiteral("routing.json");
const QString kNurture = QStringLiteral("nurture.json");
const QString kDisqualification = QStringLiteral("disqualification.json");
const QString kInsight = QStringLiteral("insight.json");
const QString kReports = QStringLiteral("reports.json");
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
    case PolicyLoader::FileKind::Routing:
        set.routing = RoutingFile::read(root, reader);
        break;
    case PolicyLoader::FileKind::Nurture:
        set.nurture = NurtureFile::read(root, reader);
        break;
    case PolicyLoader::FileKind::Disqualification:
        set.disqualification = DisqualificationFile::read(root, reader);
        break;
    case PolicyLoader::FileKind::Insight:
        set.insight = InsightFile::read(root, reader);
        break;
    case PolicyLoader::FileKind::Reports:
        set.reports = ReportPolicyFile::read(root, reader);
        break;
    case PolicyLoader::FileKind::Calendar: {
        const QString id = CalendarFile::idFromFileName(fileName);
        set.calendars.insert(id, CalendarFile::read(root, id, reader));
        break;
    }
    }
    problems << reader.problems();
}

// Names one file uses from another: every nurture track a rejection or disqualification reason
// sends leads to must exist. Reported at the file that names the track (the team's, if it has one).
void checkTracks(
    const PolicySet &set, const QString &reasonsFile, const QString &disqualificationFile, Problems &problems)
{
    for (qsizetype i = 0; i < set.reasons.reasons.size(); ++i) {
        const RejectionReason &r = set.reasons.reasons.at(i);
        if (r.recycle == RecycleAction::Nurture && !set.nurture.track(r.nurtureTrack))
            problems << Problem::at(reasonsFile, QStringLiteral("$.reasons[%1].recycle.track").arg(i),
                PolicyLoader::tr("\"%1\" is not a track of nurture.json").arg(r.nurtureTrack));
    }
    for (qsizetype i = 0; i < set.disqualification.reasons.size(); ++i) {
        const DisqualificationReason &r = set.disqualification.reasons.at(i);
        if (!r.track.isEmpty() && !set.nurture.track(r.track))
            problems << Problem::at(disqualificationFile, QStringLiteral("$.reasons[%1].track").arg(i),
                PolicyLoader::tr("\"%1\" is not a track of nurture.json").arg(r.track));
    }
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
    if (name == kRouting)
        return FileKind::Routing;
    if (name == kNurture)
        return FileKind::Nurture;
    if (name == kDisqualification)
        return FileKind::Disqualification;
    if (name == kInsight)
        return FileKind::Insight;
    if (name == kReports)
        return FileKind::Reports;
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
        { kRouting, FileKind::Routing },
        { kNurture, FileKind::Nurture },
        { kDisqualification, FileKind::Disqualification },
        { kInsight, FileKind::Insight },
        { kReports, FileKind::Reports },
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
        problems << Problem::at(dir, {},
            tr("holds no policy file (reasons.json, sla.json, icp.json, checklist.json, routing.json, "
               "nurture.json, disqualification.json, insight.json, reports.json, calendars/*.json)"));
    // Cross-file names only once every file read cleanly; with no nurture file at all (a bare
    // directory loaded over nothing) there is nothing to check against.
    if (problems.isEmpty() && !set.nurture.tracks.isEmpty()) {
        const auto fileOf = [&](const QString &name) {
            return directory.exists(name) ? directory.filePath(name)
                                          : QDir(defaultsDirectory()).filePath(name);
        };
        checkTracks(set, fileOf(kReasons), fileOf(kDisqualification), problems);
    }
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
        return { Problem::at(dirOrFile, {},
            tr("cannot tell which policy file this is: name it reasons.json, sla.json, "
               "icp.json, checklist.json, routing.json, nurture.json, "
               "disqualification.json, insight.json or reports.json, or put a calendar in calendars/")) };
    PolicySet scratch;
    Problems problems;
    readInto(dirOrFile, *root, *kind, scratch, problems);
    return problems;
}

} // namespace sal::core
