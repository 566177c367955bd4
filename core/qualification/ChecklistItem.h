#pragma once

#include <QString>

namespace sal::core {

enum class CheckOutcome { Pass, Fail, Unknown };

QString checkOutcomeToString(CheckOutcome outcome); // "pass", "fail", "unknown"

// One line of the acceptance checklist, evaluated from the lead's data.
struct ChecklistItem
{
    QString id; // "real_person", "icp_company", …
    QString label; // translated
    bool required = false;
    CheckOutcome outcome = CheckOutcome::Unknown;
    QString evidence; // what the outcome is based on, for the rep to verify

    bool operator==(const ChecklistItem &) const = default;
};

} // namespace sal::core
