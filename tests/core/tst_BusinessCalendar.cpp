// Business-time arithmetic (BusinessCalendar) and the calendar file format (CalendarFile). Every
// expected moment below was worked out by hand from the calendar; DST cases are pinned in UTC so a
// one-hour slip cannot hide behind a local-time comparison.
//
// 2026 reference: Mar 6 and Oct 30 are Fridays; the US changes clocks on Sun Mar 8 (EST -5 → EDT -4)
// and Sun Nov 1 (EDT → EST); Germany on Sun Mar 29 (CET +1 → CEST +2) and Sun Oct 25 (CEST → CET).

#include "policy/CalendarFile.h"
#include "sla/BusinessCalendar.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sal::core;

namespace {

QTimeZone newYork()
{
    return QTimeZone(QByteArrayLiteral("America/New_York"));
}

QTimeZone berlin()
{
    return QTimeZone(QByteArrayLiteral("Europe/Berlin"));
}

// A moment given as local wall-clock time in `zone`.
QDateTime local(const QTimeZone &zone, int y, int mo, int d, int h, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), zone);
}

QDateTime ny(int y, int mo, int d, int h, int mi = 0, int s = 0)
{
    return local(newYork(), y, mo, d, h, mi, s);
}

// "2026-03-09T14:00:00Z" → that UTC moment.
QDateTime utc(const char *iso)
{
    const QDateTime dt = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    Q_ASSERT(dt.isValid() && dt.timeSpec() == Qt::UTC);
    return dt;
}

WorkingInterval hours(int fromHour, int fromMinute, int toHour, int toMinute)
{
    return WorkingInterval { fromHour * 60 + fromMinute, toHour * 60 + toMinute };
}

BusinessCalendar weekdays(const QString &id, const QTimeZone &zone, const QList<WorkingInterval> &day,
    const QSet<QDate> &holidays = {})
{
    BusinessCalendar::Week week;
    for (std::size_t d = 0; d < 5; ++d)
        week[d] = day;
    return BusinessCalendar(id, zone, week, holidays);
}

// New York, Monday–Friday 09:00–17:00.
BusinessCalendar nyNineToFive(const QSet<QDate> &holidays = {})
{
    return weekdays(QStringLiteral("new_york"), newYork(), { hours(9, 0, 17, 0) }, holidays);
}

// New York, Monday–Friday 09:00–12:00 and 13:00–17:00 (lunch 12–13).
BusinessCalendar nyWithLunch()
{
    return weekdays(QStringLiteral("lunch"), newYork(), { hours(9, 0, 12, 0), hours(13, 0, 17, 0) });
}

// Every day 00:00–24:00.
BusinessCalendar roundTheClock(const QTimeZone &zone)
{
    BusinessCalendar::Week week;
    for (auto &day : week)
        day = { hours(0, 0, 24, 0) };
    return BusinessCalendar(QStringLiteral("always"), zone, week, {});
}

BusinessCalendar calendarNamed(const QString &name)
{
    if (name == QLatin1String("ny"))
        return nyNineToFive();
    if (name == QLatin1String("ny-thanksgiving"))
        return nyNineToFive({ QDate(2026, 11, 26) });
    if (name == QLatin1String("ny-lunch"))
        return nyWithLunch();
    if (name == QLatin1String("berlin"))
        return BusinessCalendar::nineToFive(QStringLiteral("berlin"), berlin());
    qFatal("unknown test calendar");
}

QStringList pathsOf(const Problems &problems)
{
    QStringList paths;
    for (const Problem &p : problems)
        paths << p.path;
    return paths;
}

QJsonObject jsonObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "jsonObject", json.constData());
    return doc.object();
}

} // namespace

class tst_BusinessCalendar : public QObject
{
    Q_OBJECT

private slots:
    void isValid();
    void nineToFive();

    void addBusinessSeconds_data();
    void addBusinessSeconds();
    void deadlineAcrossDst_data();
    void deadlineAcrossDst();
    void holidayInTheMiddle();
    void lunchBreak_data();
    void lunchBreak();
    void startOutsideWorkingHours_data();
    void startOutsideWorkingHours();
    void invalidCalendarHasNoDeadline();

    void businessSecondsBetween_data();
    void businessSecondsBetween();
    void businessSecondsBetweenIsTheInverseOfAdd();

    void nextWorkingMoment_data();
    void nextWorkingMoment();
    void isWorkingMoment_data();
    void isWorkingMoment();

    void workingSpansOn();
    void dstDayLengths();
    void intervalEndingAtMidnight();
    void intervalInsideDstGap();

    void readValidFile();
    void readErrors_data();
    void readErrors();
    void readReportsEveryMistake();
    void loadFile();
    void loadBrokenJson();
    void loadShippedCalendars();
};

void tst_BusinessCalendar::isValid()
{
    QVERIFY(nyNineToFive().isValid());
    QVERIFY(!BusinessCalendar().isValid());
    // No working time on any day.
    QVERIFY(!BusinessCalendar(QStringLiteral("closed"), newYork(), {}, {}).isValid());
    // Working time but no usable time zone.
    QVERIFY(!weekdays(
        QStringLiteral("nowhere"), QTimeZone(QByteArrayLiteral("Mars/Olympus_Mons")), { hours(9, 0, 17, 0) })
                 .isValid());
}

void tst_BusinessCalendar::nineToFive()
{
    const BusinessCalendar cal = BusinessCalendar::nineToFive(QStringLiteral("ny"), newYork());
    QCOMPARE(cal.id(), QStringLiteral("ny"));
    QCOMPARE(cal.timeZone(), newYork());
    QVERIFY(cal.holidays().isEmpty());
    for (std::size_t d = 0; d < 5; ++d)
        QCOMPARE(cal.week()[d], QList<WorkingInterval> { hours(9, 0, 17, 0) });
    QVERIFY(cal.week()[5].isEmpty());
    QVERIFY(cal.week()[6].isEmpty());
}

void tst_BusinessCalendar::addBusinessSeconds_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QDateTime>("expected");

    // 2026-01-09 is a Friday, 2026-01-12 the Monday after; New York is on EST all January.
    QTest::newRow("fri 15:00 + 4h = mon 11:00")
        << ny(2026, 1, 9, 15) << qint64(4 * 3600) << ny(2026, 1, 12, 11);
    QTest::newRow("within one day") << ny(2026, 1, 12, 10) << qint64(3 * 3600) << ny(2026, 1, 12, 13);
    // A deadline that uses up the day exactly stays on 17:00, not on the next morning's 09:00.
    QTest::newRow("ends exactly at 17:00") << ny(2026, 1, 12, 13) << qint64(4 * 3600) << ny(2026, 1, 12, 17);
    QTest::newRow("whole day from 09:00") << ny(2026, 1, 12, 9) << qint64(8 * 3600) << ny(2026, 1, 12, 17);
    QTest::newRow("one second past the day")
        << ny(2026, 1, 12, 9) << qint64(8 * 3600 + 1) << ny(2026, 1, 13, 9, 0, 1);
    QTest::newRow("zero in working time") << ny(2026, 1, 12, 10, 30) << qint64(0) << ny(2026, 1, 12, 10, 30);
    QTest::newRow("one second") << ny(2026, 1, 12, 16, 59, 59) << qint64(1) << ny(2026, 1, 12, 17);
    // 24 business hours = three 8-hour days: Mon 10–17 (7), Tue (15), Wed (23), Thu 09–10.
    QTest::newRow("24h from mon 10:00") << ny(2026, 1, 12, 10) << qint64(24 * 3600) << ny(2026, 1, 15, 10);
    // 40 business hours = one working week, Friday 12:00 to Friday 12:00.
    QTest::newRow("a week") << ny(2026, 1, 9, 12) << qint64(40 * 3600) << ny(2026, 1, 16, 12);
}

void tst_BusinessCalendar::addBusinessSeconds()
{
    QFETCH(QDateTime, start);
    QFETCH(qint64, seconds);
    QFETCH(QDateTime, expected);

    const QDateTime deadline = nyNineToFive().addBusinessSeconds(start, seconds);
    QCOMPARE(deadline.timeSpec(), Qt::UTC);
    QCOMPARE(deadline, expected.toUTC());
    // The same instant given in another zone gives the same answer.
    QCOMPARE(nyNineToFive().addBusinessSeconds(start.toTimeZone(berlin()), seconds), expected.toUTC());
}

void tst_BusinessCalendar::deadlineAcrossDst_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QDateTime>("expected");

    // Fri 14:00 EST (19:00Z) + 4h: 3h on Friday, 1h on Monday from 09:00 EDT → 10:00 EDT = 14:00Z.
    QTest::newRow("new york, march") << QStringLiteral("ny") << utc("2026-03-06T19:00:00Z")
                                     << qint64(4 * 3600) << utc("2026-03-09T14:00:00Z");
    // Fri 14:00 EDT (18:00Z) + 4h → Mon 10:00 EST = 15:00Z.
    QTest::newRow("new york, november") << QStringLiteral("ny") << utc("2026-10-30T18:00:00Z")
                                        << qint64(4 * 3600) << utc("2026-11-02T15:00:00Z");
    // Thu 13:00 EST (18:00Z) + 24h: Thu 4, Fri 8, Mon 8, Tue 09:00 EDT + 4 → 13:00 EDT = 17:00Z.
    QTest::newRow("new york, 24h over the change") << QStringLiteral("ny") << utc("2026-03-05T18:00:00Z")
                                                   << qint64(24 * 3600) << utc("2026-03-10T17:00:00Z");
    // Starting on the changeover Sunday itself (12:00 EDT = 16:00Z): Mon 09:00 EDT + 1h = 14:00Z.
    QTest::newRow("new york, from the change day")
        << QStringLiteral("ny") << utc("2026-03-08T16:00:00Z") << qint64(3600) << utc("2026-03-09T14:00:00Z");
    // Fri 14:00 CET (13:00Z) + 4h → Mon 10:00 CEST = 08:00Z.
    QTest::newRow("berlin, march") << QStringLiteral("berlin") << utc("2026-03-27T13:00:00Z")
                                   << qint64(4 * 3600) << utc("2026-03-30T08:00:00Z");
    // Fri 14:00 CEST (12:00Z) + 4h → Mon 10:00 CET = 09:00Z.
    QTest::newRow("berlin, october") << QStringLiteral("berlin") << utc("2026-10-23T12:00:00Z")
                                     << qint64(4 * 3600) << utc("2026-10-26T09:00:00Z");
    // Sun 12:00 CET (11:00Z) on the changeover day: Mon 09:00 CET + 1h = 09:00Z.
    QTest::newRow("berlin, from the change day") << QStringLiteral("berlin") << utc("2026-10-25T11:00:00Z")
                                                 << qint64(3600) << utc("2026-10-26T09:00:00Z");
}

void tst_BusinessCalendar::deadlineAcrossDst()
{
    QFETCH(QString, calendar);
    QFETCH(QDateTime, start);
    QFETCH(qint64, seconds);
    QFETCH(QDateTime, expected);

    const BusinessCalendar cal = calendarNamed(calendar);
    QCOMPARE(cal.addBusinessSeconds(start, seconds), expected);
    // The way back counts the same business time, although the real time is an hour longer or shorter.
    QCOMPARE(cal.businessSecondsBetween(cal.nextWorkingMoment(start), expected), seconds);
}

void tst_BusinessCalendar::holidayInTheMiddle()
{
    const QDate thanksgiving(2026, 11, 26); // a Thursday
    const BusinessCalendar cal = nyNineToFive({ thanksgiving });

    QVERIFY(cal.workingSpansOn(thanksgiving).isEmpty());
    QCOMPARE(cal.workingSpansOn(thanksgiving.addDays(1)).size(), 1);
    // Wed 15:00 EST + 4h: 2h on Wednesday, none on Thursday, 2h on Friday → Fri 11:00 EST = 16:00Z.
    QCOMPARE(cal.addBusinessSeconds(ny(2026, 11, 25, 15), 4 * 3600), utc("2026-11-27T16:00:00Z"));
    // Without the holiday the same deadline would be Thursday 11:00.
    QCOMPARE(nyNineToFive().addBusinessSeconds(ny(2026, 11, 25, 15), 4 * 3600), ny(2026, 11, 26, 11).toUTC());
    QCOMPARE(cal.businessSecondsBetween(ny(2026, 11, 25, 17), ny(2026, 11, 27, 9)), qint64(0));
    QCOMPARE(cal.businessSecondsBetween(ny(2026, 11, 25, 9), ny(2026, 11, 27, 17)), qint64(16 * 3600));
    QVERIFY(!cal.isWorkingMoment(ny(2026, 11, 26, 11)));
}

void tst_BusinessCalendar::lunchBreak_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QDateTime>("expected");

    // 2026-01-12 is a Monday.
    QTest::newRow("morning used up ends at 12:00, not 13:00")
        << ny(2026, 1, 12, 9) << qint64(3 * 3600) << ny(2026, 1, 12, 12);
    QTest::newRow("from 10:00 to 12:00") << ny(2026, 1, 12, 10) << qint64(2 * 3600) << ny(2026, 1, 12, 12);
    QTest::newRow("one second more runs on at 13:00")
        << ny(2026, 1, 12, 9) << qint64(3 * 3600 + 1) << ny(2026, 1, 12, 13, 0, 1);
    QTest::newRow("across lunch") << ny(2026, 1, 12, 11) << qint64(2 * 3600) << ny(2026, 1, 12, 14);
    QTest::newRow("start during lunch") << ny(2026, 1, 12, 12, 30) << qint64(3600) << ny(2026, 1, 12, 14);
    QTest::newRow("start exactly at 12:00") << ny(2026, 1, 12, 12) << qint64(3600) << ny(2026, 1, 12, 14);
    QTest::newRow("whole day is seven hours")
        << ny(2026, 1, 12, 9) << qint64(7 * 3600) << ny(2026, 1, 12, 17);
}

void tst_BusinessCalendar::lunchBreak()
{
    QFETCH(QDateTime, start);
    QFETCH(qint64, seconds);
    QFETCH(QDateTime, expected);

    QCOMPARE(nyWithLunch().addBusinessSeconds(start, seconds), expected.toUTC());
}

void tst_BusinessCalendar::startOutsideWorkingHours_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QDateTime>("expected");

    // 2026-03-03 is a Tuesday, 2026-02-28 a Saturday (EST throughout).
    QTest::newRow("evening") << QStringLiteral("ny") << ny(2026, 3, 3, 20) << qint64(3600)
                             << ny(2026, 3, 4, 10);
    QTest::newRow("just after closing")
        << QStringLiteral("ny") << ny(2026, 3, 3, 17) << qint64(3600) << ny(2026, 3, 4, 10);
    QTest::newRow("early morning") << QStringLiteral("ny") << ny(2026, 3, 3, 6) << qint64(3600)
                                   << ny(2026, 3, 3, 10);
    QTest::newRow("after midnight") << QStringLiteral("ny") << ny(2026, 3, 4, 0, 30) << qint64(3600)
                                    << ny(2026, 3, 4, 10);
    QTest::newRow("saturday") << QStringLiteral("ny") << ny(2026, 2, 28, 12) << qint64(3600)
                              << ny(2026, 3, 2, 10);
    QTest::newRow("sunday night") << QStringLiteral("ny") << ny(2026, 3, 1, 23) << qint64(3600)
                                  << ny(2026, 3, 2, 10);
    QTest::newRow("friday evening") << QStringLiteral("ny") << ny(2026, 2, 27, 18) << qint64(8 * 3600)
                                    << ny(2026, 3, 2, 17);
    QTest::newRow("holiday") << QStringLiteral("ny-thanksgiving") << ny(2026, 11, 26, 10) << qint64(3600)
                             << ny(2026, 11, 27, 10);
    QTest::newRow("zero seconds at night")
        << QStringLiteral("ny") << ny(2026, 3, 3, 20) << qint64(0) << ny(2026, 3, 4, 9);
    QTest::newRow("zero seconds on a holiday")
        << QStringLiteral("ny-thanksgiving") << ny(2026, 11, 26, 10) << qint64(0) << ny(2026, 11, 27, 9);
}

void tst_BusinessCalendar::startOutsideWorkingHours()
{
    QFETCH(QString, calendar);
    QFETCH(QDateTime, start);
    QFETCH(qint64, seconds);
    QFETCH(QDateTime, expected);

    const BusinessCalendar cal = calendarNamed(calendar);
    QCOMPARE(cal.addBusinessSeconds(start, seconds), expected.toUTC());
    // Same as starting at the next working moment.
    QCOMPARE(cal.addBusinessSeconds(cal.nextWorkingMoment(start), seconds), expected.toUTC());
}

void tst_BusinessCalendar::invalidCalendarHasNoDeadline()
{
    const BusinessCalendar closed(QStringLiteral("closed"), newYork(), {}, {});
    QVERIFY(!closed.addBusinessSeconds(ny(2026, 1, 12, 10), 3600).isValid());
    QVERIFY(!closed.nextWorkingMoment(ny(2026, 1, 12, 10)).isValid());
    QVERIFY(!closed.isWorkingMoment(ny(2026, 1, 12, 10)));
    QCOMPARE(closed.businessSecondsBetween(ny(2026, 1, 12, 10), ny(2026, 1, 13, 10)), qint64(0));
    QVERIFY(!nyNineToFive().addBusinessSeconds(QDateTime(), 3600).isValid());
    QVERIFY(!nyNineToFive().nextWorkingMoment(QDateTime()).isValid());
}

void tst_BusinessCalendar::businessSecondsBetween_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("expected");

    // 2026-01-12 is a Monday; 2026-01-09 / 01-16 are Fridays.
    QTest::newRow("same day") << QStringLiteral("ny") << ny(2026, 1, 12, 10) << ny(2026, 1, 12, 12)
                              << qint64(7200);
    QTest::newRow("backwards is negative")
        << QStringLiteral("ny") << ny(2026, 1, 12, 12) << ny(2026, 1, 12, 10) << qint64(-7200);
    QTest::newRow("same moment") << QStringLiteral("ny") << ny(2026, 1, 12, 10) << ny(2026, 1, 12, 10)
                                 << qint64(0);
    QTest::newRow("within a weekend")
        << QStringLiteral("ny") << ny(2026, 1, 10, 10) << ny(2026, 1, 11, 18) << qint64(0);
    QTest::newRow("overnight") << QStringLiteral("ny") << ny(2026, 1, 12, 17) << ny(2026, 1, 13, 9)
                               << qint64(0);
    QTest::newRow("across a weekend")
        << QStringLiteral("ny") << ny(2026, 1, 9, 16) << ny(2026, 1, 12, 10) << qint64(7200);
    QTest::newRow("across a weekend, backwards")
        << QStringLiteral("ny") << ny(2026, 1, 12, 10) << ny(2026, 1, 9, 16) << qint64(-7200);
    QTest::newRow("night to night") << QStringLiteral("ny") << ny(2026, 1, 12, 20) << ny(2026, 1, 13, 20)
                                    << qint64(8 * 3600);
    QTest::newRow("a week") << QStringLiteral("ny") << ny(2026, 1, 9, 9) << ny(2026, 1, 16, 9)
                            << qint64(40 * 3600);
    QTest::newRow("over lunch") << QStringLiteral("ny-lunch") << ny(2026, 1, 12, 11) << ny(2026, 1, 12, 14)
                                << qint64(2 * 3600);
    QTest::newRow("lunch only") << QStringLiteral("ny-lunch") << ny(2026, 1, 12, 12) << ny(2026, 1, 12, 13)
                                << qint64(0);
    // Fri 14:00 EST to Mon 10:00 EDT is 67 real hours but 4 business hours.
    QTest::newRow("over the march change") << QStringLiteral("ny") << utc("2026-03-06T19:00:00Z")
                                           << utc("2026-03-09T14:00:00Z") << qint64(4 * 3600);
    QTest::newRow("over the october change") << QStringLiteral("berlin") << utc("2026-10-23T12:00:00Z")
                                             << utc("2026-10-26T09:00:00Z") << qint64(4 * 3600);
}

void tst_BusinessCalendar::businessSecondsBetween()
{
    QFETCH(QString, calendar);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, expected);

    QCOMPARE(calendarNamed(calendar).businessSecondsBetween(from, to), expected);
}

void tst_BusinessCalendar::businessSecondsBetweenIsTheInverseOfAdd()
{
    // From every half hour of a week (nights, lunch and weekend included), 5 business hours forward
    // and back agree.
    const BusinessCalendar cal = nyWithLunch();
    const QDateTime first = ny(2026, 1, 9, 0);
    for (int step = 0; step < 7 * 48; ++step) {
        const QDateTime start = first.addSecs(qint64(step) * 1800);
        const QDateTime deadline = cal.addBusinessSeconds(start, 5 * 3600);
        QVERIFY2(deadline > start, qPrintable(start.toString(Qt::ISODate)));
        QCOMPARE(cal.businessSecondsBetween(start, deadline), qint64(5 * 3600));
        // The deadline is a working moment or the end of one: never a moment after a gap.
        QVERIFY2(cal.isWorkingMoment(deadline.addSecs(-1)), qPrintable(start.toString(Qt::ISODate)));
    }
}

void tst_BusinessCalendar::nextWorkingMoment_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QDateTime>("expected");

    // 2026-01-12 is a Monday, 2026-01-09 a Friday, 2026-01-10 a Saturday.
    QTest::newRow("in working time") << QStringLiteral("ny") << ny(2026, 1, 12, 11, 15)
                                     << ny(2026, 1, 12, 11, 15);
    QTest::newRow("at opening") << QStringLiteral("ny") << ny(2026, 1, 12, 9) << ny(2026, 1, 12, 9);
    QTest::newRow("one second before opening")
        << QStringLiteral("ny") << ny(2026, 1, 12, 8, 59, 59) << ny(2026, 1, 12, 9);
    QTest::newRow("last working second")
        << QStringLiteral("ny") << ny(2026, 1, 12, 16, 59, 59) << ny(2026, 1, 12, 16, 59, 59);
    QTest::newRow("at closing") << QStringLiteral("ny") << ny(2026, 1, 12, 17) << ny(2026, 1, 13, 9);
    QTest::newRow("friday closing") << QStringLiteral("ny") << ny(2026, 1, 9, 17) << ny(2026, 1, 12, 9);
    QTest::newRow("saturday") << QStringLiteral("ny") << ny(2026, 1, 10, 13) << ny(2026, 1, 12, 9);
    QTest::newRow("lunch") << QStringLiteral("ny-lunch") << ny(2026, 1, 12, 12) << ny(2026, 1, 12, 13);
    QTest::newRow("holiday") << QStringLiteral("ny-thanksgiving") << ny(2026, 11, 25, 17)
                             << ny(2026, 11, 27, 9);
    // Sunday of the spring change: Monday 09:00 EDT is 13:00Z, not 14:00Z.
    QTest::newRow("after the march change")
        << QStringLiteral("ny") << utc("2026-03-08T12:00:00Z") << utc("2026-03-09T13:00:00Z");
}

void tst_BusinessCalendar::nextWorkingMoment()
{
    QFETCH(QString, calendar);
    QFETCH(QDateTime, at);
    QFETCH(QDateTime, expected);

    QCOMPARE(calendarNamed(calendar).nextWorkingMoment(at), expected.toUTC());
}

void tst_BusinessCalendar::isWorkingMoment_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("expected");

    QTest::newRow("interval start") << QStringLiteral("ny") << ny(2026, 1, 12, 9) << true;
    QTest::newRow("interval end") << QStringLiteral("ny") << ny(2026, 1, 12, 17) << false;
    QTest::newRow("last second") << QStringLiteral("ny") << ny(2026, 1, 12, 16, 59, 59) << true;
    QTest::newRow("before opening") << QStringLiteral("ny") << ny(2026, 1, 12, 8, 59, 59) << false;
    QTest::newRow("midday") << QStringLiteral("ny") << ny(2026, 1, 12, 12) << true;
    QTest::newRow("lunch starts") << QStringLiteral("ny-lunch") << ny(2026, 1, 12, 12) << false;
    QTest::newRow("lunch ends") << QStringLiteral("ny-lunch") << ny(2026, 1, 12, 13) << true;
    QTest::newRow("saturday") << QStringLiteral("ny") << ny(2026, 1, 10, 12) << false;
    QTest::newRow("holiday") << QStringLiteral("ny-thanksgiving") << ny(2026, 11, 26, 12) << false;
    QTest::newRow("berlin 09:00 CEST") << QStringLiteral("berlin") << utc("2026-03-30T07:00:00Z") << true;
    QTest::newRow("berlin 08:00 CEST") << QStringLiteral("berlin") << utc("2026-03-30T06:00:00Z") << false;
}

void tst_BusinessCalendar::isWorkingMoment()
{
    QFETCH(QString, calendar);
    QFETCH(QDateTime, at);
    QFETCH(bool, expected);

    QCOMPARE(calendarNamed(calendar).isWorkingMoment(at), expected);
}

void tst_BusinessCalendar::workingSpansOn()
{
    const BusinessCalendar cal = nyWithLunch();
    const QList<UtcSpan> monday = cal.workingSpansOn(QDate(2026, 1, 12));
    QCOMPARE(monday.size(), 2);
    QCOMPARE(monday[0].start, utc("2026-01-12T14:00:00Z"));
    QCOMPARE(monday[0].end, utc("2026-01-12T17:00:00Z"));
    QCOMPARE(monday[1].start, utc("2026-01-12T18:00:00Z"));
    QCOMPARE(monday[1].end, utc("2026-01-12T22:00:00Z"));
    QVERIFY(cal.workingSpansOn(QDate(2026, 1, 10)).isEmpty());
    QVERIFY(cal.workingSpansOn(QDate()).isEmpty());

    // Intervals given out of order come back earliest first.
    BusinessCalendar::Week week;
    week[0] = { hours(13, 0, 17, 0), hours(9, 0, 12, 0) };
    const BusinessCalendar unsorted(QStringLiteral("unsorted"), newYork(), week, {});
    QCOMPARE(unsorted.week()[0], (QList<WorkingInterval> { hours(9, 0, 12, 0), hours(13, 0, 17, 0) }));
    QCOMPARE(unsorted.workingSpansOn(QDate(2026, 1, 12))[0].start, utc("2026-01-12T14:00:00Z"));
}

void tst_BusinessCalendar::dstDayLengths()
{
    // A round-the-clock calendar counts real time: the spring day has 23 hours, the autumn day 25.
    const BusinessCalendar cal = roundTheClock(berlin());
    const QList<UtcSpan> spring = cal.workingSpansOn(QDate(2026, 3, 29));
    QCOMPARE(spring.size(), 1);
    QCOMPARE(spring[0].start, utc("2026-03-28T23:00:00Z"));
    QCOMPARE(spring[0].end, utc("2026-03-29T22:00:00Z"));
    const QList<UtcSpan> autumn = cal.workingSpansOn(QDate(2026, 10, 25));
    QCOMPARE(autumn.size(), 1);
    QCOMPARE(autumn[0].start, utc("2026-10-24T22:00:00Z"));
    QCOMPARE(autumn[0].end, utc("2026-10-25T23:00:00Z"));

    QCOMPARE(cal.businessSecondsBetween(utc("2026-03-28T23:00:00Z"), utc("2026-03-29T22:00:00Z")),
        qint64(23 * 3600));
    QCOMPARE(cal.businessSecondsBetween(utc("2026-10-24T22:00:00Z"), utc("2026-10-25T23:00:00Z")),
        qint64(25 * 3600));
    // 24 business hours from local midnight before the spring change end at 01:00 the day after.
    QCOMPARE(cal.addBusinessSeconds(utc("2026-03-28T23:00:00Z"), 24 * 3600), utc("2026-03-29T23:00:00Z"));
    QVERIFY(cal.isWorkingMoment(utc("2026-03-29T01:00:00Z"))); // 03:00 CEST, straight after the gap
}

void tst_BusinessCalendar::intervalEndingAtMidnight()
{
    // An evening desk: Monday 18:00–24:00 and Tuesday 00:00–06:00, in UTC to keep the sums plain.
    BusinessCalendar::Week week;
    week[0] = { hours(18, 0, 24, 0) };
    week[1] = { hours(0, 0, 6, 0) };
    const BusinessCalendar cal(QStringLiteral("night"), QTimeZone::utc(), week, {});

    const QList<UtcSpan> monday = cal.workingSpansOn(QDate(2026, 1, 12));
    QCOMPARE(monday.size(), 1);
    QCOMPARE(monday[0].end, utc("2026-01-13T00:00:00Z"));
    QCOMPARE(cal.addBusinessSeconds(utc("2026-01-12T22:00:00Z"), 3 * 3600), utc("2026-01-13T01:00:00Z"));
    QCOMPARE(cal.addBusinessSeconds(utc("2026-01-12T22:00:00Z"), 2 * 3600), utc("2026-01-13T00:00:00Z"));
    QCOMPARE(cal.businessSecondsBetween(utc("2026-01-12T12:00:00Z"), utc("2026-01-13T12:00:00Z")),
        qint64(12 * 3600));
    QVERIFY(cal.isWorkingMoment(utc("2026-01-12T23:59:59Z")));
    QVERIFY(cal.isWorkingMoment(utc("2026-01-13T00:00:00Z")));
    QVERIFY(!cal.isWorkingMoment(utc("2026-01-13T06:00:00Z")));

    // Without the Tuesday shift midnight is the end of working time, not part of it.
    week[1] = {};
    const BusinessCalendar evening(QStringLiteral("evening"), QTimeZone::utc(), week, {});
    QVERIFY(!evening.isWorkingMoment(utc("2026-01-13T00:00:00Z")));
    QCOMPARE(evening.addBusinessSeconds(utc("2026-01-12T23:00:00Z"), 3600), utc("2026-01-13T00:00:00Z"));
    QCOMPARE(evening.addBusinessSeconds(utc("2026-01-12T23:00:00Z"), 3601), utc("2026-01-19T18:00:01Z"));
}

void tst_BusinessCalendar::intervalInsideDstGap()
{
    // 2026-03-08 in New York: 02:00 EST (07:00Z) is followed by 03:00 EDT (07:00Z).
    const QDate changeDay(2026, 3, 8);
    const auto sundayOnly = [](const QList<WorkingInterval> &sunday) {
        BusinessCalendar::Week week;
        week[6] = sunday;
        return BusinessCalendar(QStringLiteral("sunday"), newYork(), week, {});
    };

    // Wholly inside the gap: no working time at all.
    QVERIFY(sundayOnly({ hours(2, 0, 3, 0) }).workingSpansOn(changeDay).isEmpty());

    // Opening inside the gap: the desk is open from when the clocks read 03:00 EDT.
    const QList<UtcSpan> late = sundayOnly({ hours(2, 30, 6, 0) }).workingSpansOn(changeDay);
    QCOMPARE(late.size(), 1);
    QCOMPARE(late[0].start, utc("2026-03-08T07:00:00Z"));
    QCOMPARE(late[0].end, utc("2026-03-08T10:00:00Z"));

    // Closing inside the gap: 01:00 EST until the clocks jump.
    const QList<UtcSpan> early = sundayOnly({ hours(1, 0, 2, 30) }).workingSpansOn(changeDay);
    QCOMPARE(early.size(), 1);
    QCOMPARE(early[0].start, utc("2026-03-08T06:00:00Z"));
    QCOMPARE(early[0].end, utc("2026-03-08T07:00:00Z"));

    // On an ordinary Sunday the same interval is 3.5 hours long.
    const QList<UtcSpan> ordinary = sundayOnly({ hours(2, 30, 6, 0) }).workingSpansOn(QDate(2026, 3, 1));
    QCOMPARE(ordinary.size(), 1);
    QCOMPARE(ordinary[0].start.secsTo(ordinary[0].end), qint64(3 * 3600 + 1800));
}

void tst_BusinessCalendar::readValidFile()
{
    const QJsonObject root = jsonObject(R"({
        "name": "New York office",
        "timezone": "America/New_York",
        "hours": {"mon": [["13:00", "17:00"], ["09:00", "12:00"]], "tue": [["09:00", "12:00"], ["12:00", "17:00"]],
                  "fri": [["18:00", "24:00"]], "sat": []},
        "holidays": ["2026-11-26", "2026-12-25"]
    })");
    JsonReader reader(QStringLiteral("new_york.json"));
    const BusinessCalendar cal = CalendarFile::read(root, QStringLiteral("new_york"), reader);
    QVERIFY2(reader.ok(), qPrintable(joinProblems(reader.problems())));
    QVERIFY(cal.isValid());
    QCOMPARE(cal.id(), QStringLiteral("new_york"));
    QCOMPARE(cal.timeZone(), newYork());
    QCOMPARE(cal.week()[0], (QList<WorkingInterval> { hours(9, 0, 12, 0), hours(13, 0, 17, 0) }));
    // Back-to-back intervals do not overlap.
    QCOMPARE(cal.week()[1], (QList<WorkingInterval> { hours(9, 0, 12, 0), hours(12, 0, 17, 0) }));
    QVERIFY(cal.week()[2].isEmpty()); // a day left out has no hours
    QCOMPARE(cal.week()[4], QList<WorkingInterval> { hours(18, 0, 24, 0) });
    QVERIFY(cal.week()[5].isEmpty());
    QCOMPARE(cal.holidays(), (QSet<QDate> { QDate(2026, 11, 26), QDate(2026, 12, 25) }));
}

void tst_BusinessCalendar::readErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");

    // Each document has exactly one mistake; a valid Tuesday keeps "no working time" out of the way.
    QTest::newRow("bad timezone") << QByteArray(R"({"timezone": "Mars/Olympus_Mons",
                                                  "hours": {"mon": [["09:00", "17:00"]]}})")
                                  << QStringLiteral("$.timezone");
    QTest::newRow("missing timezone")
        << QByteArray(R"({"hours": {"mon": [["09:00", "17:00"]]}})") << QStringLiteral("$.timezone");
    QTest::newRow("missing hours") << QByteArray(R"({"timezone": "UTC"})") << QStringLiteral("$.hours");
    QTest::newRow("hours not an object")
        << QByteArray(R"({"timezone": "UTC", "hours": []})") << QStringLiteral("$.hours");
    QTest::newRow("9am") << QByteArray(R"({"timezone": "UTC",
                                         "hours": {"mon": [["9am", "17:00"]], "tue": [["09:00", "17:00"]]}})")
                         << QStringLiteral("$.hours.mon[0]");
    QTest::newRow("one time only") << QByteArray(R"({"timezone": "UTC",
                                                   "hours": {"mon": [["09:00"]], "tue": [["09:00", "17:00"]]}})")
                                   << QStringLiteral("$.hours.mon[0]");
    QTest::newRow("interval as text") << QByteArray(R"({"timezone": "UTC",
                                                      "hours": {"mon": ["09:00-17:00"], "tue": [["09:00", "17:00"]]}})")
                                      << QStringLiteral("$.hours.mon[0]");
    QTest::newRow("25:00") << QByteArray(R"({"timezone": "UTC",
                                           "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "25:00"]]}})")
                           << QStringLiteral("$.hours.tue[0]");
    QTest::newRow("24:30") << QByteArray(R"({"timezone": "UTC",
                                           "hours": {"tue": [["09:00", "17:00"]], "fri": [["20:00", "24:30"]]}})")
                           << QStringLiteral("$.hours.fri[0]");
    QTest::newRow("start after end") << QByteArray(R"({"timezone": "UTC",
                                                     "hours": {"tue": [["09:00", "17:00"]], "wed": [["17:00", "09:00"]]}})")
                                     << QStringLiteral("$.hours.wed[0]");
    QTest::newRow("start equals end") << QByteArray(R"({"timezone": "UTC",
                                                      "hours": {"tue": [["09:00", "17:00"]], "thu": [["09:00", "09:00"]]}})")
                                      << QStringLiteral("$.hours.thu[0]");
    QTest::newRow("overlap") << QByteArray(R"({"timezone": "UTC",
                                             "hours": {"mon": [["09:00", "12:00"], ["11:30", "17:00"]]}})")
                             << QStringLiteral("$.hours.mon[1]");
    QTest::newRow("overlap, containing, later listed")
        << QByteArray(R"({"timezone": "UTC", "hours": {"sat": [["13:00", "17:00"], ["08:00", "18:00"]]}})")
        << QStringLiteral("$.hours.sat[1]");
    QTest::newRow("day not a list") << QByteArray(R"({"timezone": "UTC",
                                                    "hours": {"mon": "09:00-17:00", "tue": [["09:00", "17:00"]]}})")
                                    << QStringLiteral("$.hours.mon");
    QTest::newRow("unknown day") << QByteArray(R"({"timezone": "UTC",
                                                 "hours": {"monday": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]]}})")
                                 << QStringLiteral("$.hours.monday");
    QTest::newRow("unknown key") << QByteArray(R"({"timezone": "UTC", "hours": {"tue": [["09:00", "17:00"]]},
                                                 "holiday": ["2026-11-26"]})")
                                 << QStringLiteral("$.holiday");
    QTest::newRow("february 30th") << QByteArray(
        R"({"timezone": "UTC", "hours": {"tue": [["09:00", "17:00"]]},
                                                   "holidays": ["2026-11-26", "2026-02-30"]})")
                                   << QStringLiteral("$.holidays[1]");
    QTest::newRow("holiday not ISO") << QByteArray(
        R"({"timezone": "UTC", "hours": {"tue": [["09:00", "17:00"]]},
                                                     "holidays": ["26.11.2026"]})")
                                     << QStringLiteral("$.holidays[0]");
    QTest::newRow("holidays not a list")
        << QByteArray(R"({"timezone": "UTC", "hours": {"tue": [["09:00", "17:00"]]},
                                                         "holidays": "2026-11-26"})")
        << QStringLiteral("$.holidays");
    QTest::newRow("no working time") << QByteArray(R"({"timezone": "UTC", "hours": {"mon": [], "sat": []}})")
                                     << QStringLiteral("$.hours");
    QTest::newRow("empty hours") << QByteArray(R"({"timezone": "UTC", "hours": {}})")
                                 << QStringLiteral("$.hours");
}

void tst_BusinessCalendar::readErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);

    JsonReader reader(QStringLiteral("calendars/broken.json"));
    CalendarFile::read(jsonObject(json), QStringLiteral("broken"), reader);
    QVERIFY(!reader.ok());
    QCOMPARE(pathsOf(reader.problems()), QStringList { path });
    const Problem &problem = reader.problems().constFirst();
    QCOMPARE(problem.file, QStringLiteral("calendars/broken.json"));
    QVERIFY(!problem.message.isEmpty());
}

void tst_BusinessCalendar::readReportsEveryMistake()
{
    const QJsonObject root = jsonObject(R"({
        "timezone": "Atlantis/Capital",
        "hours": {"mon": [["09:00", "17:00"]], "tue": [["9am", "5pm"]], "wed": [["10:00", "09:00"]]},
        "holidays": ["2026-13-01"]
    })");
    JsonReader reader(QStringLiteral("cal.json"));
    CalendarFile::read(root, QStringLiteral("cal"), reader);
    QCOMPARE(pathsOf(reader.problems()),
        (QStringList { QStringLiteral("$.timezone"), QStringLiteral("$.hours.tue[0]"),
            QStringLiteral("$.hours.wed[0]"), QStringLiteral("$.holidays[0]") }));
}

void tst_BusinessCalendar::loadFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("calendars")));
    const QString fileName = dir.filePath(QStringLiteral("calendars/chicago.json"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"timezone": "America/Chicago",
                  "hours": {"mon": [["08:00", "16:00"]], "tue": [["08:00", "16:00"]]},
                  "holidays": ["2026-01-13"]})");
    file.close();

    QCOMPARE(CalendarFile::idFromFileName(fileName), QStringLiteral("chicago"));
    const Result<BusinessCalendar> cal = CalendarFile::load(fileName);
    QVERIFY2(cal.ok(), qPrintable(joinProblems(cal.problems())));
    QCOMPARE(cal->id(), QStringLiteral("chicago"));
    // Mon 2026-01-12 15:00 CST (21:00Z) + 2h: 1h Monday, Tuesday is a holiday, next Monday 08:00 + 1h.
    QCOMPARE(cal->addBusinessSeconds(utc("2026-01-12T21:00:00Z"), 2 * 3600), utc("2026-01-19T15:00:00Z"));

    const Result<BusinessCalendar> missing = CalendarFile::load(dir.filePath(QStringLiteral("nope.json")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.problems().size(), 1);
    QCOMPARE(missing.problems().constFirst().file, dir.filePath(QStringLiteral("nope.json")));
}

void tst_BusinessCalendar::loadBrokenJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(QStringLiteral("broken.json"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"timezone\": \"UTC\",\n  \"hours\": {\"mon\": [[\"09:00\" \"17:00\"]]}\n}\n");
    file.close();
    const Result<BusinessCalendar> broken = CalendarFile::load(fileName);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.problems().size(), 1);
    QCOMPARE(broken.problems().constFirst().line, 3);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"timezone": "UTC", "hours": {"mon": [["09:00", "17:00"], ["16:00", "18:00"]]}})");
    file.close();
    const Result<BusinessCalendar> overlapping = CalendarFile::load(fileName);
    QVERIFY(!overlapping.ok());
    QCOMPARE(pathsOf(overlapping.problems()), QStringList { QStringLiteral("$.hours.mon[1]") });
    QCOMPARE(overlapping.problems().constFirst().file, fileName);
}

void tst_BusinessCalendar::loadShippedCalendars()
{
    const QDir calendars(QStringLiteral(SAL_POLICY_DIR "/calendars"));

    const Result<BusinessCalendar> newYorkFile
        = CalendarFile::load(calendars.filePath(QStringLiteral("new_york.json")));
    QVERIFY2(newYorkFile.ok(), qPrintable(joinProblems(newYorkFile.problems())));
    QCOMPARE(newYorkFile->id(), QStringLiteral("new_york"));
    QCOMPARE(newYorkFile->timeZone(), newYork());
    // Thanksgiving and the Friday after are both off: Wed 15:00 EST + 4h → Mon 11:00 EST = 16:00Z.
    QCOMPARE(newYorkFile->addBusinessSeconds(ny(2026, 11, 25, 15), 4 * 3600), utc("2026-11-30T16:00:00Z"));

    const Result<BusinessCalendar> berlinFile
        = CalendarFile::load(calendars.filePath(QStringLiteral("berlin.json")));
    QVERIFY2(berlinFile.ok(), qPrintable(joinProblems(berlinFile.problems())));
    // Friday closes at 16:00 and lunch is 12:30–13:30: Fri 2026-03-27 15:00 CET + 4h = 1h Friday, then
    // Monday 09:00 CEST + 3h = 12:00 CEST = 10:00Z.
    QCOMPARE(berlinFile->addBusinessSeconds(local(berlin(), 2026, 3, 27, 15), 4 * 3600),
        utc("2026-03-30T10:00:00Z"));
    // Easter: Thu 2026-04-02 17:00 CEST + 2h = 1h Thursday (closes 18:00), Good Friday and Easter Monday
    // off, Tuesday 09:00 + 1h = 10:00 CEST = 08:00Z.
    QCOMPARE(berlinFile->addBusinessSeconds(local(berlin(), 2026, 4, 2, 17), 2 * 3600),
        utc("2026-04-07T08:00:00Z"));
}

QTEST_GUILESS_MAIN(tst_BusinessCalendar)
#include "tst_BusinessCalendar.moc"
