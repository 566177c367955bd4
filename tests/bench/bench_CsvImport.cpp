// Import at scale: the CSV reader over a 1,000,000-row export (throughput, and resident memory that
// stays flat because the reader streams), and the importer writing 20,000 new leads into a SQLite
// team store in one transaction. Prints figures; asserts only that the work was really done.

#include "bench/LeadExportFile.h"
#include "bench/ProcessProbe.h"
#include "io/CsvReader.h"
#include "io/ImportFile.h"
#include "io/LeadImporter.h"
#include "io/MappingProfileFile.h"
#include "support/SyncFixture.h"

#include <QElapsedTimer>
#include <QFile>

using namespace sal::core;
using namespace sal::test;


class bench_CsvImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void readerOverAMillionRows()
    {
        constexpr int kRows = 1'000'000;
        const QString path = m_dir.filePath(QStringLiteral("million.csv"));
        QVERIFY(LeadExportFile::write(path, kRows));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(file, path);
        CsvRecord record;
        qint64 records = 0;
        qint64 rssAt100k = 0;
        QString lastId;
        const qint64 rssBefore = ProcessProbe().residentKiB();
        QElapsedTimer timer;
        timer.start();
        while (reader.next(record)) {
            if (++records == 100'001)
                rssAt100k = ProcessProbe().residentKiB();
            lastId = record.fields.value(0);
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        QVERIFY(!reader.fatal());
        QCOMPARE(records, kRows + 1);
        QCOMPARE(lastId, QStringLiteral("00Q000001000000"));
        const qint64 rssAfter = ProcessProbe().residentKiB();
        qInfo("CSV reader: %lld records, %.1f MB in %.2f s = %.0f records/s, %.1f MB/s", records,
            double(file.size()) / 1e6, seconds, double(records) / seconds,
            double(file.size()) / 1e6 / seconds);
        qInfo("CSV reader memory (RSS): %lld KiB before, %lld KiB after 100,000 records, %lld KiB after "
              "1,000,000 "
              "(file is %lld KiB)",
            rssBefore, rssAt100k, rssAfter, file.size() / 1024);
    }

    void importerTwentyThousandNewLeads()
    {
        constexpr int kRows = 20'000;
        SyncFixture fx;
        QVERIFY(fx.init());
        const QString path = m_dir.filePath(QStringLiteral("fifty.csv"));
        QVERIFY(LeadExportFile::write(path, kRows));
        const QList<MappingProfile> profiles = MappingProfileFile::builtIns().value();
        Result<std::unique_ptr<ImportFile>> file = ImportFile::open(path, profiles, {});
        QVERIFY_OK(file);
        ImportOptions options;
        options.fileName = path;
        options.nowUtc = utc("2026-11-23T12:00:00Z");
        LeadImporter importer(*fx.team, fx.policy.reasons);
        QElapsedTimer timer;
        timer.start();
        const Result<ImportSummary> summary = importer.run(
            (*file)->source(), options, [](const Problem &p) { qWarning("%s", qPrintable(p.toString())); });
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        QVERIFY_OK(summary);
        QCOMPARE(summary->created, kRows);
        qInfo("Importer: %d new leads into SQLite in %.2f s = %.0f leads/s (one transaction)", kRows, seconds,
            double(kRows) / seconds);
        timer.restart();
        Result<std::unique_ptr<ImportFile>> again = ImportFile::open(path, profiles, {});
        QVERIFY_OK(again);
        const Result<ImportSummary> second
            = importer.run((*again)->source(), options, [](const Problem &) {});
        QVERIFY_OK(second);
        QCOMPARE(second->unchanged, kRows);
        qInfo("Importer: re-import of the same %d rows (all unchanged) in %.2f s", kRows,
            double(timer.nsecsElapsed()) / 1e9);
    }
};

QTEST_GUILESS_MAIN(bench_CsvImport)
#include "bench_CsvImport.moc"
