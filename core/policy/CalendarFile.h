#pragma once

#include "policy/JsonReader.h"
#include "sla/BusinessCalendar.h"

namespace sal::core {

// Reads a business calendar:
//   {"timezone": "America/New_York",
//    "hours": {"mon": [["09:00","12:00"],["13:00","17:00"]], …, "sat": [], "sun": []},
//    "holidays": ["2026-11-26"]}
// Days are mon…sun (a day left out has no working hours), intervals are local wall-clock times
// ("24:00" ends a day), holidays are local dates.
class CalendarFile
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::CalendarFile)

public:
    static BusinessCalendar read(const QJsonObject &root, const QString &id, JsonReader &reader);
    static Result<BusinessCalendar> load(const QString &fileName);
    static QString idFromFileName(const QString &fileName); // "calendars/new_york.json" → "new_york"
};

} // namespace sal::core
