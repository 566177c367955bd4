#include "io/ImportDialog.h"

#include "io/ImportFile.h"
#include "io/MappingPreviewModel.h"
#include "io/MappingProfileFile.h"
#include "store/TeamStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace sal::ui {

using namespace sal::core;

ImportDialog::ImportDialog(SyncService::TeamStoreFactory openStore, ReasonTaxonomy reasons, QWidget *parent)
    : QDialog(parent)
    , m_openStore(std::move(openStore))
    , m_reasons(std::move(reasons))
    , m_fileEdit(new QLineEdit(this))
    , m_profileCombo(new QComboBox(this))
    , m_encodingCombo(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_model(new MappingPreviewModel(this))
    , m_preview(new QTableView(this))
    , m_problems(new QPlainTextEdit(this))
    , m_skipBad(
          new QCheckBox(tr("&Skip bad rows (import the others, write the bad ones to a side file)"), this))
    , m_progress(new QProgressBar(this))
    , m_report(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Import leads"));
    setObjectName(QStringLiteral("importDialog"));
    m_profiles = MappingProfileFile::builtIns().value_or({});

    m_fileEdit->setObjectName(QStringLiteral("importFile"));
    m_fileEdit->setReadOnly(true);
    auto *browse = new QPushButton(tr("&Choose file…"), this);
    browse->setObjectName(QStringLiteral("importChooseFile"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);

    m_profileCombo->setObjectName(QStringLiteral("importProfile"));
    m_profileCombo->addItem(tr("Detect from the header"), QString());
    for (const MappingProfile &p : std::as_const(m_profiles))
        m_profileCombo->addItem(p.label, p.id);
    m_encodingCombo->setObjectName(QStringLiteral("importEncoding"));
    m_encodingCombo->addItem(tr("UTF-8"), textEncodingToString(TextEncoding::Utf8));
    m_encodingCombo->addItem(
        tr("Windows-1252 (Excel \"CSV\" on Windows)"), textEncodingToString(TextEncoding::Windows1252));
    m_detected->setObjectName(QStringLiteral("importDetected"));
    m_detected->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Mapping:"), m_profileCombo);
    form->addRow(tr("&Encoding:"), m_encodingCombo);
    form->addRow(QString(), m_detected);

    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setModel(m_model);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setReadOnly(true);
    m_problems->setPlaceholderText(tr("Problems in the file are listed here as file:line: column: problem."));
    m_skipBad->setObjectName(QStringLiteral("importSkipBad"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setWordWrap(true);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importStart"));
    m_importButton->setDefault(true);
    m_importButton->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("How the columns map:"), this));
    layout->addWidget(m_preview, 2);
    layout->addWidget(new QLabel(tr("First problems:"), this));
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_skipBad);
    layout->addWidget(m_progress);
    layout->addWidget(m_report);
    layout->addWidget(m_buttons);
    resize(820, 640);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
}

ImportDialog::~ImportDialog()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

bool ImportDialog::isRunning() const
{
    return m_thread != nullptr;
}

QString ImportDialog::reportText() const
{
    return m_report->text();
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import leads"), QString(), tr("CRM exports (*.csv *.jsonl *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_fileEdit->setText(path);
    refreshPreview();
}

std::optional<MappingProfile> ImportDialog::chosenProfile() const
{
    const QString id = m_profileCombo->currentData().toString();
    for (const MappingProfile &p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

void ImportDialog::refreshPreview()
{
    m_model->clear();
    m_problems->clear();
    m_report->clear();
    m_progress->setValue(0);
    m_importButton->setEnabled(false);
    if (m_path.isEmpty())
        return;
    const TextEncoding encoding
        = textEncodingFromString(m_encodingCombo->currentData().toString()).value_or(TextEncoding::Utf8);
    Result<std::unique_ptr<ImportFile>> file
        = ImportFile::open(m_path, m_profiles, chosenProfile(), encoding);
    if (!file) {
        m_detected->setText(tr("This file cannot be imported:"));
        m_problems->setPlainText(joinProblems(file.problems()));
        return;
    }
    ImportFile &f = **file;
    if (f.profile().format == MappingProfile::Format::JsonLines) {
        m_detected->setText(tr("JSON Lines: %1").arg(f.profile().label));
    } else {
        const ProfileDetector::Fit &fit = f.fits().constFirst();
        m_detected->setText(
            tr("%1 — maps %2 of %3 columns; not imported: %4")
                .arg(f.profile().label)
                .arg(fit.mapped.size())
                .arg(f.header().size())
                .arg(fit.unmapped.isEmpty() ? tr("none") : fit.unmapped.join(QStringLiteral(", "))));
    }
    // The first rows, read the same way the import will: their problems show before anything is stored.
    QStringList problems;
    QStringList firstRow;
    ImportRecord record;
    qint64 rows = 0;
    while (rows < kPreviewRows && f.source().next(record)) {
        if (rows++ == 0)
            firstRow = record.cells;
        for (const Problem &p : std::as_const(record.problems))
            problems << p.toString();
    }
    if (const auto &fatal = f.source().fatal())
        problems << fatal->toString();
    m_model->setMapping(f.header(), f.profile(), firstRow);
    m_problems->setPlainText(problems.isEmpty()
            ? tr("No problems in the first %n row(s).", nullptr, int(rows))
            : problems.join(QLatin1Char('\n')));
    m_importButton->setEnabled(!f.source().fatal());
}

void ImportDialog::startImport()
{
    if (m_thread || m_path.isEmpty())
        return;
    m_cancel = false;
    m_importButton->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    m_report->setText(tr("Importing…"));
    m_progress->setValue(0);
    const QString path = m_path;
    const SyncService::TeamStoreFactory openStore = m_openStore;
    const ReasonTaxonomy reasons = m_reasons;
    const QList<MappingProfile> profiles = m_profiles;
    const std::optional<MappingProfile> chosen = chosenProfile();
    const TextEncoding encoding
        = textEncodingFromString(m_encodingCombo->currentData().toString()).value_or(TextEncoding::Utf8);
    const bool skipBad = m_skipBad->isChecked();
    std::atomic<bool> *cancel = &m_cancel;
    // The worker opens its own file and its own team-store connection: nothing is shared with the UI thread.
    m_thread = QThread::create([=, this] {
        QStringList listed;
        QString failure;
        ImportSummary summary;
        Result<std::unique_ptr<ImportFile>> file = ImportFile::open(path, profiles, chosen, encoding);
        Result<std::unique_ptr<TeamStore>> store = openStore();
        if (!file || !store) {
            failure = joinProblems(file ? store.problems() : file.problems());
        } else {
            const qint64 size = qMax<qint64>(1, (*file)->size());
            const bool jsonLines = (*file)->profile().format == MappingProfile::Format::JsonLines;
            ImportOptions options;
            options.skipBad = skipBad;
            options.rejectedPath
                = path + (jsonLines ? QStringLiteral(".rejected.jsonl") : QStringLiteral(".rejected.csv"));
            options.required = (*file)->profile().required;
            options.fileName = path;
            options.nowUtc = QDateTime::currentDateTimeUtc();
            LeadImporter importer(**store, reasons);
            const Result<ImportSummary> r = importer.run((*file)->source(), options,
                [&](const Problem &p) {
                    if (listed.size() < kListedProblems)
                        listed << p.toString();
                },
                [&](qint64 bytes, qint64) {
                    const int permille = int(bytes * 1000 / size);
                    QMetaObject::invokeMethod(
                        this, [this, permille] { m_progress->setValue(permille); }, Qt::QueuedConnection);
                    return !cancel->load();
                });
            if (r)
                summary = *r;
            else
                failure = joinProblems(r.problems());
        }
        QMetaObject::invokeMethod(
            this, [this, summary, listed, failure] { onFinished(summary, listed, failure); },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("import"));
    m_thread->start();
}

void ImportDialog::onFinished(
    const ImportSummary &summary, const QStringList &problems, const QString &failure)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_progress->setValue(summary.committed ? 1000 : m_progress->value());
    if (!problems.isEmpty())
        m_problems->setPlainText(problems.join(QLatin1Char('\n')));
    if (!failure.isEmpty()) {
        m_report->setText(tr("The import failed, nothing was stored: %1").arg(failure));
    } else if (summary.cancelled) {
        m_report->setText(tr("Cancelled: nothing was imported."));
    } else if (!summary.committed) {
        m_report->setText(summary.fatal
                ? tr("Nothing was imported: the file could not be read to the end.")
                : tr("Nothing was imported: %1 of %2 rows have problems (listed above). Fix "
                     "them, or tick \"Skip bad rows\".")
                      .arg(summary.rejected)
                      .arg(summary.rows));
    } else {
        QString text = tr("Imported %1 rows: %2 new, %3 updated, %4 unchanged.")
                           .arg(summary.rows)
                           .arg(summary.created)
                           .arg(summary.updated)
                           .arg(summary.unchanged);
        if (summary.duplicates > 0 || summary.existingCustomers > 0)
            text += QLatin1Char(' ')
                + tr("Flagged: duplicates %1, existing customers %2 (their rejection reason is "
                     "pre-suggested).")
                      .arg(summary.duplicates)
                      .arg(summary.existingCustomers);
        if (summary.rejected > 0)
            text += QLatin1Char(' ')
                + tr("Bad rows written with their problems to %1: %2.")
                      .arg(m_path + QStringLiteral(".rejected.*"))
                      .arg(summary.rejected);
        m_report->setText(text);
    }
    m_importButton->setEnabled(true);
    emit importFinished(summary);
}

void ImportDialog::reject()
{
    if (m_thread) {
        m_cancel = true; // the worker stops at its next progress report and rolls back
        return;
    }
    QDialog::reject();
}

} // namespace sal::ui
