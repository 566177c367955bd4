// The streaming RFC 4180 reader: quoting, line breaks of every kind, line numbers, encodings and the
// problems that stop a read.

#include "io/CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace sal::core;

namespace {
struct Read
{
    QList<CsvRecord> records;
    std::optional<Problem> fatal;
};

Read readAll(const QByteArray &bytes, TextEncoding encoding = TextEncoding::Utf8)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, QStringLiteral("in.csv"), encoding);
    Read read;
    CsvRecord record;
    while (reader.next(record))
        read.records << record;
    read.fatal = reader.fatal();
    return read;
}
} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks()
    {
        const Read r = readAll("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\r\n");
        QVERIFY(!r.fatal);
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(1).fields,
            QStringList(
                { QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines") }));
        QCOMPARE(r.records.at(2).fields, QStringList({ QStringLiteral("last"), QString(), QString() }));
    }

    void lineNumbersCountPhysicalLines()
    {
        // The record after a quoted line break starts two lines further down.
        const Read r = readAll("h1,h2\n\"a\nb\nc\",x\nnext,y\n");
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(1).line, 2);
        QCOMPARE(r.records.at(2).line, 5);
    }

    void everyLineBreakStyleEndsARecord_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("LF") << QByteArray("a,b\n1,2\n");
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n");
        QTest::newRow("CR") << QByteArray("a,b\r1,2\r");
        QTest::newRow("no final break") << QByteArray("a,b\n1,2");
        QTest::newRow("blank lines") << QByteArray("\na,b\n\n\r\n1,2\n\n");
    }
    void everyLineBreakStyleEndsARecord()
    {
        QFETCH(QByteArray, bytes);
        const Read r = readAll(bytes);
        QVERIFY(!r.fatal);
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records.at(1).fields, QStringList({ QStringLiteral("1"), QStringLiteral("2") }));
    }

    void utf8ByteOrderMarkIsSkipped()
    {
        const Read r = readAll("\xEF\xBB\xBFId,Name\n1,Jos\xC3\xA9\n");
        QCOMPARE(r.records.first().fields.first(), QStringLiteral("Id"));
        QCOMPARE(r.records.at(1).fields.at(1), QStringLiteral("José"));
    }

    void windows1252IsRefusedWithAdvice()
    {
        const Read r = readAll("Name\nok\nM\xFCller\n");
        QVERIFY(r.fatal);
        QCOMPARE(r.fatal->line, 3);
        QVERIFY2(r.fatal->message.contains(QStringLiteral("Windows-1252")), qPrintable(r.fatal->message));
        QVERIFY(r.fatal->message.contains(QStringLiteral("0xFC")));
        QVERIFY(r.fatal->message.contains(QStringLiteral("--encoding windows-1252")));
    }

    void windows1252IsConvertedWhenAskedFor()
    {
        const Read r = readAll("Name\nM\xFCller \x80 \x93quoted\x94\n", TextEncoding::Windows1252);
        QVERIFY(!r.fatal);
        QCOMPARE(r.records.at(1).fields.first(), QStringLiteral("Müller € “quoted”"));
    }

    void utf16IsRefused()
    {
        const Read r = readAll(QByteArray("\xFF\xFE"
                                          "a\0,\0b\0",
            8));
        QVERIFY(r.fatal);
        QVERIFY(r.fatal->message.contains(QStringLiteral("UTF-16")));
    }

    void unterminatedQuoteNamesTheLineItOpensOn()
    {
        const Read r = readAll("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n");
        QCOMPARE(r.records.size(), 2);
        QVERIFY(r.fatal);
        QCOMPARE(r.fatal->line, 3);
        QCOMPARE(r.fatal->toString(),
            QStringLiteral("in.csv:3: a quoted field opened on this line is never closed"));
    }

    void strayQuotesMakeTheRecordBadButReadingGoesOn()
    {
        const Read r = readAll("a,b\nab\"c,2\n\"x\"y,3\nok,4\n");
        QVERIFY(!r.fatal);
        QCOMPARE(r.records.size(), 4);
        QCOMPARE(r.records.at(1).problems.size(), 1);
        QCOMPARE(r.records.at(1).problems.first().path, QStringLiteral("field 1"));
        QCOMPARE(r.records.at(2).problems.size(), 1);
        QVERIFY(r.records.at(3).problems.isEmpty());
    }

    void aRunawayRecordStopsTheRead()
    {
        QByteArray bytes("a\n\"");
        bytes += QByteArray(CsvReader::kMaxRecordBytes + 10, 'x');
        const Read r = readAll(bytes);
        QVERIFY(r.fatal);
        QCOMPARE(r.fatal->line, 2);
    }

    void recordsAcrossChunkBoundaries()
    {
        // 10,000 rows, some with quoted line breaks, far beyond one 64 KiB chunk.
        QByteArray bytes("id,text\r\n");
        for (int i = 0; i < 10000; ++i)
            bytes += QByteArray::number(i)
                + (i % 7 == 0 ? ",\"multi\r\nline, \"\"quoted\"\"\"\r\n" : ",plain text here\r\n");
        const Read r = readAll(bytes);
        QVERIFY(!r.fatal);
        QCOMPARE(r.records.size(), 10001);
        qint64 line = 2;
        for (int i = 0; i < 10000; ++i) {
            const CsvRecord &rec = r.records.at(i + 1);
            QCOMPARE(rec.line, line);
            QCOMPARE(rec.fields.first(), QString::number(i));
            QCOMPARE(rec.fields.at(1),
                i % 7 == 0 ? QStringLiteral("multi\nline, \"quoted\"") : QStringLiteral("plain text here"));
            line += i % 7 == 0 ? 2 : 1;
        }
    }
};

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_CsvReader.moc"
