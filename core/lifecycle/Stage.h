#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sal::core {

// Where a lead stands in the funnel. Rejected, NeedsInfo and Disqualified are side states off the
// main line Lead → MQL → SAL → SQL → Opportunity.
enum class Stage { Lead, Mql, Sal, Sql, Opportunity, Rejected, NeedsInfo, Disqualified };

QString stageToString(Stage stage); // "mql", stable: stored in files and databases
std::optional<Stage> stageFromString(const QString &text);
QString stageDisplayName(Stage stage); // translated: "MQL", "Needs info"
QStringList allStageNames();

} // namespace sal::core
