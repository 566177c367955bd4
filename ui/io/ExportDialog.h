#pragma once

#include "disposition/ReasonTaxonomy.h"
#include "sync/SyncService.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace sal::ui {

// File → Export…: the reps' decisions since a date as CSV for the CRM (or JSON Lines), or every lead
// as JSON Lines. Written on a worker thread with its own team-store connection; the file is replaced
// only when the export is complete.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum class What { DecisionsCsv, DecisionsJsonLines, LeadsJsonLines };

    ExportDialog(core::SyncService::TeamStoreFactory openStore, core::ReasonTaxonomy reasons,
        const QDateTime &nowUtc, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setTarget(What what, const QDateTime &sinceUtc, const QString &path);
    void startExport();
    bool isRunning() const { return m_thread != nullptr; }
    QString reportText() const;

signals:
    void exportFinished(bool ok);

protected:
    void reject() override;

private:
    void chooseFile();
    void onFinished(qint64 written, const QString &failure);

    core::SyncService::TeamStoreFactory m_openStore; // a connection of the worker thread's own
    core::ReasonTaxonomy m_reasons;
    QThread *m_thread = nullptr;

    QComboBox *m_what;
    QDateTimeEdit *m_since;
    QLineEdit *m_fileEdit;
    QProgressBar *m_progress;
    QLabel *m_report;
    QPushButton *m_exportButton;
    QDialogButtonBox *m_buttons;
};

} // namespace sal::ui
