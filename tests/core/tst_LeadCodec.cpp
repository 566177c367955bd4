// The lead codec: the directly written JSON text is valid JSON that reads back to the same lead,
// and the fast ISO timestamps are exactly Qt's.

#include "bench/BenchLeads.h"
#include "store/LeadCodec.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace sal::core;

Q_DECLARE_METATYPE(sal::core::Lead)

class tst_LeadCodec : public QObject
{
    Q_OBJECT

    static QJsonObject parsed(const QByteArray &text)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("not JSON at %d: %s", error.offset, qPrintable(error.errorString()));
        return doc.object();
    }

private Q_SLOTS:
    void textReadsBackToTheSameLead_data()
    {
        QTest::addColumn<Lead>("lead");
        const QDateTime now = QDateTime(QDate(2026, 3, 9), QTime(15, 0), Qt::UTC);
        QTest::addRow("realistic") << BenchLeads::lead(7, now);
        Lead odd = BenchLeads::lead(8, now);
        // Everything JSON must escape, text beyond ASCII, and the optional fields both ways.
        odd.account.name = QStringLiteral("\"Quoted\" \\ Back\\slash\ttab\nline\r\x01\x1f end");
        odd.contact.firstName = QStringLiteral("Zoë Ünal — 東京 😀");
        odd.account.employees = std::nullopt;
        odd.account.annualRevenue = 12'500'000'000LL;
        odd.account.fundingDate = QDate(2025, 11, 30);
        odd.account.techStack = { QStringLiteral("Qt"), QStringLiteral("Postgre\"SQL") };
        odd.talkTrack.proofPoints.clear();
        odd.engagement.clear(); // and with it the score's engagement part, which follows the signals
        odd.score.contributions.removeIf(
            [](const ScoreContribution &c) { return c.part == ScoreContribution::Part::Engagement; });
        QTest::addRow("escapes and optionals") << odd;
        QTest::addRow("empty") << Lead();
    }

    void textReadsBackToTheSameLead()
    {
        QFETCH(Lead, lead);
        const QByteArray text = LeadCodec::toJsonText(lead);
        const Lead back = LeadCodec::fromJson(parsed(text));
        QCOMPARE(back, lead);
        QCOMPARE(back.account.name, lead.account.name); // the escapes, spelled out
        QCOMPARE(back.contact.firstName, lead.contact.firstName);
        QCOMPARE(back.account.employees, lead.account.employees);
        QCOMPARE(LeadCodec::toJsonText(back), text);
        QCOMPARE(LeadCodec::toJson(lead), parsed(text));
    }

    void isoTimestampsAreQtsOwn_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addRow("utc") << QDateTime(QDate(2026, 3, 9), QTime(15, 4, 5), Qt::UTC);
        QTest::addRow("milliseconds dropped")
            << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        QTest::addRow("before 1970") << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 500), Qt::UTC);
        QTest::addRow("leap day") << QDateTime(QDate(2028, 2, 29), QTime(0, 0), Qt::UTC);
        QTest::addRow("another zone")
            << QDateTime(QDate(2026, 7, 1), QTime(9, 30), QTimeZone(QByteArrayLiteral("America/New_York")));
        QTest::addRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::addRow("invalid") << QDateTime();
    }

    void isoTimestampsAreQtsOwn()
    {
        QFETCH(QDateTime, time);
        const QString expected = time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
        QCOMPARE(LeadCodec::isoUtc(time), expected);
        if (time.isValid()) {
            const QDateTime back = LeadCodec::parseUtc(expected);
            QCOMPARE(back, QDateTime::fromString(expected, Qt::ISODate).toUTC());
            QCOMPARE(back.timeSpec(), Qt::UTC);
        }
    }

    void parsesOtherIsoFormsThroughQt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("offset") << QStringLiteral("2026-03-09T10:00:00+02:00");
        QTest::addRow("milliseconds") << QStringLiteral("2026-03-09T10:00:00.250Z");
        QTest::addRow("no zone") << QStringLiteral("2026-03-09T10:00:00");
        QTest::addRow("impossible date") << QStringLiteral("2026-02-30T10:00:00Z");
        QTest::addRow("not a time") << QStringLiteral("tomorrow morning!!!");
    }

    void parsesOtherIsoFormsThroughQt()
    {
        QFETCH(QString, text);
        QCOMPARE(LeadCodec::parseUtc(text), QDateTime::fromString(text, Qt::ISODate).toUTC());
        QVERIFY(!LeadCodec::parseUtc(QString()).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_LeadCodec)
#include "tst_LeadCodec.moc"
