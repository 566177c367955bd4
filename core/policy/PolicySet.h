#pragma once

#include "automation/DisqualificationReason.h"
#include "automation/NurtureTrack.h"
#include "automation/RoutingPolicy.h"
#include "disposition/ReasonTaxonomy.h"
#include "insight/InsightPolicy.h"
#include "qualification/ChecklistThresholds.h"
#include "qualification/IcpDefinition.h"
#include "reports/ReportPolicy.h"
#include "sla/BusinessCalendar.h"
#include "sla/SlaPolicy.h"

#include <QMap>

namespace sal::core {

// Everything a team configures as data: the rejection picklist, the SLA policy, business calendars,
// the ICP, the checklist thresholds, and the automation's routing rules, nurture tracks and
// disqualification picklist, and the acceptance model's options (insight.json) and the reports' health bands (reports.json). Loaded and
// validated as a whole by PolicyLoader.
struct PolicySet
{
    ReasonTaxonomy reasons;
    SlaPolicy sla;
    QMap<QString, BusinessCalendar> calendars; // by id ("new_york")
    IcpDefinition icp;
    ChecklistThresholds checklist;
    RoutingPolicy routing;
    NurtureTracks nurture;
    DisqualificationReasons disqualification;
    InsightPolicy insight;
    ReportPolicy reports; // health bands and thresholds of the manager's reports
};

} // namespace sal::core
