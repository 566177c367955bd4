// The disposition form's rules (DESIGN.md, "Disposition rules"), checked branch by branch against the
// rejection taxonomy that ships as the default policy.

#include "disposition/DispositionValidator.h"
#include "disposition/MissingInfo.h"
#include "policy/PolicyLoader.h"

#include <QTest>

using namespace sal::core;

namespace sal::core {
// Lets QCOMPARE print a Problem when lists of them differ.
char *toString(const Problem &problem)
{
    return qstrdup(qPrintable(problem.toString()));
}
} // namespace sal::core

namespace {

const QDateTime kNow(QDate(2026, 3, 6), QTime(15, 0), QTimeZone::utc());

QStringList fieldsOf(const Problems &problems)
{
    QStringList fields;
    for (const Problem &p : problems)
        fields << p.field;
    return fields;
}

ContactAttempt attempt(ContactChannel channel, int minutesAgo)
{
    return ContactAttempt { QStringLiteral("L-1"), channel, QStringLiteral("no answer"),
        kNow.addSecs(-60 * minutesAgo), QStringLiteral("sdr@example.com") };
}

// Three attempts over two channels: what the default policy asks for.
QList<ContactAttempt> enoughAttempts()
{
    return { attempt(ContactChannel::Phone, 300), attempt(ContactChannel::Email, 200),
        attempt(ContactChannel::Phone, 100) };
}

Disposition validAccept()
{
    Disposition d;
    d.kind = DispositionKind::Accept;
    d.nextStep = NextStepKind::Call;
    d.nextStepDueUtc = kNow.addSecs(3600);
    d.note = QStringLiteral("Asked for a demo; call booked for tomorrow.");
    return d;
}

Disposition reject(const QString &code, const QString &text = {})
{
    Disposition d;
    d.kind = DispositionKind::Reject;
    d.reasonCode = code;
    d.reasonText = text;
    return d;
}

Disposition needsInfo(const QStringList &items)
{
    Disposition d;
    d.kind = DispositionKind::NeedsInfo;
    d.missingItems = items;
    return d;
}

} // namespace

class tst_DispositionValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void defaultTaxonomy_data();
    void defaultTaxonomy();
    void defaultTaxonomyIsExactlyTheDocumentedList();

    void acceptValid();
    void acceptDueExactlyNowIsNotPast();
    void acceptMissingNextStep();
    void acceptMissingDue();
    void acceptDueInThePast();
    void acceptWithoutNowCannotJudgeThePast();
    void acceptBlankNote_data();
    void acceptBlankNote();
    void acceptAllMissingReportsEveryField();
    void acceptIgnoresRejectFields();

    void rejectEmptyReason();
    void rejectUnknownCode();
    void rejectBadTimingIsExplained();
    void rejectBadTimingEvenIfATeamListsIt();
    void notARejectionReasonOnlyForBadTiming();
    void rejectOtherText_data();
    void rejectOtherText();
    void rejectNeedsAttempts_data();
    void rejectNeedsAttempts();
    void rejectWithoutAttemptRule_data();
    void rejectWithoutAttemptRule();
    void rejectAttemptRuleFollowsTheTaxonomy();
    void rejectZeroMinimumNeedsNoAttempts();
    void rejectReportsEveryProblemAtOnce();

    void needsInfoEmptyList();
    void needsInfoUnknownItem();
    void needsInfoEachUnknownItemIsReported();
    void needsInfoValidItems_data();
    void needsInfoValidItems();

private:
    ReasonTaxonomy m_taxonomy;
};

void tst_DispositionValidator::initTestCase()
{
    const Result<PolicySet> defaults = PolicyLoader::loadDefaults();
    QVERIFY2(defaults.ok(), qPrintable(joinProblems(defaults.problems())));
    m_taxonomy = defaults->reasons;
}

void tst_DispositionValidator::defaultTaxonomy_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("needsAttempts");

    QTest::newRow("wrong_territory") << QStringLiteral("wrong_territory") << QStringLiteral("procedural")
                                     << false;
    QTest::newRow("wrong_rep") << QStringLiteral("wrong_rep") << QStringLiteral("procedural") << false;
    QTest::newRow("bad_contact_data")
        << QStringLiteral("bad_contact_data") << QStringLiteral("clerical") << true;
    QTest::newRow("duplicate") << QStringLiteral("duplicate") << QStringLiteral("clerical") << false;
    QTest::newRow("existing_customer")
        << QStringLiteral("existing_customer") << QStringLiteral("clerical") << false;
    QTest::newRow("wrong_persona") << QStringLiteral("wrong_persona") << QStringLiteral("definitional")
                                   << false;
    QTest::newRow("company_too_small")
        << QStringLiteral("company_too_small") << QStringLiteral("definitional") << false;
    QTest::newRow("outside_icp") << QStringLiteral("outside_icp") << QStringLiteral("definitional") << false;
    QTest::newRow("competitor") << QStringLiteral("competitor") << QStringLiteral("definitional") << false;
    QTest::newRow("no_authority") << QStringLiteral("no_authority") << QStringLiteral("definitional") << true;
    QTest::newRow("other") << QStringLiteral("other") << QStringLiteral("definitional") << true;
}

void tst_DispositionValidator::defaultTaxonomy()
{
    QFETCH(QString, code);
    QFETCH(QString, category);
    QFETCH(bool, needsAttempts);

    const std::optional<RejectionReason> reason = m_taxonomy.reason(code);
    QVERIFY(reason);
    QCOMPARE(reason->code, code);
    QVERIFY(!reason->label.isEmpty());
    QCOMPARE(reasonCategoryToString(reason->category), category);
    QCOMPARE(reason->needsAttempts, needsAttempts);
    // Only "other" has to be spelled out.
    QCOMPARE(reason->needsText, code == QLatin1String("other"));
    if (reason->recycle == RecycleAction::Nurture)
        QVERIFY(!reason->nurtureTrack.isEmpty());
}

void tst_DispositionValidator::defaultTaxonomyIsExactlyTheDocumentedList()
{
    QStringList codes;
    QStringList needingAttempts;
    for (const RejectionReason &r : m_taxonomy.reasons) {
        codes << r.code;
        if (r.needsAttempts)
            needingAttempts << r.code;
    }
    const QStringList expected { QStringLiteral("wrong_territory"), QStringLiteral("wrong_rep"),
        QStringLiteral("bad_contact_data"), QStringLiteral("duplicate"), QStringLiteral("existing_customer"),
        QStringLiteral("wrong_persona"), QStringLiteral("company_too_small"), QStringLiteral("outside_icp"),
        QStringLiteral("competitor"), QStringLiteral("no_authority"), QStringLiteral("other") };
    QCOMPARE(codes, expected);
    QCOMPARE(needingAttempts,
        QStringList(
            { QStringLiteral("bad_contact_data"), QStringLiteral("no_authority"), QStringLiteral("other") }));
    QCOMPARE(m_taxonomy.minContactAttempts, 3);
    QCOMPARE(m_taxonomy.minAttemptChannels, 2);
}

void tst_DispositionValidator::acceptValid()
{
    const DispositionValidator validator(m_taxonomy);
    QCOMPARE(validator.validate(validAccept(), { kNow, {} }), Problems {});
}

void tst_DispositionValidator::acceptDueExactlyNowIsNotPast()
{
    const DispositionValidator validator(m_taxonomy);
    Disposition d = validAccept();
    d.nextStepDueUtc = kNow;
    QCOMPARE(validator.validate(d, { kNow, {} }), Problems {});
}

void tst_DispositionValidator::acceptMissingNextStep()
{
    const DispositionValidator validator(m_taxonomy);
    Disposition d = validAccept();
    d.nextStep.reset();
    const Problems problems = validator.validate(d, { kNow, {} });
    QCOMPARE(fieldsOf(problems), QStringList { QStringLiteral("next_step") });
    QVERIFY(!problems.constFirst().message.isEmpty());
    QVERIFY(problems.constFirst().file.isEmpty());
    QVERIFY(problems.constFirst().path.isEmpty());
}

void tst_DispositionValidator::acceptMissingDue()
{
    const DispositionValidator validator(m_taxonomy);
    Disposition d = validAccept();
    d.nextStepDueUtc = QDateTime();
    const Problems problems = validator.validate(d, { kNow, {} });
    QCOMPARE(fieldsOf(problems), QStringList { QStringLiteral("due") });
    QVERIFY(!problems.constFirst().message.isEmpty());
}

void tst_DispositionValidator::acceptDueInThePast()
{
    const DispositionValidator validator(m_taxonomy);
    Disposition d = validAccept();
    d.nextStepDueUtc = kNow.addSecs(-1);
    const Problems past = validator.validate(d, { kNow, {} });
    QCOMPARE(fieldsOf(past), QStringList { QStringLiteral("due") });

    // A missing due time and a past one are different mistakes with different messages.
    d.nextStepDueUtc = QDateTime();
    const Problems missing = validator.validate(d, { kNow, {} });
    QCOMPARE(fieldsOf(missing), QStringList { QStringLiteral("due") });
    QVERIFY(past.constFirst().message != missing.constFirst().message);

    // The comparison is on the instant, not on the wall clock of the zone it was entered in.
    d.nextStepDueUtc = kNow.addSecs(-60).toOffsetFromUtc(9 * 3600);
    QCOMPARE(fieldsOf(validator.validate(d, { kNow, {} })), QStringList { QStringLiteral("due") });
    d.nextStepDueUtc = kNow.addSecs(60).toOffsetFromUtc(-5 * 3600);
    QCOMPARE(validator.validate(d, { kNow, {} }), Problems {});
}

void tst_DispositionValidator::acceptWithoutNowCannotJudgeThePast()
{
    // Without a "now" in the context the validator has nothing to compare with; it only requires a
    // due time to be there.
    const DispositionValidator validator(m_taxonomy);
    Disposition d = validAccept();
    d.nextStepDueUtc = kNow.addDays(-30);
    QCOMPARE(validator.validate(d, { QDateTime(), {} }), Problems {});
    d.nextStepDueUtc = QDateTime();
    QCOMPARE(fieldsOf(validator.validate(d, { QDateTime(), {} })), QStringList { QStringLiteral("due") });
}

void tst_DispositionValidator::acceptBlankNote_data()
{
    QTest::addColumn<QString>("note");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("    ");
    QTest::newRow("tabs and newlines") << QStringLiteral("\t\n \r\n");
}

void tst_DispositionValidator::acceptBlankNote()
{
    QFETCH(QString, note);
    const DispositionValidator validator(m_taxonomy);
    Disposition d = validAccept();
    d.note = note;
    const Problems problems = validator.validate(d, { kNow, {} });
    QCOMPARE(fieldsOf(problems), QStringList { QStringLiteral("note") });
    QVERIFY(!problems.constFirst().message.isEmpty());
}

void tst_DispositionValidator::acceptAllMissingReportsEveryField()
{
    const DispositionValidator validator(m_taxonomy);
    Disposition d;
    d.kind = DispositionKind::Accept;
    const Problems problems = validator.validate(d, { kNow, {} });
    QCOMPARE(problems.size(), 3);
    QCOMPARE(fieldsOf(problems),
        QStringList({ QStringLiteral("next_step"), QStringLiteral("due"), QStringLiteral("note") }));
    for (const Problem &p : problems)
        QVERIFY2(!p.message.isEmpty(), qPrintable(p.field));
}

void tst_DispositionValidator::acceptIgnoresRejectFields()
{
    // Only the fields of the chosen kind count: leftovers from switching the form do not matter.
    const DispositionValidator validator(m_taxonomy);
    Disposition d = validAccept();
    d.reasonCode = QStringLiteral("not_a_code");
    d.missingItems = { QStringLiteral("not_an_item") };
    QCOMPARE(validator.validate(d, { kNow, {} }), Problems {});

    // …and a reject needs none of the accept fields.
    QCOMPARE(validator.validate(reject(QStringLiteral("duplicate")), { kNow, {} }), Problems {});
}

void tst_DispositionValidator::rejectEmptyReason()
{
    const DispositionValidator validator(m_taxonomy);
    // Text and attempts do not help and are not judged without a reason.
    const Problems problems = validator.validate(reject(QString(), QStringLiteral("x")), { kNow, {} });
    QCOMPARE(fieldsOf(problems), QStringList { QStringLiteral("reason") });
    QVERIFY(!problems.constFirst().message.isEmpty());
}

void tst_DispositionValidator::rejectUnknownCode()
{
    const DispositionValidator validator(m_taxonomy);
    const Problems problems
        = validator.validate(reject(QStringLiteral("not_interested")), { kNow, enoughAttempts() });
    QCOMPARE(fieldsOf(problems), QStringList { QStringLiteral("reason") });
    QVERIFY2(problems.constFirst().message.contains(QLatin1String("not_interested")),
        qPrintable(problems.constFirst().message));

    // Codes are exact: no case folding, no trimming.
    QCOMPARE(fieldsOf(validator.validate(reject(QStringLiteral("Duplicate")), { kNow, {} })),
        QStringList { QStringLiteral("reason") });
    QCOMPARE(fieldsOf(validator.validate(reject(QStringLiteral(" duplicate")), { kNow, {} })),
        QStringList { QStringLiteral("reason") });
}

void tst_DispositionValidator::rejectBadTimingIsExplained()
{
    const DispositionValidator validator(m_taxonomy);
    const Problems timing
        = validator.validate(reject(QStringLiteral("bad_timing")), { kNow, enoughAttempts() });
    QCOMPARE(fieldsOf(timing), QStringList { QStringLiteral("reason") });
    QCOMPARE(
        timing.constFirst().message, DispositionValidator::notARejectionReason(QStringLiteral("bad_timing")));

    // The special explanation is not the generic "unknown reason" message.
    const Problems unknown = validator.validate(reject(QStringLiteral("bad_timin")), { kNow, {} });
    QVERIFY(timing.constFirst().message != unknown.constFirst().message);
}

void tst_DispositionValidator::rejectBadTimingEvenIfATeamListsIt()
{
    ReasonTaxonomy taxonomy = m_taxonomy;
    taxonomy.reasons << RejectionReason { QStringLiteral("bad_timing"), QStringLiteral("Bad timing"),
        ReasonCategory::Definitional, false, false, RecycleAction::Nurture, QStringLiteral("later") };
    const DispositionValidator validator(taxonomy);
    const Problems problems = validator.validate(reject(QStringLiteral("bad_timing")), { kNow, {} });
    QCOMPARE(fieldsOf(problems), QStringList { QStringLiteral("reason") });
    QCOMPARE(problems.constFirst().message,
        DispositionValidator::notARejectionReason(QStringLiteral("bad_timing")));
}

void tst_DispositionValidator::notARejectionReasonOnlyForBadTiming()
{
    QVERIFY(!DispositionValidator::notARejectionReason(QStringLiteral("bad_timing")).isEmpty());
    for (const RejectionReason &r : m_taxonomy.reasons)
        QVERIFY2(DispositionValidator::notARejectionReason(r.code).isEmpty(), qPrintable(r.code));
    QVERIFY(DispositionValidator::notARejectionReason(QString()).isEmpty());
}

void tst_DispositionValidator::rejectOtherText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("enough");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("short") << QStringLiteral("no fit") << false;
    QTest::newRow("9 chars") << QStringLiteral("123456789") << false;
    QTest::newRow("9 chars padded to 15") << QStringLiteral("   123456789   ") << false;
    QTest::newRow("only whitespace") << QStringLiteral("              ") << false;
    QTest::newRow("tabs and newlines around") << QStringLiteral("\n\tabc\t\n\n\n\n\n") << false;
    QTest::newRow("10 chars") << QStringLiteral("1234567890") << true;
    QTest::newRow("10 chars padded") << QStringLiteral("  1234567890  ") << true;
    QTest::newRow("inner spaces count") << QStringLiteral("a b c d e ") << false; // 9 after trimming
    QTest::newRow("sentence") << QStringLiteral("Student doing coursework, not a buyer.") << true;
}

void tst_DispositionValidator::rejectOtherText()
{
    QFETCH(QString, text);
    QFETCH(bool, enough);
    const DispositionValidator validator(m_taxonomy);
    const Problems problems
        = validator.validate(reject(QStringLiteral("other"), text), { kNow, enoughAttempts() });
    if (enough) {
        QCOMPARE(problems, Problems {});
    } else {
        QCOMPARE(fieldsOf(problems), QStringList { QStringLiteral("reason_text") });
        QVERIFY2(problems.constFirst().message.contains(
                     QString::number(DispositionValidator::kMinOtherTextLength)),
            qPrintable(problems.constFirst().message));
    }
}

void tst_DispositionValidator::rejectNeedsAttempts_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QList<ContactAttempt>>("attempts");
    QTest::addColumn<bool>("enough");

    const QList<ContactAttempt> none;
    const QList<ContactAttempt> twoOverTwo { attempt(ContactChannel::Phone, 90),
        attempt(ContactChannel::Email, 30) };
    const QList<ContactAttempt> threeByPhone { attempt(ContactChannel::Phone, 90),
        attempt(ContactChannel::Phone, 60), attempt(ContactChannel::Phone, 30) };
    const QList<ContactAttempt> fiveByEmail { attempt(ContactChannel::Email, 90),
        attempt(ContactChannel::Email, 70), attempt(ContactChannel::Email, 50),
        attempt(ContactChannel::Email, 30), attempt(ContactChannel::Email, 10) };
    const QList<ContactAttempt> threeOverTwo = enoughAttempts();
    const QList<ContactAttempt> fourOverFour { attempt(ContactChannel::Phone, 90),
        attempt(ContactChannel::Email, 60), attempt(ContactChannel::LinkedIn, 30),
        attempt(ContactChannel::Other, 10) };

    for (const char *code : { "bad_contact_data", "no_authority", "other" }) {
        const QString c = QLatin1String(code);
        QTest::addRow("%s: none", code) << c << none << false;
        QTest::addRow("%s: 2 attempts over 2 channels", code) << c << twoOverTwo << false;
        QTest::addRow("%s: 3 attempts, 1 channel", code) << c << threeByPhone << false;
        QTest::addRow("%s: 5 attempts, 1 channel", code) << c << fiveByEmail << false;
        QTest::addRow("%s: 3 attempts over 2 channels", code) << c << threeOverTwo << true;
        QTest::addRow("%s: 4 attempts over 4 channels", code) << c << fourOverFour << true;
    }
}

void tst_DispositionValidator::rejectNeedsAttempts()
{
    QFETCH(QString, code);
    QFETCH(QList<ContactAttempt>, attempts);
    QFETCH(bool, enough);

    const DispositionValidator validator(m_taxonomy);
    // "other" also needs its text; give it one so only the attempts are judged.
    const Problems problems = validator.validate(
        reject(code, QStringLiteral("Reached a gatekeeper only, twice.")), { kNow, attempts });
    if (enough) {
        QCOMPARE(problems, Problems {});
        return;
    }
    QCOMPARE(fieldsOf(problems), QStringList { QStringLiteral("attempts") });
    // The message names the reason and the rule, and says how far the rep got.
    const QString message = problems.constFirst().message;
    QVERIFY2(message.contains(m_taxonomy.reason(code)->label), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("at least 3")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("over 2 channels")), qPrintable(message));
    QSet<int> channels;
    for (const ContactAttempt &a : attempts)
        channels.insert(int(a.channel));
    const QString soFar = QStringLiteral("so far: %1 over %2").arg(attempts.size()).arg(channels.size());
    QVERIFY2(message.contains(soFar), qPrintable(message));
}

void tst_DispositionValidator::rejectWithoutAttemptRule_data()
{
    QTest::addColumn<QString>("code");
    for (const RejectionReason &r : m_taxonomy.reasons) {
        if (!r.needsAttempts)
            QTest::newRow(qPrintable(r.code)) << r.code;
    }
}

void tst_DispositionValidator::rejectWithoutAttemptRule()
{
    QFETCH(QString, code);
    const DispositionValidator validator(m_taxonomy);
    QCOMPARE(validator.validate(reject(code), { kNow, {} }), Problems {});
    // Logged attempts do no harm either.
    QCOMPARE(validator.validate(reject(code), { kNow, enoughAttempts() }), Problems {});
}

void tst_DispositionValidator::rejectAttemptRuleFollowsTheTaxonomy()
{
    // The numbers come from the team's policy, not from constants.
    ReasonTaxonomy taxonomy = m_taxonomy;
    taxonomy.minContactAttempts = 5;
    taxonomy.minAttemptChannels = 3;
    const DispositionValidator strict(taxonomy);
    QCOMPARE(fieldsOf(strict.validate(reject(QStringLiteral("no_authority")), { kNow, enoughAttempts() })),
        QStringList { QStringLiteral("attempts") });
    const QList<ContactAttempt> fiveOverThree { attempt(ContactChannel::Phone, 90),
        attempt(ContactChannel::Email, 80), attempt(ContactChannel::LinkedIn, 70),
        attempt(ContactChannel::Phone, 60), attempt(ContactChannel::Email, 50) };
    QCOMPARE(strict.validate(reject(QStringLiteral("no_authority")), { kNow, fiveOverThree }), Problems {});

    taxonomy.minContactAttempts = 1;
    taxonomy.minAttemptChannels = 1;
    const DispositionValidator lenient(taxonomy);
    QCOMPARE(lenient.validate(
                 reject(QStringLiteral("no_authority")), { kNow, { attempt(ContactChannel::Phone, 5) } }),
        Problems {});
    QCOMPARE(fieldsOf(lenient.validate(reject(QStringLiteral("no_authority")), { kNow, {} })),
        QStringList { QStringLiteral("attempts") });
}

void tst_DispositionValidator::rejectZeroMinimumNeedsNoAttempts()
{
    // reasons.json allows "min_contact_attempts": 0 (with min_attempt_channels 1, the smallest it
    // accepts): a team that asks for no attempts must be able to reject without logging any.
    ReasonTaxonomy taxonomy = m_taxonomy;
    taxonomy.minContactAttempts = 0;
    taxonomy.minAttemptChannels = 1;
    const DispositionValidator validator(taxonomy);
    QCOMPARE(validator.validate(reject(QStringLiteral("bad_contact_data")), { kNow, {} }), Problems {});
}

void tst_DispositionValidator::rejectReportsEveryProblemAtOnce()
{
    const DispositionValidator validator(m_taxonomy);
    const Problems problems
        = validator.validate(reject(QStringLiteral("other"), QStringLiteral("meh")), { kNow, {} });
    QCOMPARE(problems.size(), 2);
    QCOMPARE(fieldsOf(problems), QStringList({ QStringLiteral("reason_text"), QStringLiteral("attempts") }));
}

void tst_DispositionValidator::needsInfoEmptyList()
{
    const DispositionValidator validator(m_taxonomy);
    const Problems problems = validator.validate(needsInfo({}), { kNow, {} });
    QCOMPARE(fieldsOf(problems), QStringList { QStringLiteral("missing") });
    QVERIFY(!problems.constFirst().message.isEmpty());
}

void tst_DispositionValidator::needsInfoUnknownItem()
{
    const DispositionValidator validator(m_taxonomy);
    const Problems problems = validator.validate(
        needsInfo({ QStringLiteral("email"), QStringLiteral("favourite_colour") }), { kNow, {} });
    QCOMPARE(fieldsOf(problems), QStringList { QStringLiteral("missing") });
    const QString message = problems.constFirst().message;
    QVERIFY2(message.contains(QLatin1String("\"favourite_colour\"")), qPrintable(message));
    // It tells the rep what can be asked for instead.
    for (const QString &item : MissingInfo::knownItems())
        QVERIFY2(message.contains(item), qPrintable(item));
}

void tst_DispositionValidator::needsInfoEachUnknownItemIsReported()
{
    const DispositionValidator validator(m_taxonomy);
    const Problems problems = validator.validate(
        needsInfo({ QStringLiteral("shoe_size"), QStringLiteral("phone"), QStringLiteral("Email") }),
        { kNow, {} });
    QCOMPARE(fieldsOf(problems), QStringList({ QStringLiteral("missing"), QStringLiteral("missing") }));
    QVERIFY(problems.at(0).message.contains(QLatin1String("\"shoe_size\"")));
    QVERIFY(problems.at(1).message.contains(QLatin1String("\"Email\"")));
}

void tst_DispositionValidator::needsInfoValidItems_data()
{
    QTest::addColumn<QStringList>("items");
    for (const QString &item : MissingInfo::knownItems())
        QTest::newRow(qPrintable(item)) << QStringList { item };
    QTest::newRow("all of them") << MissingInfo::knownItems();
    QTest::newRow("email and title") << QStringList { QStringLiteral("email"), QStringLiteral("title") };
}

void tst_DispositionValidator::needsInfoValidItems()
{
    QFETCH(QStringList, items);
    const DispositionValidator validator(m_taxonomy);
    QCOMPARE(validator.validate(needsInfo(items), { kNow, {} }), Problems {});
    QCOMPARE(MissingInfo::knownItems().size(), 11);
}

QTEST_GUILESS_MAIN(tst_DispositionValidator)
#include "tst_DispositionValidator.moc"
