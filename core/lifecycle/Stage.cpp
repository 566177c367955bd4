#include "lifecycle/Stage.h"

#include "domain/EnumNames.h"

#include <QCoreApplication>

namespace sal::core {

namespace {
constexpr EnumName<Stage> kStageNames[] = {
    { Stage::Lead, "lead" },
    { Stage::Mql, "mql" },
    { Stage::Sal, "sal" },
    { Stage::Sql, "sql" },
    { Stage::Opportunity, "opportunity" },
    { Stage::Rejected, "rejected" },
    { Stage::NeedsInfo, "needs_info" },
    { Stage::Disqualified, "disqualified" },
};
} // namespace

QString stageToString(Stage stage)
{
    return enumToString(kStageNames, stage);
}

std::optional<Stage> stageFromString(const QString &text)
{
    return enumFromString(kStageNames, text);
}

QStringList allStageNames()
{
    return enumNames(kStageNames);
}

QString stageDisplayName(Stage stage)
{
    switch (stage) {
    case Stage::Lead:
        return QCoreApplication::translate("sal::core::Stage", "Lead");
    case Stage::Mql:
        return QCoreApplication::translate("sal::core::Stage", "MQL");
    case Stage::Sal:
        return QCoreApplication::translate("sal::core::Stage", "SAL");
    case Stage::Sql:
        return QCoreApplication::translate("sal::core::Stage", "SQL");
    case Stage::Opportunity:
        return QCoreApplication::translate("sal::core::Stage", "Opportunity");
    case Stage::Rejected:
        return QCoreApplication::translate("sal::core::Stage", "Rejected (recycled)");
    case Stage::NeedsInfo:
        return QCoreApplication::translate("sal::core::Stage", "Needs info");
    case Stage::Disqualified:
        return QCoreApplication::translate("sal::core::Stage", "Disqualified");
    }
    return {};
}

} // namespace sal::core
