#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace sal::core {

// The time a report covers: [startUtc, endUtc), cut along the team's local days. Weeks start on
// Monday, quarters on the first of January, April, July and October, all in the team's zone.
class ReportPeriod
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ReportPeriod)

public:
    enum class Preset { ThisWeek, LastFourWeeks, Quarter };

    ReportPeriod() = default;
    ReportPeriod(QDateTime startUtc, QDateTime endUtc, QString label);

    // this-week: Monday 00:00 until now; last-4-weeks: the Monday three weeks before this one until
    // now; quarter: the first day of this quarter until now.
    static ReportPeriod preset(Preset preset, const QDateTime &nowUtc, const QTimeZone &zone);
    // Local days `first` to `last`, both included.
    static ReportPeriod days(const QDate &first, const QDate &last, const QTimeZone &zone);
    // "this-week", "last-4-weeks", "quarter" or "FROM..TO" (dates YYYY-MM-DD, both included, or
    // ISO 8601 date-times); a bad text is a problem naming `option`.
    static Result<ReportPeriod> parse(
        const QString &text, const QDateTime &nowUtc, const QTimeZone &zone, const QString &option);

    static QDate weekStart(const QDate &day) { return day.addDays(1 - day.dayOfWeek()); }

    const QDateTime &startUtc() const { return m_start; }
    const QDateTime &endUtc() const { return m_end; }
    const QString &label() const { return m_label; }
    bool isValid() const { return m_start.isValid() && m_end.isValid() && m_start < m_end; }

private:
    QDateTime m_start;
    QDateTime m_end;
    QString m_label;
};

} // namespace sal::core
