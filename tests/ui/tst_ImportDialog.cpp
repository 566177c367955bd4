// File → Import… and File → Export… driven as a user does: preview of the mapping and the first
// problems, import on the worker thread into a real SQLite team store, export to a file.

#include "WorkbenchActions.h"
#include "disposition/DispositionForm.h"
#include "i18n/AppTranslations.h"
#include "io/ExportDialog.h"
#include "io/ImportDialog.h"
#include "io/MappingPreviewModel.h"
#include "sla/ManualClock.h"
#include "store/CachedLead.h"
#include "support/SyncFixture.h"
#include "sync/SyncService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace sal::core;
using namespace sal::test;
using sal::ui::ExportDialog;
using sal::ui::ImportDialog;

class tst_ImportDialog : public QObject
{
    Q_OBJECT

    SyncFixture m_fx;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_fx.dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    }

    SyncService::TeamStoreFactory factory()
    {
        return [this]() -> Result<std::unique_ptr<TeamStore>> {
            auto opened = SqliteTeamStore::open(m_fx.teamPath(), m_fx.validator(), false);
            if (!opened)
                return opened.problems();
            return std::unique_ptr<TeamStore>(std::move(opened).value());
        };
    }

    qint64 leadCount()
    {
        return m_fx.team->database()
            .scalar(QStringLiteral("SELECT count(*) FROM leads"))
            .value()
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(AppTranslations::install(this), 1); // as salbench does: "1 row", "2 rows"
    }

    void init()
    {
        m_fx.~SyncFixture();
        new (&m_fx) SyncFixture;
        QVERIFY(m_fx.init());
    }

    void previewThenImport()
    {
        const QString path = write(QStringLiteral("hub.csv"),
            "Record ID,First Name,Last Name,Email,Company Name,Shoe Size\n"
            "1,Ana,Lee,ana@a.example,A Inc,41\n"
            "2,Ben,Ray,ben@b.example,B Ltd,44\n");
        ImportDialog dialog(factory(), m_fx.policy.reasons);
        QAbstractItemModelTester tester(
            dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.setFile(path);
        auto *model = dialog.previewModel();
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(model->index(3, sal::ui::MappingPreviewModel::LeadField).data().toString(),
            QStringLiteral("contact.email"));
        QCOMPARE(model->index(3, sal::ui::MappingPreviewModel::Example).data().toString(),
            QStringLiteral("ana@a.example"));
        QCOMPARE(model->index(5, sal::ui::MappingPreviewModel::LeadField).data().toString(),
            QStringLiteral("(not imported)"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importDetected"))
                    ->text()
                    .startsWith(QStringLiteral("HubSpot contacts export")));
        QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("importProblems"))->toPlainText(),
            QStringLiteral("No problems in the first 2 rows."));

        auto *start = dialog.findChild<QPushButton *>(QStringLiteral("importStart"));
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        QCOMPARE(dialog.reportText(), QStringLiteral("Imported 2 rows: 2 new, 0 updated, 0 unchanged."));
        QCOMPARE(leadCount(), 2);
    }

    void badFileShowsProblemsAndStoresNothing()
    {
        const QString path = write(QStringLiteral("bad.csv"), "Record ID,Email\n1,ok@a.example\n2,broken\n");
        ImportDialog dialog(factory(), m_fx.policy.reasons);
        dialog.setFile(path);
        const QString problems
            = dialog.findChild<QPlainTextEdit *>(QStringLiteral("importProblems"))->toPlainText();
        QCOMPARE(problems, path + QStringLiteral(":3: Email: \"broken\" is not an email address"));
        dialog.startImport();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        QVERIFY2(
            dialog.reportText().startsWith(QStringLiteral("Nothing was imported: 1 of 2 rows have problems")),
            qPrintable(dialog.reportText()));
        QCOMPARE(leadCount(), 0);
    }

    void exportEveryLead()
    {
        QVERIFY_OK(
            m_fx.team->putLead(makeLead(QStringLiteral("L1"), m_fx.repA, utc("2026-11-20T10:00:00Z")), {}));
        QVERIFY_OK(
            m_fx.team->putLead(makeLead(QStringLiteral("L2"), m_fx.repA, utc("2026-11-20T11:00:00Z")), {}));
        const QString out = m_fx.dir.filePath(QStringLiteral("all.jsonl"));
        ExportDialog dialog(factory(), m_fx.policy.reasons, utc("2026-11-23T12:00:00Z"));
        dialog.setTarget(ExportDialog::What::LeadsJsonLines, {}, out);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportStart")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        QCOMPARE(dialog.reportText(), QStringLiteral("Wrote 2 records to %1.").arg(out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 2);
    }

    void suggestedReasonIsPreselected()
    {
        // An imported duplicate: rejecting it takes one step, the reason is already chosen.
        const ManualClock clock(utc("2026-11-23T12:00:00Z"));
        sal::ui::DispositionForm form(m_fx.policy.reasons, m_fx.policy.nurture, clock);
        CachedLead cached;
        cached.lead = makeLead(QStringLiteral("L9"), m_fx.repA, utc("2026-11-23T10:00:00Z"));
        cached.lead.duplicateOfLeadId = QStringLiteral("L1");
        cached.lead.suggestedReason = QStringLiteral("duplicate");
        form.setLead(&cached);
        form.setKind(DispositionKind::Reject);
        QCOMPARE(form.disposition().reasonCode, QStringLiteral("duplicate"));
        QVERIFY(form.canSubmit());
    }

    void menuActionsHaveShortcuts()
    {
        QWidget window;
        sal::ui::WorkbenchActions actions(&window);
        QCOMPARE(actions.importLeads->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        QCOMPARE(actions.exportData->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    }
};

QTEST_MAIN(tst_ImportDialog)
#include "tst_ImportDialog.moc"
