// Cells of CRM exports: dates in ISO 8601 and the exports' own formats, grouped numbers, flags,
// web sites and emails — and the words used when they are wrong.

#include "io/ImportValueParser.h"

#include <QTest>

using namespace sal::core;

class tst_ImportValueParser : public QObject
{
    Q_OBJECT

private slots:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("formats");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("expected");
        const QStringList sf { QStringLiteral("M/d/yyyy, h:mm AP"), QStringLiteral("M/d/yyyy") };
        const QStringList hub { QStringLiteral("yyyy-MM-dd HH:mm") };
        QTest::newRow("ISO Z") << QStringLiteral("2026-11-20T14:03:22Z") << QStringList()
                               << QStringLiteral("UTC") << QStringLiteral("2026-11-20T14:03:22Z");
        QTest::newRow("Data Loader ms") << QStringLiteral("2026-11-20T14:03:22.000Z") << QStringList()
                                        << QStringLiteral("UTC") << QStringLiteral("2026-11-20T14:03:22Z");
        QTest::newRow("ISO offset") << QStringLiteral("2026-11-20T09:03:22-05:00") << QStringList()
                                    << QStringLiteral("UTC") << QStringLiteral("2026-11-20T14:03:22Z");
        QTest::newRow("ISO date") << QStringLiteral("2026-11-20") << QStringList()
                                  << QStringLiteral("Europe/Berlin")
                                  << QStringLiteral("2026-11-19T23:00:00Z");
        QTest::newRow("report PM") << QStringLiteral("11/20/2026, 2:03 PM") << sf << QStringLiteral("UTC")
                                   << QStringLiteral("2026-11-20T14:03:00Z");
        QTest::newRow("report date") << QStringLiteral("1/5/2026") << sf << QStringLiteral("America/New_York")
                                     << QStringLiteral("2026-01-05T05:00:00Z");
        QTest::newRow("HubSpot in zone")
            << QStringLiteral("2026-07-01 09:00") << hub << QStringLiteral("America/New_York")
            << QStringLiteral("2026-07-01T13:00:00Z");
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, formats);
        QFETCH(QString, zone);
        QFETCH(QString, expected);
        QString why;
        const auto t = ImportValueParser::dateTime(text, formats, QTimeZone(zone.toUtf8()), &why);
        QVERIFY2(t, qPrintable(why));
        QCOMPARE(t->toString(Qt::ISODate), expected);
    }

    void badDateSaysWhichFormatsWereTried()
    {
        QString why;
        QVERIFY(!ImportValueParser::dateTime(
            QStringLiteral("31/02/2026"), { QStringLiteral("M/d/yyyy") }, QTimeZone::utc(), &why));
        QCOMPARE(why, QStringLiteral("\"31/02/2026\" is not an ISO 8601 date nor in any of: M/d/yyyy"));
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected");
        QTest::newRow("plain") << QStringLiteral("1200") << 1200.0;
        QTest::newRow("grouped") << QStringLiteral("1,234,567") << 1234567.0;
        QTest::newRow("decimals") << QStringLiteral("25000000.0") << 25000000.0;
        QTest::newRow("dollar") << QStringLiteral("$8,500,000") << 8500000.0;
        QTest::newRow("code") << QStringLiteral("USD 120,000,000.00") << 120000000.0;
        QTest::newRow("spaces") << QStringLiteral("1 200 000") << 1200000.0;
        QTest::newRow("negative") << QStringLiteral("-12.5") << -12.5;
    }
    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(double, expected);
        QString why;
        const auto n = ImportValueParser::number(text, {}, &why);
        QVERIFY2(n, qPrintable(why));
        QCOMPARE(*n, expected);
    }

    void europeanNumbers()
    {
        const ImportValueParser::NumberStyle style { QLatin1Char(','), QLatin1Char('.') };
        QCOMPARE(ImportValueParser::number(QStringLiteral("1.234.567,50 €"), style, nullptr).value_or(0),
            1234567.5);
    }

    void badNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("misplaced") << QStringLiteral("12,34")
                                   << QStringLiteral("\"12,34\" has misplaced thousands separators");
        QTest::newRow("words") << QStringLiteral("about 40")
                               << QStringLiteral("\"about 40\" is not a number");
        QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("\"\" is not a number");
        QTest::newRow("huge") << QStringLiteral("1234567890123456789012")
                              << QStringLiteral("\"1234567890123456789012\" is not a number");
    }
    void badNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        QString got;
        QVERIFY(!ImportValueParser::number(text, {}, &got));
        QCOMPARE(got, why);
    }

    void integers()
    {
        QString why;
        QCOMPARE(
            ImportValueParser::integer(QStringLiteral("1,200.00"), {}, 0, 100000, &why).value_or(-1), 1200);
        QVERIFY(!ImportValueParser::integer(QStringLiteral("12.5"), {}, 0, 100, &why));
        QCOMPARE(why, QStringLiteral("\"12.5\" is not a whole number"));
        QVERIFY(!ImportValueParser::integer(QStringLiteral("-3"), {}, 0, 100, &why));
        QCOMPARE(why, QStringLiteral("\"-3\" is out of range (0 to 100)"));
    }

    void domains()
    {
        QCOMPARE(ImportValueParser::domain(QStringLiteral("https://www.Acme.example/pricing?x=1"), nullptr)
                     .value_or(QString()),
            QStringLiteral("acme.example"));
        QCOMPARE(ImportValueParser::domain(QStringLiteral("northwind.example"), nullptr).value_or(QString()),
            QStringLiteral("northwind.example"));
        QString why;
        QVERIFY(!ImportValueParser::domain(QStringLiteral("not a site"), &why));
        QCOMPARE(why, QStringLiteral("\"not a site\" is not a web site or domain"));
    }

    void emailsAndFlags()
    {
        QVERIFY(ImportValueParser::email(QStringLiteral(" ana@acme.example "), nullptr));
        QVERIFY(!ImportValueParser::email(QStringLiteral("ana@acme"), nullptr));
        QVERIFY(!ImportValueParser::email(QStringLiteral("a b@acme.example"), nullptr));
        QCOMPARE(ImportValueParser::boolean(QStringLiteral("Yes"), nullptr), std::optional<bool>(true));
        QCOMPARE(ImportValueParser::boolean(QStringLiteral("0"), nullptr), std::optional<bool>(false));
        QVERIFY(!ImportValueParser::boolean(QStringLiteral("maybe"), nullptr));
    }
};

QTEST_GUILESS_MAIN(tst_ImportValueParser)
#include "tst_ImportValueParser.moc"
