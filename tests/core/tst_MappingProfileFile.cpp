// Mapping profiles are data: the built-ins load, a broken profile reports every problem with its
// JSON path, and detection picks the profile that fits a header.

#include "io/MappingProfileFile.h"
#include "io/ProfileDetector.h"

#include <QTest>

using namespace sal::core;

class tst_MappingProfileFile : public QObject
{
    Q_OBJECT

    QList<MappingProfile> m_builtIns;

private slots:
    void initTestCase()
    {
        const Result<QList<MappingProfile>> builtIns = MappingProfileFile::builtIns();
        QVERIFY2(builtIns.ok(), qPrintable(joinProblems(builtIns.problems())));
        m_builtIns = *builtIns;
    }

    void builtInsCoverTheExports()
    {
        QStringList ids;
        for (const MappingProfile &p : m_builtIns)
            ids << p.id;
        QCOMPARE(ids,
            QStringList({ QStringLiteral("hubspot-contacts"), QStringLiteral("sal-jsonl"),
                QStringLiteral("salesforce-dataloader"), QStringLiteral("salesforce-report") }));
    }

    void everyProblemIsReportedWithItsPath()
    {
        const QByteArray json = R"({
            "id": "mine", "format": "xml", "timezone": "Mars/Olympus", "delimiter": ";;",
            "columns": { "Mail": "contact.mail", "mail": "contact.email", "MAIL": "contact.email" },
            "values": { "nope": {} }, "required": ["x"], "colour": "blue"
        })";
        const Result<MappingProfile> p = MappingProfileFile::parse(json, QStringLiteral("mine.json"));
        QVERIFY(!p);
        QStringList lines;
        for (const Problem &problem : p.problems())
            lines << problem.toString();
        const QStringList expected {
            QStringLiteral("mine.json: $.colour: is not a known key"),
            QStringLiteral("mine.json: $.format: must be \"csv\" or \"jsonl\""),
            QStringLiteral("mine.json: $.delimiter: must be one character"),
            QStringLiteral("mine.json: $.timezone: \"Mars/Olympus\" is not an IANA time zone"),
            QStringLiteral("mine.json: $.columns.Mail: must name a lead field"),
            QStringLiteral("mine.json: $.columns.mail: is mapped twice"),
            QStringLiteral("mine.json: $.values.nope: is not a lead field"),
            QStringLiteral("mine.json: $.required[0]: \"x\" is not a lead field"),
        };
        for (const QString &e : expected)
            QVERIFY2(!lines.filter(e).isEmpty(),
                qPrintable(e + QStringLiteral("\nnot in:\n") + lines.join(QLatin1Char('\n'))));
    }

    void syntaxErrorsNameTheLine()
    {
        const Result<MappingProfile> p
            = MappingProfileFile::parse("{\n  \"id\": \"x\",\n  oops\n}", QStringLiteral("p.json"));
        QVERIFY(!p);
        QCOMPARE(p.problems().first().line, 3);
    }

    void valuesTranslateIgnoringCase()
    {
        const Result<MappingProfile> p = MappingProfileFile::parse(
            R"({"id": "x", "columns": {"Stage": "account.existing_customer"},
                "values": {"account.existing_customer": {"Customer": "true", "*": "false"}}})",
            QStringLiteral("x.json"));
        QVERIFY(p);
        QCOMPARE(p->translate(QStringLiteral("account.existing_customer"), QStringLiteral("CUSTOMER")),
            QStringLiteral("true"));
        QCOMPARE(p->translate(QStringLiteral("account.existing_customer"), QStringLiteral("Lead")),
            QStringLiteral("false"));
        QCOMPARE(p->translate(QStringLiteral("account.existing_customer"), QString()), QString());
        QCOMPARE(p->fieldFor(QStringLiteral(" stage ")),
            std::optional<QString>(QStringLiteral("account.existing_customer")));
    }

    void detectionPicksTheExport_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("unmapped");
        QTest::newRow("Data Loader") << QStringLiteral(
            "ID,FIRSTNAME,LASTNAME,COMPANY,EMAIL,LEADSOURCE,STATUS,OWNERID,CREATEDDATE,FAVOURITE__C")
                                            .split(QLatin1Char(','))
                                     << QStringLiteral("salesforce-dataloader")
                                     << QStringList { QStringLiteral("FAVOURITE__C") };
        QTest::newRow("report") << QStringLiteral(
            "First Name,Last Name,Company / Account,Lead Source,Email,Lead Status")
                                       .split(QLatin1Char(','))
                                << QStringLiteral("salesforce-report") << QStringList();
        QTest::newRow("HubSpot") << QStringLiteral(
            "Record ID,First Name,Last Name,Email,Job Title,Company Name,Lifecycle Stage,Lead Status,HubSpot "
            "Score,Original Source,Create Date,Favourite Colour")
                                        .split(QLatin1Char(','))
                                 << QStringLiteral("hubspot-contacts")
                                 << QStringList { QStringLiteral("Favourite Colour") };
    }
    void detectionPicksTheExport()
    {
        QFETCH(QStringList, header);
        QFETCH(QString, profile);
        QFETCH(QStringList, unmapped);
        const QList<ProfileDetector::Fit> fits = ProfileDetector::rank(header, m_builtIns);
        QCOMPARE(fits.first().profile.id, profile);
        QCOMPARE(fits.first().unmapped, unmapped);
        QVERIFY(fits.first().score() > fits.at(1).score());
    }

    void jsonLinesAreRecognisedByTheirFirstByte()
    {
        QVERIFY(ProfileDetector::looksLikeJsonLines("\xEF\xBB\xBF\n  {\"a\": 1}"));
        QVERIFY(!ProfileDetector::looksLikeJsonLines("Id,Email\n"));
    }
};

QTEST_GUILESS_MAIN(tst_MappingProfileFile)
#include "tst_MappingProfileFile.moc"
