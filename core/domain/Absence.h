#pragma once

#include <QDate>
#include <QString>

namespace sal::core {

// A stretch of days a person is out of office (local dates of their team's calendar, inclusive):
// routing and re-routing give them nothing on those days.
struct Absence
{
    QString email;
    QDate firstDay;
    QDate lastDay;
    QString note; // "vacation", "conference"

    bool covers(const QDate &day) const { return day >= firstDay && day <= lastDay; }
    bool operator==(const Absence &) const = default;
};

} // namespace sal::core
