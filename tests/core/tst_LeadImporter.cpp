// Importing CRM exports into a real SQLite team store: each format, all or nothing, --skip-bad,
// idempotent re-import, duplicate and existing-customer flags, and export → re-import round trips.

#include "disposition/DispositionCodec.h"
#include "io/DecisionExporter.h"
#include "io/ImportFile.h"
#include "io/LeadExporter.h"
#include "io/LeadImporter.h"
#include "io/MappingProfileFile.h"
#include "store/LeadCodec.h"
#include "support/SyncFixture.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>

using namespace sal::core;
using namespace sal::test;

namespace {
const QString kDataDir = QStringLiteral(SAL_TEST_DATA_DIR "/import/");

struct Outcome
{
    ImportSummary summary;
    Problems problems;
};
} // namespace

class tst_LeadImporter : public QObject
{
    Q_OBJECT

    SyncFixture m_fx;
    std::unique_ptr<PgTeamServer> m_server; // PostgreSQL runs only (tst_LeadImporter_postgres)
    QList<MappingProfile> m_profiles;

    Outcome import(const QString &path, ImportOptions options = {},
        std::optional<MappingProfile> profile = {}, TextEncoding encoding = TextEncoding::Utf8)
    {
        Outcome outcome;
        Result<std::unique_ptr<ImportFile>> file = ImportFile::open(path, m_profiles, profile, encoding);
        if (!file) {
            outcome.problems = file.problems();
            outcome.summary.fatal = true;
            return outcome;
        }
        options.fileName = path;
        options.required = (*file)->profile().required;
        if (!options.nowUtc.isValid())
            options.nowUtc = utc("2026-11-23T12:00:00Z");
        LeadImporter importer(*m_fx.team, m_fx.policy.reasons);
        Result<ImportSummary> r
            = importer.run((*file)->source(), options, [&](const Problem &p) { outcome.problems << p; });
        if (!r)
            qFatal("store failed: %s", qPrintable(joinProblems(r.problems())));
        outcome.summary = *r;
        return outcome;
    }

    qint64 count(const char *table)
    {
        return m_fx.team->database()
            .scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            .value()
            .toLongLong();
    }

    Lead leadByExternalId(const QString &externalId)
    {
        const QStringList ids = m_fx.team->findLeadIds(externalId, {}).value();
        if (ids.size() != 1)
            qFatal(
                "expected one lead with external id %s, found %d", qPrintable(externalId), int(ids.size()));
        return m_fx.team->lead(ids.first()).value()->lead;
    }

    QString tempFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_fx.dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // A Data Loader export of `rows` leads; `badLine` (1-based physical line, 0: none) gets a bad email.
    QString bigExport(int rows, int badLine)
    {
        QByteArray bytes(
            "Id,FirstName,LastName,Company,Email,NumberOfEmployees,AnnualRevenue,CreatedDate\r\n");
        for (int i = 1; i <= rows; ++i) {
            const int line = i + 1;
            const QByteArray n = QByteArray::number(i);
            bytes += "00Q" + n.rightJustified(12, '0') + ",First" + n + ",Last" + n + ",\"Company " + n
                + ", Inc.\","
                + (line == badLine ? QByteArray("not-an-email") : "lead" + n + "@company" + n + ".example")
                + "," + "\"1,200\",\"5,000,000\",2026-11-01T10:00:00.000Z\r\n";
        }
        return tempFile(QStringLiteral("big.csv"), bytes);
    }

private slots:
    void initTestCase()
    {
        if (backendUnderTest() != Backend::Postgres)
            return;
        m_server = std::make_unique<PgTeamServer>();
        QString error;
        QVERIFY2(m_server->start(DispositionValidator(PolicyLoader::loadDefaults().value().reasons),
                     m_fx.people(), &error),
            qPrintable(error));
    }

    void init()
    {
        m_fx.~SyncFixture();
        new (&m_fx) SyncFixture;
        QVERIFY(m_fx.init(m_server.get()));
        const Result<QList<MappingProfile>> builtIns = MappingProfileFile::builtIns();
        QVERIFY_OK(builtIns);
        m_profiles = *builtIns;
    }

    void salesforceDataLoaderExport()
    {
        const Outcome o = import(kDataDir + QStringLiteral("salesforce_dataloader.csv"));
        QVERIFY2(o.problems.isEmpty(), qPrintable(joinProblems(o.problems)));
        QVERIFY(o.summary.committed);
        QCOMPARE(o.summary.created, 3);
        const Lead ana = leadByExternalId(QStringLiteral("00Q5g00000AbCdE1"));
        QCOMPARE(ana.contact.lastName, QStringLiteral("Müller"));
        QCOMPARE(ana.account.name, QStringLiteral("Acme, Inc."));
        QCOMPARE(ana.account.domain, QStringLiteral("acme.example"));
        QCOMPARE(ana.account.employees, 1200);
        QCOMPARE(ana.account.annualRevenue, 25000000);
        QCOMPARE(ana.source, QStringLiteral("website"));
        QCOMPARE(ana.createdAt, utc("2026-11-02T14:03:22Z"));
        QCOMPARE(ana.stage, Stage::Mql);
        const Lead chloe = leadByExternalId(QStringLiteral("00Q5g00000AbCdE3"));
        QCOMPARE(chloe.contact.lastName, QStringLiteral("O\"Neil"));
        QCOMPARE(chloe.account.name, QStringLiteral("Fabrikam \"Labs\""));
        QCOMPARE(chloe.source, QStringLiteral("partner"));
        // The import is the lead's first event: Lead → MQL, by the importer.
        const QList<StageEvent> events = m_fx.team->events(ana.id).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, EventKind::Qualified);
        QCOMPARE(events.first().actor, QStringLiteral("system:import"));
    }

    void salesforceReportExport()
    {
        const Outcome o = import(kDataDir + QStringLiteral("salesforce_report.csv"));
        QVERIFY2(o.problems.isEmpty(), qPrintable(joinProblems(o.problems)));
        QCOMPARE(o.summary.created, 2);
        const Lead dana = leadByExternalId(QStringLiteral("00Q5g00000XyZ001"));
        QCOMPARE(dana.account.name, QStringLiteral("Contoso, Ltd"));
        QCOMPARE(dana.account.employees, 2400);
        QCOMPARE(dana.account.annualRevenue, 120000000);
        QCOMPARE(dana.createdAt, utc("2026-11-20T14:03:00Z"));
        QCOMPARE(dana.source, QStringLiteral("trade_show"));
        QCOMPARE(leadByExternalId(QStringLiteral("00Q5g00000XyZ002")).account.annualRevenue, 8500000);
    }

    void hubspotExport()
    {
        const Outcome o = import(kDataDir + QStringLiteral("hubspot_contacts.csv"));
        QVERIFY2(o.problems.isEmpty(), qPrintable(joinProblems(o.problems)));
        QCOMPARE(o.summary.created, 3);
        const Lead fay = leadByExternalId(QStringLiteral("51"));
        QCOMPARE(fay.contact.title, QStringLiteral("Head of Procurement"));
        QCOMPARE(fay.account.employees, 5000);
        QCOMPARE(fay.score.fitPoints(), 72);
        QCOMPARE(fay.source, QStringLiteral("organic_search"));
        QCOMPARE(fay.createdAt, utc("2026-11-18T10:23:00Z"));
        QVERIFY(!fay.account.existingCustomer);
        // Lifecycle stage "Customer": flagged, and the "already in CRM" reason is pre-suggested.
        const Lead gus = leadByExternalId(QStringLiteral("52"));
        QVERIFY(gus.account.existingCustomer);
        QCOMPARE(gus.account.domain, QStringLiteral("litware.example"));
        QCOMPARE(gus.suggestedReason, QStringLiteral("existing_customer"));
        QCOMPARE(o.summary.existingCustomers, 1);
    }

    void jsonLines()
    {
        const Outcome o = import(kDataDir + QStringLiteral("leads.jsonl"));
        QVERIFY2(o.problems.isEmpty(), qPrintable(joinProblems(o.problems)));
        QCOMPARE(o.summary.created, 2);
        const Lead ivy = leadByExternalId(QStringLiteral("crm-1001"));
        QCOMPARE(ivy.contact.seniority, Seniority::VicePresident);
        QCOMPARE(
            ivy.account.techStack, QStringList({ QStringLiteral("Salesforce"), QStringLiteral("Slack") }));
        QCOMPARE(ivy.engagement.size(), 1);
        QCOMPARE(ivy.score.total(), 45);
        QCOMPARE(ivy.mqlAt, utc("2026-11-12T09:30:00Z"));
    }

    void badJsonLinesNameLineAndPath()
    {
        const QString path = tempFile(QStringLiteral("bad.jsonl"),
            "{\"external_id\": \"a\", \"contact\": {\"email\": \"a@x.example\"}}\n"
            "{\"external_id\": \"b\", \"contact\": {\"email\": \"nope\", \"fax\": 1}}\n"
            "not json\n");
        const Outcome o = import(path);
        QVERIFY(!o.summary.committed);
        QCOMPARE(o.summary.rejected, 2);
        QStringList lines;
        for (const Problem &p : o.problems)
            lines << p.toString();
        QVERIFY2(
            lines.contains(path + QStringLiteral(":2: $.contact.email: \"nope\" is not an email address")),
            qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.filter(QStringLiteral(":2: $.contact.fax: is not a known key")).size() == 1,
            qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.filter(path + QStringLiteral(":3: column 2: invalid JSON")).size() == 1,
            qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(count("leads"), 0);
    }

    void allOrNothing()
    {
        // Something already stored must survive a failed import untouched.
        QVERIFY_OK(
            m_fx.team->putLead(makeLead(QStringLiteral("L1"), m_fx.repA, utc("2026-11-20T10:00:00Z")), {}));
        const qint64 leadsBefore = count("leads");
        const qint64 eventsBefore = count("events");
        const qint64 changesBefore = count("changes");
        const Outcome o = import(bigExport(10000, 9999));
        QVERIFY(!o.summary.committed);
        QCOMPARE(o.summary.rows, 10000);
        QCOMPARE(o.summary.rejected, 1);
        QCOMPARE(o.problems.size(), 1);
        QCOMPARE(o.problems.first().toString(),
            m_fx.dir.filePath(QStringLiteral("big.csv"))
                + QStringLiteral(":9999: Email: \"not-an-email\" is not an email address"));
        QCOMPARE(count("leads"), leadsBefore);
        QCOMPARE(count("events"), eventsBefore);
        QCOMPARE(count("changes"), changesBefore);
        QVERIFY(m_fx.team->lead(QStringLiteral("L1")).value().has_value());
    }

    void skipBadImportsTheRestAndWritesTheSideFile()
    {
        ImportOptions options;
        options.skipBad = true;
        options.rejectedPath = m_fx.dir.filePath(QStringLiteral("rejected.csv"));
        const Outcome o = import(bigExport(10000, 9999), options);
        QVERIFY(o.summary.committed);
        QCOMPARE(o.summary.created, 9999);
        QCOMPARE(o.summary.rejected, 1);
        QCOMPARE(count("leads"), 9999);
        QFile side(options.rejectedPath);
        QVERIFY(side.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = side.readAll().split('\n');
        QVERIFY(lines.first().endsWith("Import line,Import problems\r"));
        QVERIFY2(lines.at(1).contains("not-an-email") && lines.at(1).contains(",9999,")
                && lines.at(1).contains("Email: \"\"not-an-email\"\" is not an email address"),
            lines.at(1).constData());
    }

    void reimportIsIdempotent()
    {
        const QString path = bigExport(500, 0);
        QCOMPARE(import(path).summary.created, 500);
        const qint64 events = count("events");
        const qint64 changes = count("changes");
        const qint64 versionSum = m_fx.team->database()
                                      .scalar(QStringLiteral("SELECT sum(version) FROM leads"))
                                      .value()
                                      .toLongLong();
        const Outcome again = import(path);
        QVERIFY(again.summary.committed);
        QCOMPARE(again.summary.created, 0);
        QCOMPARE(again.summary.updated, 0);
        QCOMPARE(again.summary.unchanged, 500);
        QCOMPARE(count("leads"), 500);
        QCOMPARE(count("events"), events);
        QCOMPARE(count("changes"), changes);
        QCOMPARE(m_fx.team->database()
                     .scalar(QStringLiteral("SELECT sum(version) FROM leads"))
                     .value()
                     .toLongLong(),
            versionSum);
    }

    void changedRowUpdatesOnlyItsFields()
    {
        QCOMPARE(import(kDataDir + QStringLiteral("hubspot_contacts.csv")).summary.created, 3);
        Lead fay = leadByExternalId(QStringLiteral("51"));
        // Matched by email (ignoring case) when the file has no id column.
        const QString path = tempFile(QStringLiteral("title.csv"),
            "Email,Job Title\nFAY@woodgrove.example,Chief Procurement Officer\n");
        const Outcome o = import(path);
        QVERIFY2(o.problems.isEmpty(), qPrintable(joinProblems(o.problems)));
        QCOMPARE(o.summary.updated, 1);
        const Lead after = leadByExternalId(QStringLiteral("51"));
        QCOMPARE(after.contact.title, QStringLiteral("Chief Procurement Officer"));
        // The row fills title and email: exactly those change (the email as the file writes it).
        fay.contact.title = QStringLiteral("Chief Procurement Officer");
        fay.contact.email = QStringLiteral("FAY@woodgrove.example");
        QCOMPARE(LeadCodec::toJson(after), LeadCodec::toJson(fay));
        QCOMPARE(m_fx.team->lead(after.id).value()->version, 2);
    }

    void duplicatesAndCustomersAreFlagged()
    {
        Lead customer = makeLead(QStringLiteral("C1"), m_fx.repA, utc("2026-11-01T10:00:00Z"));
        customer.account.domain = QStringLiteral("bigcorp.example");
        customer.account.existingCustomer = true;
        customer.externalId = QStringLiteral("00QOLD");
        QVERIFY_OK(m_fx.team->putLead(customer, {}));
        // Same person under another CRM id, and a new person at a customer's domain.
        const QString path = tempFile(QStringLiteral("dups.csv"),
            "Record ID,Email,First Name,Last Name\n"
            "901,C1@example.com,Pat,Again\n"
            "902,someone@bigcorp.example,Sam,New\n");
        const Outcome o = import(path);
        QVERIFY2(o.problems.isEmpty(), qPrintable(joinProblems(o.problems)));
        QCOMPARE(o.summary.created, 2);
        QCOMPARE(o.summary.duplicates, 1);
        QCOMPARE(o.summary.existingCustomers, 1);
        const Lead duplicate = leadByExternalId(QStringLiteral("901"));
        QCOMPARE(duplicate.duplicateOfLeadId, QStringLiteral("C1"));
        QCOMPARE(duplicate.suggestedReason, QStringLiteral("duplicate"));
        const Lead atCustomer = leadByExternalId(QStringLiteral("902"));
        QVERIFY(atCustomer.account.existingCustomer);
        QCOMPARE(atCustomer.suggestedReason, QStringLiteral("existing_customer"));
        // Importing again: matched by their own ids, nothing new.
        QCOMPARE(import(path).summary.unchanged, 2);
    }

    void rowsOfOneFileSeeTheLeadsOfEarlierRows()
    {
        // New leads are written in chunks; a later row must still find the lead an earlier row made:
        // the same id updates it, the same email under another id is its duplicate.
        const QString path = tempFile(QStringLiteral("same-file.csv"),
            "Record ID,Email,First Name,Last Name,Job Title\n"
            "701,ada@lovelace.example,Ada,Lovelace,\n"
            "701,ada@lovelace.example,Ada,Lovelace,Analyst\n"
            "702,ADA@lovelace.example,Ada,King,\n");
        const Outcome o = import(path);
        QVERIFY2(o.problems.isEmpty(), qPrintable(joinProblems(o.problems)));
        QCOMPARE(o.summary.created, 2);
        QCOMPARE(o.summary.updated, 1);
        QCOMPARE(o.summary.duplicates, 1);
        const Lead first = leadByExternalId(QStringLiteral("701"));
        QCOMPARE(first.contact.title, QStringLiteral("Analyst"));
        QCOMPARE(m_fx.team->lead(first.id).value()->version, 2);
        QCOMPARE(leadByExternalId(QStringLiteral("702")).duplicateOfLeadId, first.id);
        // The change feed in the file's order: 701 created, 701 updated, 702 created.
        QSqlQuery q
            = m_fx.team->database().exec(QStringLiteral("SELECT lead_id FROM changes ORDER BY seq")).value();
        QStringList order;
        while (q.next())
            order << q.value(0).toString();
        QCOMPARE(order, (QStringList { first.id, first.id, leadByExternalId(QStringLiteral("702")).id }));
    }

    void requiredFieldsOfNewLeadsAreChecked()
    {
        const QString path
            = tempFile(QStringLiteral("missing.csv"), "Id,Email,LastName\n00Q1,a@b.example,\n");
        const Outcome o = import(path);
        QVERIFY(!o.summary.committed);
        QStringList lines;
        for (const Problem &p : o.problems)
            lines << p.toString();
        QVERIFY2(lines.contains(path + QStringLiteral(":2: LastName: is required for a new lead")),
            qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.contains(path + QStringLiteral(":2: Company: is required for a new lead")),
            qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void windows1252IsRefusedOrConverted()
    {
        const QString path = kDataDir + QStringLiteral("hubspot_windows1252.csv");
        const Outcome refused = import(path);
        QVERIFY(!refused.summary.committed);
        QCOMPARE(refused.problems.size(), 1);
        QVERIFY2(refused.problems.first().toString().startsWith(path + QStringLiteral(":2: is not UTF-8")),
            qPrintable(refused.problems.first().toString()));
        QCOMPARE(count("leads"), 0);
        const Outcome converted = import(path, {}, {}, TextEncoding::Windows1252);
        QVERIFY2(converted.summary.committed, qPrintable(joinProblems(converted.problems)));
        const Lead j = leadByExternalId(QStringLiteral("61"));
        QCOMPARE(j.contact.firstName, QStringLiteral("Jürgen"));
        QCOMPARE(j.account.name, QStringLiteral("Café € GmbH"));
    }

    void leadsExportImportsAgainIntoAnotherStore()
    {
        QCOMPARE(import(kDataDir + QStringLiteral("leads.jsonl")).summary.created, 2);
        QCOMPARE(import(kDataDir + QStringLiteral("hubspot_contacts.csv")).summary.created, 3);
        const QString exported = m_fx.dir.filePath(QStringLiteral("everything.jsonl"));
        {
            QFile out(exported);
            QVERIFY(out.open(QIODevice::WriteOnly));
            const Result<qint64> n = LeadExporter(*m_fx.team).write(out);
            QVERIFY_OK(n);
            QCOMPARE(*n, 5);
        }
        // Re-importing into the same store changes nothing...
        const Outcome same = import(exported);
        QVERIFY2(same.problems.isEmpty(), qPrintable(joinProblems(same.problems)));
        QCOMPARE(same.summary.unchanged, 5);
        // ...and into an empty store it recreates every lead's context.
        QList<Lead> before;
        for (const QString &id : m_fx.team->leadIds().value())
            before << m_fx.team->lead(id).value()->lead;
        QFile saved(exported);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray everything = saved.readAll();
        init(); // a new, empty team store
        const Outcome fresh = import(tempFile(QStringLiteral("everything.jsonl"), everything));
        QVERIFY2(fresh.problems.isEmpty(), qPrintable(joinProblems(fresh.problems)));
        QCOMPARE(fresh.summary.created, 5);
        for (Lead lead : before) {
            Lead copy = leadByExternalId(lead.externalId);
            lead.id = copy.id; // a new store gives new ids
            QCOMPARE(copy, lead);
        }
    }

    void decisionExportReimportsAsTheSameLeads()
    {
        QCOMPARE(import(kDataDir + QStringLiteral("salesforce_dataloader.csv")).summary.created, 3);
        // Route one lead to a rep and let them reject it through the real push path.
        const Lead ana = leadByExternalId(QStringLiteral("00Q5g00000AbCdE1"));
        QVERIFY_OK(m_fx.team->assign(ana.id, m_fx.repA, QStringLiteral("system:routing"),
            QStringLiteral("test"), utc("2026-11-23T12:00:00Z")));
        Operation op;
        op.id = QStringLiteral("op-1");
        op.leadId = ana.id;
        op.kind = OperationKind::Reject;
        op.actor = m_fx.repA;
        op.baseVersion = m_fx.team->lead(ana.id).value()->version;
        op.decidedAtUtc = utc("2026-11-23T13:00:00Z");
        op.payload = DispositionCodec::toJson(rejectDisposition(QStringLiteral("wrong_territory")));
        const QList<OperationResult> pushed = m_fx.team->push({ op }, utc("2026-11-23T13:05:00Z")).value();
        QCOMPARE(pushed.first().status, ApplyStatus::Applied);

        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        const Result<qint64> n = DecisionExporter(*m_fx.team, m_fx.policy.reasons)
                                     .write(csv, DecisionExporter::Format::Csv, utc("2026-11-23T00:00:00Z"));
        QVERIFY_OK(n);
        QCOMPARE(*n, 1);
        const QList<QByteArray> lines = csv.data().split('\n');
        QCOMPARE(lines.at(0),
            QByteArray(
                "Id,Email,SAL_Decision__c,SAL_Reason_Code__c,SAL_Reason_Category__c,"
                "SAL_Reason_Label__c,SAL_Reason_Text__c,SAL_Decided_At__c,SAL_Rep__c,SAL_Lead_Id__c\r"));
        QCOMPARE(lines.at(1),
            QByteArray("00Q5g00000AbCdE1,ana.mueller@acme.example,reject,wrong_territory,procedural,"
                       "Wrong territory,,2026-11-23T13:00:00Z,ana@example.com,")
                + ana.id.toUtf8() + '\r');
        // The CRM-shaped file is recognised as a Salesforce update and matches the same leads.
        const QString path = tempFile(QStringLiteral("feedback.csv"), csv.data());
        Result<std::unique_ptr<ImportFile>> file = ImportFile::open(path, m_profiles, {});
        QVERIFY_OK(file);
        QCOMPARE((*file)->profile().id, QStringLiteral("salesforce-dataloader"));
        QVERIFY((*file)->fits().first().unmapped.isEmpty());
        const Outcome o = import(path);
        QVERIFY2(o.problems.isEmpty(), qPrintable(joinProblems(o.problems)));
        QCOMPARE(o.summary.unchanged, 1);
        QCOMPARE(count("leads"), 3);
    }
};

QTEST_GUILESS_MAIN(tst_LeadImporter)
#include "tst_LeadImporter.moc"
