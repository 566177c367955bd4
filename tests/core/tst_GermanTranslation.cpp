// The German catalogue is complete against the sources as they are now: lupdate runs into a copy of
// salbench_de.ts, and any message it marks unfinished (new, changed, or never translated) fails the
// test with its source text, so strings added by anyone are caught. Also: placeholders survive
// translation, plural forms are filled, and the compiled catalogue speaks German with plurals.

#include "i18n/AppTranslations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace sal::core;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or one per plural form
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message { context, {},
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false, {} };
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!current.numerus)
                current.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            current.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &m : marker.globalMatch(text))
        found << m.captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

} // namespace

class tst_GermanTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageOfTheSourcesIsTranslated()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("salbench_de.ts"));
        QVERIFY(QFile::copy(QStringLiteral(SAL_TS_DIR "/salbench_de.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        // The same sources and options as the update_translations target (core/CMakeLists.txt).
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(SAL_SOURCE_DIR));
        lupdate.start(QStringLiteral(SAL_LUPDATE),
            { QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                QStringLiteral("none"), QStringLiteral("-I"), QStringLiteral("core"), QStringLiteral("-I"),
                QStringLiteral("ui"), QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                QStringLiteral("-ts"), copy });
        QVERIFY(lupdate.waitForFinished(60000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const QList<Message> messages = readTs(copy);
        QVERIFY(messages.size() > 500);
        QStringList missing;
        for (const Message &m : messages) {
            const bool empty = std::any_of(
                m.translations.begin(), m.translations.end(), [](const QString &t) { return t.isEmpty(); });
            if (m.unfinished || empty || m.translations.isEmpty())
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral(
                           "%1 message(s) not translated in resources/translations/salbench_de.ts; run "
                           "`cmake --build --preset default --target update_translations` and translate:\n")
                           .arg(missing.size())
                + missing.join(QLatin1Char('\n'))));
    }

    void placeholdersAndPluralFormsSurvive()
    {
        const QList<Message> messages = readTs(QStringLiteral(SAL_TS_DIR "/salbench_de.ts"));
        QStringList wrong;
        for (const Message &m : messages) {
            if (m.numerus && m.translations.size() != 2)
                wrong << QStringLiteral("%1: German has two plural forms").arg(m.source);
            for (const QString &t : m.translations) {
                QStringList expected = placeholders(m.source);
                QStringList got = placeholders(t);
                if (m.numerus) { // "one" may spell the number out ("am letzten Tag")
                    expected.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                if (expected != got)
                    wrong << QStringLiteral("%1 → %2").arg(m.source, t);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void theProgramsSpeakGerman()
    {
        QObject owner;
        QVERIFY(AppTranslations::install(&owner, QLocale(QLocale::German, QLocale::Germany)) >= 1);
        QCOMPARE(
            QCoreApplication::translate("sal::ui::MainWindow", "Conflicts"), QStringLiteral("Konflikte"));
        QCOMPARE(QCoreApplication::translate("sal::core::PolicyCommand", "%n problem(s) found", nullptr, 1),
            QStringLiteral("1 Problem gefunden"));
        QCOMPARE(QCoreApplication::translate("sal::core::PolicyCommand", "%n problem(s) found", nullptr, 3),
            QStringLiteral("3 Probleme gefunden"));
        // Numbers and dates follow the locale the programs were given.
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        QCOMPARE(QLocale().toString(QDate(2026, 11, 23), QLocale::ShortFormat), QStringLiteral("23.11.26"));
        QLocale::setDefault(QLocale::c());
    }

    void theLanguageSettingChoosesTheLocale()
    {
        QCOMPARE(AppTranslations::localeFor(QStringLiteral("de")).language(), QLocale::German);
        QCOMPARE(AppTranslations::localeFor(QStringLiteral("en")).language(), QLocale::English);
        QCOMPARE(AppTranslations::localeFor(QString()), QLocale::system());
        QCOMPARE(AppTranslations::localeFor(QStringLiteral("xx")), QLocale::system());
    }
};

QTEST_GUILESS_MAIN(tst_GermanTranslation)
#include "tst_GermanTranslation.moc"
