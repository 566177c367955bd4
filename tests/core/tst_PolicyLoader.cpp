// Policy files: the built-in defaults load, the repository's policy checks clean, every kind of
// mistake is reported with its file, JSON path and a message, and a directory with any mistake never
// half-loads. Fixtures live in tests/data/policy/; one-mistake files are written to a temp folder.

#include "policy/JsonReader.h"
#include "policy/PolicyLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sal::core;

namespace sal::core {
char *toString(const Problem &problem)
{
    return qstrdup(qPrintable(problem.toString()));
}
} // namespace sal::core

namespace {

QString dataDir(const QString &name)
{
    return QStringLiteral(SAL_TEST_DATA_DIR "/policy/") + name;
}

bool writeFile(const QString &fileName, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QStringList pathsOf(const Problems &problems)
{
    QStringList paths;
    for (const Problem &p : problems)
        paths << p.path;
    return paths;
}

// A reasons.json around the given reason objects, with optional top-level members before the list.
QByteArray reasons(const QByteArray &reasonObjects, const QByteArray &top = {})
{
    return "{ " + top + " \"reasons\": [ " + reasonObjects + " ] }";
}

const QByteArray kDuplicate
    = R"({ "code": "duplicate", "label": "Duplicate", "category": "clerical", "recycle": { "action": "exclude" } })";

QByteArray sla(const QByteArray &tiers, const QByteArray &top = {}, const QByteArray &rules = "[]")
{
    return "{ " + top + " \"default_tier\": \"standard\", \"tiers\": [ " + tiers
        + " ], \"tier_rules\": " + rules + " }";
}

const QByteArray kStandardTier = R"({ "id": "standard", "response_hours": 24 })";

QByteArray calendar(const QByteArray &hours, const QByteArray &extra = {})
{
    return R"({ "timezone": "Europe/Paris", "hours": )" + hours + extra + " }";
}

bool sameCalendar(const BusinessCalendar &a, const BusinessCalendar &b)
{
    return a.id() == b.id() && a.timeZone() == b.timeZone() && a.week() == b.week()
        && a.holidays() == b.holidays();
}

} // namespace

class tst_PolicyLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void defaultsLoad();
    void repositoryPolicyChecksClean();
    void repositoryPolicyIsWhatIsCompiledIn();

    void corruptFile_data();
    void corruptFile();

    void invalidJsonNamesTheLine_data();
    void invalidJsonNamesTheLine();
    void rootMustBeAnObject();
    void severalProblemsInOneFileAreAllReported();

    void badFileMeansNoPolicySet_data();
    void badFileMeansNoPolicySet();
    void teamOverrideKeepsTheDefaultsForTheRest();
    void teamCalendarsAreAddedOrReplaced();
    void zeroContactAttemptsIsAValidPolicy();
    void unknownActionDoesNotAskForATrack();

    void missingOrEmptyDirectory();
    void checkNeedsAKnownFile();
    void kindOfFile_data();
    void kindOfFile();

private:
    PolicySet m_defaults;
};

void tst_PolicyLoader::initTestCase()
{
    const Result<PolicySet> defaults = PolicyLoader::loadDefaults();
    QVERIFY2(defaults.ok(), qPrintable(joinProblems(defaults.problems())));
    m_defaults = *defaults;
}

void tst_PolicyLoader::defaultsLoad()
{
    QCOMPARE(m_defaults.reasons.reasons.size(), 11);
    QCOMPARE(m_defaults.reasons.minContactAttempts, 3);
    QCOMPARE(m_defaults.reasons.minAttemptChannels, 2);

    // reports.json: below 50 % red, 50–60 amber, 60–85 healthy, above 85 the bar may be too low.
    QCOMPARE(m_defaults.reports, ReportPolicy {});
    QCOMPARE(m_defaults.reports.redBelow, 50.0);
    QCOMPARE(m_defaults.reports.barTooLowAbove, 85.0);

    // DESIGN.md: hot 4 h, standard 24 h, low 48 h (the maximum); at risk under 25 %; re-route at +50 %.
    const SlaPolicy &sla = m_defaults.sla;
    QCOMPARE(sla.maxHours, 48.0);
    QCOMPARE(sla.atRiskShare, 0.25);
    QCOMPARE(sla.rerouteAfterShare, 0.5);
    QCOMPARE(sla.defaultTier, QStringLiteral("standard"));
    QCOMPARE(sla.tiers.size(), 3);
    QCOMPARE(sla.tier(QStringLiteral("hot"))->responseHours, 4.0);
    QCOMPARE(sla.tier(QStringLiteral("hot"))->followUpHours, 4.0);
    QCOMPARE(sla.tier(QStringLiteral("standard"))->responseHours, 24.0);
    QCOMPARE(sla.tier(QStringLiteral("standard"))->followUpHours, 24.0);
    QCOMPARE(sla.tier(QStringLiteral("low"))->responseHours, 48.0);
    QVERIFY(!sla.tierRules.isEmpty());
    for (const TierRule &rule : sla.tierRules)
        QVERIFY2(sla.tier(rule.tier), qPrintable(rule.tier));

    QCOMPARE(
        m_defaults.calendars.keys(), QStringList({ QStringLiteral("berlin"), QStringLiteral("new_york") }));
    QCOMPARE(m_defaults.calendars.value(QStringLiteral("new_york")).timeZone().id(),
        QByteArray("America/New_York"));
    QCOMPARE(
        m_defaults.calendars.value(QStringLiteral("berlin")).timeZone().id(), QByteArray("Europe/Berlin"));
    for (const BusinessCalendar &c : m_defaults.calendars)
        QVERIFY2(c.isValid(), qPrintable(c.id()));
    QVERIFY(m_defaults.calendars.value(QStringLiteral("new_york")).holidays().contains(QDate(2026, 11, 26)));

    QVERIFY(m_defaults.icp.industries.contains(QStringLiteral("Software")));
    QCOMPARE(m_defaults.icp.minEmployees, std::optional<int>(50));
    QCOMPARE(m_defaults.icp.maxEmployees, std::optional<int>(10000));
    QCOMPARE(m_defaults.icp.regions, QStringList({ QStringLiteral("NA"), QStringLiteral("EMEA") }));
    QVERIFY(m_defaults.icp.buyingSeniorities.contains(Seniority::Director));
    QCOMPARE(m_defaults.checklist, ChecklistThresholds {});
}

void tst_PolicyLoader::repositoryPolicyChecksClean()
{
    QCOMPARE(PolicyLoader::check(QStringLiteral(SAL_POLICY_DIR)), Problems {});
    // And each file on its own.
    const QDir dir(QStringLiteral(SAL_POLICY_DIR));
    QStringList files;
    for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files))
        files << dir.filePath(name);
    for (const QString &name :
        QDir(dir.filePath(QStringLiteral("calendars"))).entryList({ QStringLiteral("*.json") }, QDir::Files))
        files << dir.filePath(QStringLiteral("calendars/") + name);
    // reasons, sla, icp, checklist, routing, nurture, disqualification, insight, reports, 2 calendars
    QCOMPARE(files.size(), 11);
    for (const QString &file : files)
        QCOMPARE(PolicyLoader::check(file), Problems {});
}

void tst_PolicyLoader::repositoryPolicyIsWhatIsCompiledIn()
{
    const Result<PolicySet> fromDisk
        = PolicyLoader::loadDirectory(QStringLiteral(SAL_POLICY_DIR), PolicySet {});
    QVERIFY2(fromDisk.ok(), qPrintable(joinProblems(fromDisk.problems())));
    QCOMPARE(fromDisk->reasons, m_defaults.reasons);
    QCOMPARE(fromDisk->sla, m_defaults.sla);
    QCOMPARE(fromDisk->icp, m_defaults.icp);
    QCOMPARE(fromDisk->checklist, m_defaults.checklist);
    QCOMPARE(fromDisk->reports, m_defaults.reports);
    QCOMPARE(fromDisk->calendars.keys(), m_defaults.calendars.keys());
    for (const QString &id : m_defaults.calendars.keys())
        QVERIFY2(sameCalendar(fromDisk->calendars.value(id), m_defaults.calendars.value(id)), qPrintable(id));
}

void tst_PolicyLoader::corruptFile_data()
{
    QTest::addColumn<QString>("fileName"); // inside the policy directory
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("path"); // JSON path of the expected problem
    QTest::addColumn<QString>("message"); // a fragment of its message
    QTest::addColumn<int>("count"); // problems in the file; -1: not checked

    const QString r = QStringLiteral("reasons.json");
    const QString s = QStringLiteral("sla.json");
    const QString c = QStringLiteral("calendars/paris.json");

    // reasons.json: wrong types and values
    QTest::newRow("attempts: string")
        << r << reasons(kDuplicate, R"("min_contact_attempts": "three",)")
        << QStringLiteral("$.min_contact_attempts") << QStringLiteral("must be a number") << 1;
    QTest::newRow("attempts: fraction")
        << r << reasons(kDuplicate, R"("min_contact_attempts": 2.5,)")
        << QStringLiteral("$.min_contact_attempts") << QStringLiteral("must be a whole number, not 2.5") << 1;
    QTest::newRow("attempts: out of range") << r << reasons(kDuplicate, R"("min_contact_attempts": 50,)")
                                            << QStringLiteral("$.min_contact_attempts")
                                            << QStringLiteral("must be between 0 and 20, not 50") << 1;
    QTest::newRow("channels above attempts")
        << r << reasons(kDuplicate, R"("min_contact_attempts": 2, "min_attempt_channels": 3,)")
        << QStringLiteral("$.min_attempt_channels")
        << QStringLiteral("cannot exceed min_contact_attempts (2)") << 1;
    QTest::newRow("needs_attempts: string")
        << r
        << reasons(
               R"({ "code": "duplicate", "label": "Duplicate", "category": "clerical", "needs_attempts": "yes", "recycle": { "action": "exclude" } })")
        << QStringLiteral("$.reasons[0].needs_attempts") << QStringLiteral("must be true or false") << 1;
    QTest::newRow("label: number")
        << r
        << reasons(
               R"({ "code": "duplicate", "label": 5, "category": "clerical", "recycle": { "action": "exclude" } })")
        << QStringLiteral("$.reasons[0].label") << QStringLiteral("must be a non-empty string") << 1;
    QTest::newRow("reasons: object") << r << QByteArray(R"({ "reasons": { "code": "duplicate" } })")
                                     << QStringLiteral("$.reasons") << QStringLiteral("must be a list") << -1;
    QTest::newRow("reasons: missing") << r << QByteArray(R"({ "min_contact_attempts": 3 })")
                                      << QStringLiteral("$.reasons") << QStringLiteral("is required") << 1;
    QTest::newRow("reasons: empty") << r << reasons({}) << QStringLiteral("$.reasons")
                                    << QStringLiteral("must name at least one reason") << 1;
    QTest::newRow("reason: not an object") << r << reasons(R"("duplicate")") << QStringLiteral("$.reasons[0]")
                                           << QStringLiteral("must be an object") << 1;
    QTest::newRow("code: not lower_case")
        << r
        << reasons(
               R"({ "code": "Wrong Territory", "label": "Wrong territory", "category": "procedural", "recycle": { "action": "reroute" } })")
        << QStringLiteral("$.reasons[0].code") << QStringLiteral("lower_case_with_underscores") << 1;
    QTest::newRow("unknown category")
        << r
        << reasons(
               R"({ "code": "duplicate", "label": "Duplicate", "category": "admin", "recycle": { "action": "exclude" } })")
        << QStringLiteral("$.reasons[0].category")
        << QStringLiteral("\"admin\" is not one of procedural, clerical, definitional") << 1;
    QTest::newRow("duplicate code") << r << reasons(kDuplicate + ", " + kDuplicate)
                                    << QStringLiteral("$.reasons[1].code")
                                    << QStringLiteral("\"duplicate\" is listed twice") << 1;
    QTest::newRow("nurture without track")
        << r
        << reasons(
               R"({ "code": "outside_icp", "label": "Outside ICP", "category": "definitional", "recycle": { "action": "nurture" } })")
        << QStringLiteral("$.reasons[0].recycle.track") << QStringLiteral("is required") << 1;
    QTest::newRow("nurture with blank track")
        << r
        << reasons(
               R"({ "code": "outside_icp", "label": "Outside ICP", "category": "definitional", "recycle": { "action": "nurture", "track": "  " } })")
        << QStringLiteral("$.reasons[0].recycle.track") << QStringLiteral("must be a non-empty string") << 1;
    QTest::newRow("unknown recycle action")
        << r
        << reasons(
               R"({ "code": "duplicate", "label": "Duplicate", "category": "clerical", "recycle": { "action": "exlude" } })")
        << QStringLiteral("$.reasons[0].recycle.action")
        << QStringLiteral("\"exlude\" is not one of reroute, enrich, nurture, exclude") << 1;
    QTest::newRow("recycle missing")
        << r << reasons(R"({ "code": "duplicate", "label": "Duplicate", "category": "clerical" })")
        << QStringLiteral("$.reasons[0].recycle") << QStringLiteral("is required") << -1;
    QTest::newRow("other with needs_text false")
        << r
        << reasons(
               R"({ "code": "other", "label": "Other", "category": "definitional", "needs_text": false, "recycle": { "action": "exclude" } })")
        << QStringLiteral("$.reasons[0].needs_text") << QStringLiteral("needs_text cannot be false") << 1;
    QTest::newRow("misspelt top-level key")
        << r << reasons(kDuplicate, R"("min_contact_attempt": 3,)") << QStringLiteral("$.min_contact_attempt")
        << QStringLiteral("is not a known key") << 1;
    QTest::newRow("misspelt reason key")
        << r
        << reasons(
               R"({ "code": "duplicate", "label": "Duplicate", "category": "clerical", "needs_atempts": true, "recycle": { "action": "exclude" } })")
        << QStringLiteral("$.reasons[0].needs_atempts")
        << QStringLiteral("is not a known key (known: code, label,") << 1;
    QTest::newRow("misspelt required key")
        << r
        << reasons(
               R"({ "code": "duplicate", "label": "Duplicate", "categroy": "clerical", "recycle": { "action": "exclude" } })")
        << QStringLiteral("$.reasons[0].categroy") << QStringLiteral("is not a known key")
        << 2; // + category missing
    QTest::newRow("misspelt recycle key")
        << r
        << reasons(
               R"({ "code": "duplicate", "label": "Duplicate", "category": "clerical", "recycle": { "action": "exclude", "trak": "x" } })")
        << QStringLiteral("$.reasons[0].recycle.trak") << QStringLiteral("is not a known key") << 1;

    // sla.json
    QTest::newRow("default_tier not in tiers")
        << s << sla(kStandardTier).replace("\"default_tier\": \"standard\"", "\"default_tier\": \"normal\"")
        << QStringLiteral("$.default_tier") << QStringLiteral("\"normal\" is not one of the tiers") << 1;
    QTest::newRow("tier hours above max_hours")
        << s << sla(kStandardTier + R"(, { "id": "slow", "response_hours": 72 })", R"("max_hours": 48,)")
        << QStringLiteral("$.tiers[1].response_hours")
        << QStringLiteral("must be between 0.25 and 48, not 72") << 1;
    QTest::newRow("follow-up above a lowered max_hours")
        << s
        << sla(R"({ "id": "standard", "response_hours": 8, "follow_up_hours": 30 })", R"("max_hours": 24,)")
        << QStringLiteral("$.tiers[0].follow_up_hours")
        << QStringLiteral("must be between 0.25 and 24, not 30") << 1;
    QTest::newRow("tier hours: string")
        << s << sla(R"({ "id": "standard", "response_hours": "4h" })")
        << QStringLiteral("$.tiers[0].response_hours") << QStringLiteral("must be a number") << 1;
    QTest::newRow("duplicate tier") << s << sla(kStandardTier + ", " + kStandardTier)
                                    << QStringLiteral("$.tiers[1].id")
                                    << QStringLiteral("\"standard\" is listed twice") << 1;
    QTest::newRow("no tiers") << s << sla({}) << QStringLiteral("$.tiers")
                              << QStringLiteral("must name at least one tier") << 1;
    QTest::newRow("at_risk_share above 1")
        << s << sla(kStandardTier, R"("at_risk_share": 1.5,)") << QStringLiteral("$.at_risk_share")
        << QStringLiteral("between 0 and 1") << 1;
    QTest::newRow("rule names unknown tier")
        << s << sla(kStandardTier, {}, R"([{ "tier": "vip" }])") << QStringLiteral("$.tier_rules[0].tier")
        << QStringLiteral("\"vip\" is not one of the tiers") << 1;
    QTest::newRow("rule can never match")
        << s << sla(kStandardTier, {}, R"([{ "tier": "standard", "min_score": 80, "max_score": 20 }])")
        << QStringLiteral("$.tier_rules[0]") << QStringLiteral("min_score is above max_score") << 1;
    QTest::newRow("rule signal list with a number")
        << s << sla(kStandardTier, {}, R"([{ "tier": "standard", "any_signal": ["demo_request", 7] }])")
        << QStringLiteral("$.tier_rules[0].any_signal[1]") << QStringLiteral("must be a non-empty string")
        << 1;
    QTest::newRow("misspelt sla key")
        << s << sla(kStandardTier, R"("max_hour": 48,)") << QStringLiteral("$.max_hour")
        << QStringLiteral("is not a known key") << 1;

    // icp.json and checklist.json
    QTest::newRow("icp: unknown seniority")
        << QStringLiteral("icp.json") << QByteArray(R"({ "buying_seniorities": ["director", "boss"] })")
        << QStringLiteral("$.buying_seniorities[1]") << QStringLiteral("\"boss\" is not a seniority") << 1;
    QTest::newRow("icp: min above max")
        << QStringLiteral("icp.json") << QByteArray(R"({ "employees": { "min": 500, "max": 50 } })")
        << QStringLiteral("$.employees") << QStringLiteral("min is above max") << 1;
    QTest::newRow("icp: industries not a list")
        << QStringLiteral("icp.json") << QByteArray(R"({ "industries": "Software" })")
        << QStringLiteral("$.industries") << QStringLiteral("must be a list") << 1;
    QTest::newRow("checklist: out of range")
        << QStringLiteral("checklist.json") << QByteArray(R"({ "recent_engagement_days": 0 })")
        << QStringLiteral("$.recent_engagement_days") << QStringLiteral("must be between 1 and 365, not 0")
        << 1;
    QTest::newRow("checklist: blank intent kind")
        << QStringLiteral("checklist.json") << QByteArray(R"({ "intent_signal_kinds": ["intent", ""] })")
        << QStringLiteral("$.intent_signal_kinds[1]") << QStringLiteral("must be a non-empty string") << 1;

    // calendars/*.json
    const QByteArray week = R"({ "mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]] })";
    QTest::newRow("calendar: unknown time zone")
        << c << calendar(week).replace("Europe/Paris", "Europe/Pariss") << QStringLiteral("$.timezone")
        << QStringLiteral("\"Europe/Pariss\" is not an IANA time zone") << 1;
    QTest::newRow("calendar: interval backwards")
        << c << calendar(R"({ "mon": [["17:00", "09:00"]], "tue": [["09:00", "17:00"]] })")
        << QStringLiteral("$.hours.mon[0]") << QStringLiteral("starts at or after its end") << 1;
    QTest::newRow("calendar: overlapping intervals")
        << c << calendar(R"({ "mon": [["09:00", "13:00"], ["12:00", "17:00"]] })")
        << QStringLiteral("$.hours.mon[1]") << QStringLiteral("overlaps") << 1;
    QTest::newRow("calendar: not a time")
        << c << calendar(R"({ "mon": [["9am", "17:00"]], "tue": [["09:00", "17:00"]] })")
        << QStringLiteral("$.hours.mon[0]") << QStringLiteral("pair of times") << 1;
    QTest::newRow("calendar: no working time")
        << c << calendar(R"({ "sat": [], "sun": [] })") << QStringLiteral("$.hours")
        << QStringLiteral("has no working time at all") << 1;
    QTest::newRow("calendar: bad holiday")
        << c << calendar(week, R"(, "holidays": ["2026-02-30"])") << QStringLiteral("$.holidays[0]")
        << QStringLiteral("must be a date") << 1;
    QTest::newRow("calendar: misspelt day")
        << c << calendar(R"({ "mon": [["09:00", "17:00"]], "thur": [["09:00", "17:00"]] })")
        << QStringLiteral("$.hours.thur") << QStringLiteral("is not a known key") << 1;
    QTest::newRow("calendar: hours missing")
        << c << QByteArray(R"({ "timezone": "Europe/Paris" })") << QStringLiteral("$.hours")
        << QStringLiteral("is required") << 1;

    // reports.json: the acceptance health bands must rise, every number in its range
    const QString rp = QStringLiteral("reports.json");
    QTest::newRow("reports: bands out of order")
        << rp << QByteArray(R"({ "acceptance_bands": { "red_below": 50, "amber_below": 40 } })")
        << QStringLiteral("$.acceptance_bands.amber_below") << QStringLiteral("must be at least red_below") << 1;
    QTest::newRow("reports: percent over 100")
        << rp << QByteArray(R"({ "acceptance_bands": { "bar_too_low_above": 120 } })")
        << QStringLiteral("$.acceptance_bands.bar_too_low_above") << QString() << 1;
    QTest::newRow("reports: misspelt key")
        << rp << QByteArray(R"({ "sla_target": 90 })") << QStringLiteral("$.sla_target")
        << QStringLiteral("is not a known key") << 1;
    QTest::newRow("reports: late minutes not a number")
        << rp << QByteArray(R"({ "late_sync_minutes": "soon" })") << QStringLiteral("$.late_sync_minutes")
        << QString() << 1;
}

void tst_PolicyLoader::corruptFile()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(int, count);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(fileName);
    QVERIFY(writeFile(file, content));

    // The file on its own.
    const Problems problems = PolicyLoader::check(file);
    QVERIFY2(!problems.isEmpty(), content.constData());
    if (count >= 0)
        QVERIFY2(problems.size() == count, qPrintable(joinProblems(problems)));
    for (const Problem &p : problems) {
        QCOMPARE(p.file, file);
        QVERIFY2(p.path.startsWith(QLatin1Char('$')), qPrintable(p.toString()));
        QVERIFY(!p.message.isEmpty());
        QVERIFY(p.field.isEmpty());
    }
    const auto it
        = std::find_if(problems.cbegin(), problems.cend(), [&](const Problem &p) { return p.path == path; });
    QVERIFY2(it != problems.cend(), qPrintable(joinProblems(problems)));
    QVERIFY2(it->message.contains(message), qPrintable(it->toString()));
    // "file: path: message", as salctl prints it.
    QVERIFY(it->toString().startsWith(file + QStringLiteral(": ") + path + QStringLiteral(": ")));

    // The directory holding it (over the defaults) reports exactly the same and loads nothing.
    QCOMPARE(PolicyLoader::check(dir.path()), problems);
    const Result<PolicySet> loaded = PolicyLoader::loadDirectory(dir.path(), m_defaults);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.problems(), problems);
}

void tst_PolicyLoader::invalidJsonNamesTheLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content"); // empty: the file is used as it is
    QTest::addColumn<int>("line");

    QTest::newRow("truncated fixture")
        << dataDir(QStringLiteral("truncated/reasons.json")) << QByteArray() << 6;
    QTest::newRow("missing comma") << QStringLiteral("reasons.json")
                                   << QByteArray("{\n  \"min_contact_attempts\": 3\n  \"reasons\": []\n}\n")
                                   << 3;
    QTest::newRow("bare word") << QStringLiteral("sla.json")
                               << QByteArray("{\n  \"max_hours\": 48,\n  \"default_tier\": standard\n}\n")
                               << 3;
    QTest::newRow("empty file") << QStringLiteral("icp.json") << QByteArray("") << 1;
}

void tst_PolicyLoader::invalidJsonNamesTheLine()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(int, line);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (QFileInfo(file).isRelative()) {
        file = dir.filePath(file);
        QVERIFY(writeFile(file, content));
    }
    const Problems problems = PolicyLoader::check(file);
    QCOMPARE(problems.size(), 1);
    const Problem &p = problems.constFirst();
    QCOMPARE(p.file, file);
    QCOMPARE(p.line, line);
    QVERIFY2(p.message.contains(QLatin1String("invalid JSON")), qPrintable(p.message));
    QVERIFY2(p.message.contains(QLatin1String("column ")), qPrintable(p.message));
    QVERIFY(p.toString().startsWith(file + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ")));

    // In a directory it stops the whole load.
    const QString policyDir = QFileInfo(file).absolutePath();
    QCOMPARE(PolicyLoader::check(policyDir), problems);
    QVERIFY(!PolicyLoader::loadDirectory(policyDir, m_defaults).ok());
}

void tst_PolicyLoader::rootMustBeAnObject()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("reasons.json"));
    QVERIFY(writeFile(file, R"([{ "code": "duplicate" }])"));
    const Problems problems = PolicyLoader::check(file);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().file, file);
    QCOMPARE(problems.constFirst().path, QStringLiteral("$"));
    QVERIFY(problems.constFirst().message.contains(QLatin1String("JSON object")));
}

void tst_PolicyLoader::severalProblemsInOneFileAreAllReported()
{
    const QString file = dataDir(QStringLiteral("several-problems/reasons.json"));
    const Problems problems = PolicyLoader::check(file);
    QCOMPARE(pathsOf(problems),
        QStringList({ QStringLiteral("$.reasons[0].category"), QStringLiteral("$.reasons[1].recycle.track"),
            QStringLiteral("$.reasons[2].code"), QStringLiteral("$.reasons[3].needs_text"),
            QStringLiteral("$.reasons[4].needs_atempts") }));
    for (const Problem &p : problems)
        QCOMPARE(p.file, file);
    QVERIFY(problems.at(0).message.contains(QLatin1String("\"procedual\"")));
    QVERIFY(problems.at(1).message.contains(QLatin1String("required")));
    QVERIFY(problems.at(2).message.contains(QLatin1String("\"wrong_territory\" is listed twice")));
    QVERIFY(problems.at(3).message.contains(QLatin1String("needs_text")));
    QVERIFY(problems.at(4).message.contains(QLatin1String("not a known key")));

    const Result<PolicySet> loaded = PolicyLoader::loadDirectory(QFileInfo(file).absolutePath(), m_defaults);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.problems(), problems);
}

void tst_PolicyLoader::badFileMeansNoPolicySet_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QStringList>("files"); // the files named in the problems

    QTest::newRow("valid reasons, bad sla") << dataDir(
        QStringLiteral("half-broken")) << QStringList { dataDir(QStringLiteral("half-broken/sla.json")) };
    QTest::newRow("truncated reasons") << dataDir(QStringLiteral("truncated"))
                                       << QStringList { dataDir(QStringLiteral("truncated/reasons.json")) };
    QTest::newRow("several problems")
        << dataDir(QStringLiteral("several-problems"))
        << QStringList { dataDir(QStringLiteral("several-problems/reasons.json")) };
}

void tst_PolicyLoader::badFileMeansNoPolicySet()
{
    QFETCH(QString, dir);
    QFETCH(QStringList, files);

    const Result<PolicySet> loaded = PolicyLoader::loadDirectory(dir, m_defaults);
    QVERIFY(!loaded.ok());
    QVERIFY(!loaded.problems().isEmpty());
    for (const Problem &p : loaded.problems())
        QVERIFY2(files.contains(p.file), qPrintable(p.toString()));
    QCOMPARE(PolicyLoader::check(dir), loaded.problems());
    // Nothing of the directory is handed out, not even its valid files: there is only the problem list.
    QVERIFY(!PolicyLoader::loadDirectory(dir, PolicySet {}).ok());
}

void tst_PolicyLoader::teamOverrideKeepsTheDefaultsForTheRest()
{
    const QString dir = dataDir(QStringLiteral("team-override"));
    QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("reasons.json") });
    QCOMPARE(PolicyLoader::check(dir), Problems {});

    const Result<PolicySet> loaded = PolicyLoader::loadDirectory(dir, m_defaults);
    QVERIFY2(loaded.ok(), qPrintable(joinProblems(loaded.problems())));
    // The team's picklist…
    QCOMPARE(loaded->reasons.minContactAttempts, 4);
    QCOMPARE(loaded->reasons.minAttemptChannels, 3);
    QStringList codes;
    for (const RejectionReason &reason : loaded->reasons.reasons)
        codes << reason.code;
    QCOMPARE(codes,
        QStringList(
            { QStringLiteral("wrong_territory"), QStringLiteral("student"), QStringLiteral("other") }));
    QCOMPARE(loaded->reasons.reason(QStringLiteral("student"))->recycle, RecycleAction::Exclude);
    QVERIFY(loaded->reasons.reason(QStringLiteral("other"))->needsText);
    // …and the defaults for everything else.
    QCOMPARE(loaded->sla, m_defaults.sla);
    QCOMPARE(loaded->icp, m_defaults.icp);
    QCOMPARE(loaded->checklist, m_defaults.checklist);
    QCOMPARE(loaded->calendars.keys(), m_defaults.calendars.keys());
    for (const QString &id : m_defaults.calendars.keys())
        QVERIFY2(sameCalendar(loaded->calendars.value(id), m_defaults.calendars.value(id)), qPrintable(id));
}

void tst_PolicyLoader::teamCalendarsAreAddedOrReplaced()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("calendars/tokyo.json")),
        R"({ "timezone": "Asia/Tokyo", "hours": { "mon": [["10:00", "19:00"]] } })"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("calendars/new_york.json")),
        R"({ "timezone": "America/New_York", "hours": { "sat": [["10:00", "14:00"]] } })"));

    const Result<PolicySet> loaded = PolicyLoader::loadDirectory(dir.path(), m_defaults);
    QVERIFY2(loaded.ok(), qPrintable(joinProblems(loaded.problems())));
    QCOMPARE(loaded->calendars.keys(),
        QStringList({ QStringLiteral("berlin"), QStringLiteral("new_york"), QStringLiteral("tokyo") }));
    QVERIFY(sameCalendar(loaded->calendars.value(QStringLiteral("berlin")),
        m_defaults.calendars.value(QStringLiteral("berlin"))));
    const BusinessCalendar newYork = loaded->calendars.value(QStringLiteral("new_york"));
    QVERIFY(newYork.week()[0].isEmpty()); // Monday is no longer a working day…
    QCOMPARE(newYork.week()[5], QList<WorkingInterval>({ { 600, 840 } })); // …Saturday is
    QVERIFY(newYork.holidays().isEmpty());
    QCOMPARE(loaded->calendars.value(QStringLiteral("tokyo")).timeZone().id(), QByteArray("Asia/Tokyo"));
    QCOMPARE(loaded->reasons, m_defaults.reasons);
}

void tst_PolicyLoader::zeroContactAttemptsIsAValidPolicy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("reasons.json"));
    QVERIFY(writeFile(file, reasons(kDuplicate, R"("min_contact_attempts": 0, "min_attempt_channels": 1,)")));
    QCOMPARE(PolicyLoader::check(file), Problems {});
    const Result<PolicySet> loaded = PolicyLoader::loadDirectory(dir.path(), m_defaults);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->reasons.minContactAttempts, 0);
    QCOMPARE(loaded->reasons.minAttemptChannels, 1);

    // Zero attempts cannot go with the default two channels.
    QVERIFY(writeFile(file, reasons(kDuplicate, R"("min_contact_attempts": 0,)")));
    QCOMPARE(pathsOf(PolicyLoader::check(file)), QStringList { QStringLiteral("$.min_attempt_channels") });
}

void tst_PolicyLoader::unknownActionDoesNotAskForATrack()
{
    // A misspelt or missing action is reported as such; the loader must not also demand a nurture
    // track, which would send the author the wrong way when the action was meant to be "exclude".
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("reasons.json"));
    QVERIFY(writeFile(file, reasons(R"({ "code": "duplicate", "label": "Duplicate", "category": "clerical",
                                        "recycle": { "action": "exlude" } })")));
    QCOMPARE(
        pathsOf(PolicyLoader::check(file)), QStringList { QStringLiteral("$.reasons[0].recycle.action") });
    QVERIFY(writeFile(file, reasons(R"({ "code": "duplicate", "label": "Duplicate", "category": "clerical",
                                        "recycle": { } })")));
    QCOMPARE(
        pathsOf(PolicyLoader::check(file)), QStringList { QStringLiteral("$.reasons[0].recycle.action") });
}

void tst_PolicyLoader::missingOrEmptyDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("no-such-team"));
    const Result<PolicySet> notThere = PolicyLoader::loadDirectory(missing, m_defaults);
    QVERIFY(!notThere.ok());
    QCOMPARE(notThere.problems().size(), 1);
    QCOMPARE(notThere.problems().constFirst().file, missing);
    QCOMPARE(PolicyLoader::check(missing).size(), 1);
    QCOMPARE(PolicyLoader::check(missing).constFirst().file, missing);

    // A directory without a single policy file is a mistake too (a wrong path, most likely).
    const Result<PolicySet> empty = PolicyLoader::loadDirectory(dir.path(), m_defaults);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.problems().size(), 1);
    QCOMPARE(empty.problems().constFirst().file, dir.path());
    QVERIFY(empty.problems().constFirst().message.contains(QLatin1String("reasons.json")));
    // Files that are not policy files do not count.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "hello"));
    QVERIFY(!PolicyLoader::loadDirectory(dir.path(), m_defaults).ok());
}

void tst_PolicyLoader::checkNeedsAKnownFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("team.json"));
    QVERIFY(writeFile(file, R"({ "reasons": [] })"));
    const Problems problems = PolicyLoader::check(file);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().file, file);
    QVERIFY(problems.constFirst().message.contains(QLatin1String("reasons.json")));

    // A calendar is recognised by its content outside calendars/ too.
    const QString calendarFile = dir.filePath(QStringLiteral("paris.json"));
    QVERIFY(writeFile(calendarFile, calendar(R"({ "mon": [["09:00", "17:00"]] })")));
    QCOMPARE(PolicyLoader::check(calendarFile), Problems {});
}

void tst_PolicyLoader::kindOfFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("kind"); // -1: none

    QTest::newRow("reasons") << QStringLiteral("/x/reasons.json") << QByteArray("{}")
                             << int(PolicyLoader::FileKind::Reasons);
    QTest::newRow("sla") << QStringLiteral("sla.json") << QByteArray("{}")
                         << int(PolicyLoader::FileKind::Sla);
    QTest::newRow("icp") << QStringLiteral("a/b/icp.json") << QByteArray("{}")
                         << int(PolicyLoader::FileKind::Icp);
    QTest::newRow("checklist") << QStringLiteral("checklist.json") << QByteArray("{}")
                               << int(PolicyLoader::FileKind::Checklist);
    QTest::newRow("calendar by folder")
        << QStringLiteral("/p/calendars/x.json") << QByteArray("{}") << int(PolicyLoader::FileKind::Calendar);
    QTest::newRow("calendar by content")
        << QStringLiteral("/p/x.json") << QByteArray(R"({ "timezone": "UTC" })")
        << int(PolicyLoader::FileKind::Calendar);
    QTest::newRow("reports") << QStringLiteral("/p/reports.json") << QByteArray("{}")
                             << int(PolicyLoader::FileKind::Reports);
    QTest::newRow("unknown") << QStringLiteral("/p/reason.json") << QByteArray("{}") << -1;
}

void tst_PolicyLoader::kindOfFile()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(int, kind);
    const Result<QJsonObject> root = JsonReader::parse(content, fileName);
    QVERIFY(root.ok());
    const std::optional<PolicyLoader::FileKind> found = PolicyLoader::kindOf(fileName, *root);
    QCOMPARE(found ? int(*found) : -1, kind);
}

QTEST_GUILESS_MAIN(tst_PolicyLoader)
#include "tst_PolicyLoader.moc"
