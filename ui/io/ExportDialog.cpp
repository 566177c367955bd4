#include "io/ExportDialog.h"

#include "io/DecisionExporter.h"
#include "io/LeadExporter.h"
#include "store/TeamStore.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QThread>
#include <QVBoxLayout>

namespace sal::ui {

using namespace sal::core;

ExportDialog::ExportDialog(
    SyncService::TeamStoreFactory openStore, ReasonTaxonomy reasons, const QDateTime &nowUtc, QWidget *parent)
    : QDialog(parent)
    , m_openStore(std::move(openStore))
    , m_reasons(std::move(reasons))
    , m_what(new QComboBox(this))
    , m_since(new QDateTimeEdit(nowUtc.addDays(-30), this))
    , m_fileEdit(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_report(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));
    m_what->setObjectName(QStringLiteral("exportWhat"));
    m_what->addItem(tr("Decisions for the CRM (CSV: Id, Email, SAL_* fields)"), int(What::DecisionsCsv));
    m_what->addItem(tr("Decisions with every detail (JSON Lines)"), int(What::DecisionsJsonLines));
    m_what->addItem(tr("Every lead with its history (JSON Lines)"), int(What::LeadsJsonLines));
    m_since->setObjectName(QStringLiteral("exportSince"));
    m_since->setTimeSpec(Qt::UTC);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_fileEdit->setObjectName(QStringLiteral("exportFile"));
    auto *browse = new QPushButton(tr("&Choose file…"), this);
    browse->setObjectName(QStringLiteral("exportChooseFile"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_report->setObjectName(QStringLiteral("exportReport"));
    m_report->setWordWrap(true);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportStart"));
    m_exportButton->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&What:"), m_what);
    form->addRow(tr("Decisions &since:"), m_since);
    form->addRow(tr("&File:"), fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_report);
    layout->addWidget(m_buttons);

    connect(m_what, &QComboBox::currentIndexChanged, this,
        [this] { m_since->setEnabled(What(m_what->currentData().toInt()) != What::LeadsJsonLines); });
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

ExportDialog::~ExportDialog()
{
    if (m_thread)
        m_thread->wait();
}

QString ExportDialog::reportText() const
{
    return m_report->text();
}

void ExportDialog::setTarget(What what, const QDateTime &sinceUtc, const QString &path)
{
    m_what->setCurrentIndex(m_what->findData(int(what)));
    m_since->setDateTime(sinceUtc.toUTC());
    m_fileEdit->setText(path);
}

void ExportDialog::chooseFile()
{
    const bool csv = What(m_what->currentData().toInt()) == What::DecisionsCsv;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export to"), m_fileEdit->text(), csv ? tr("CSV (*.csv)") : tr("JSON Lines (*.jsonl)"));
    if (!path.isEmpty())
        m_fileEdit->setText(path);
}

void ExportDialog::startExport()
{
    if (m_thread)
        return;
    const QString path = m_fileEdit->text().trimmed();
    if (path.isEmpty()) {
        m_report->setText(tr("Choose the file to write first."));
        return;
    }
    m_exportButton->setEnabled(false);
    m_progress->setRange(0, 0); // busy: the size is known only at the end
    m_report->setText(tr("Exporting…"));
    const What what = What(m_what->currentData().toInt());
    const QDateTime since = m_since->dateTime().toUTC();
    const SyncService::TeamStoreFactory openStore = m_openStore;
    const ReasonTaxonomy reasons = m_reasons;
    m_thread = QThread::create([=, this] {
        qint64 written = 0;
        QString failure;
        Result<std::unique_ptr<TeamStore>> store = openStore();
        QSaveFile file(path);
        if (!store) {
            failure = joinProblems(store.problems());
        } else if (!file.open(QIODevice::WriteOnly)) {
            failure = tr("%1 cannot be written: %2").arg(path, file.errorString());
        } else {
            const Result<qint64> r = what == What::LeadsJsonLines
                ? LeadExporter(**store).write(file)
                : DecisionExporter(**store, reasons)
                      .write(file,
                          what == What::DecisionsCsv ? DecisionExporter::Format::Csv
                                                     : DecisionExporter::Format::JsonLines,
                          since);
            if (!r)
                failure = joinProblems(r.problems());
            else if (!file.commit())
                failure = tr("%1 cannot be written: %2").arg(path, file.errorString());
            else
                written = *r;
        }
        QMetaObject::invokeMethod(
            this, [this, written, failure] { onFinished(written, failure); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("export"));
    m_thread->start();
}

void ExportDialog::onFinished(qint64 written, const QString &failure)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_progress->setRange(0, 1);
    m_progress->setValue(failure.isEmpty() ? 1 : 0);
    m_exportButton->setEnabled(true);
    m_report->setText(failure.isEmpty()
            ? tr("Wrote %n record(s) to %1.", nullptr, int(written)).arg(m_fileEdit->text())
            : tr("The export failed: %1").arg(failure));
    emit exportFinished(failure.isEmpty());
}

void ExportDialog::reject()
{
    if (m_thread)
        return; // the export is short and writes a temporary file: let it finish
    QDialog::reject();
}

} // namespace sal::ui
