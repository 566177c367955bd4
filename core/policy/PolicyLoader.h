#pragma once

#include "domain/Result.h"
#include "policy/PolicySet.h"

#include <QCoreApplication>

namespace sal::core {

// Loads policy files and validates all of them before handing anything out: a policy with a single
// problem never half-loads. A directory holds reasons.json, sla.json, icp.json, checklist.json,
// routing.json, nurture.json, disqualification.json, insight.json, reports.json and calendars/*.json; a team's directory
// may hold only the files it overrides. Names that cross files (a reason's nurture track) are checked too.
class PolicyLoader
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::PolicyLoader)

public:
    enum class FileKind {
        Reasons,
        Sla,
        Icp,
        Checklist,
        Calendar,
        Routing,
        Nurture,
        Disqualification,
        Insight,
        Reports
    };

    // The defaults compiled into the program (resources/policy). They are tested to load.
    static Result<PolicySet> loadDefaults();

    // `dir` over `base`: each file present replaces the base's part, calendars are added or replaced.
    static Result<PolicySet> loadDirectory(const QString &dir, const PolicySet &base);

    // Every problem in a directory (over the defaults) or in a single file.
    static Problems check(const QString &dirOrFile);

    static std::optional<FileKind> kindOf(const QString &fileName, const QJsonObject &root);

    static QString defaultsDirectory() { return QStringLiteral(":/policy"); }
};

} // namespace sal::core
