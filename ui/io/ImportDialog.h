#pragma once

#include "disposition/ReasonTaxonomy.h"
#include "io/LeadImporter.h"
#include "io/MappingProfile.h"
#include "sync/SyncService.h"

#include <QDialog>
#include <atomic>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;

namespace sal::ui {

class MappingPreviewModel;

// File → Import…: pick a CRM export, see how its columns map and the first problems, then import it
// into the team store on a worker thread (its own connection) with progress; all or nothing unless
// "skip bad rows" is ticked. The same core code as `salctl import`.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(core::SyncService::TeamStoreFactory openStore, core::ReasonTaxonomy reasons,
        QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Shows the preview of `path` (detecting the profile unless one is chosen).
    void setFile(const QString &path);
    void startImport();
    bool isRunning() const;

    QString reportText() const;
    MappingPreviewModel *previewModel() const { return m_model; }

signals:
    void importFinished(const core::ImportSummary &summary);

protected:
    void reject() override;

private:
    static constexpr int kPreviewRows = 200;
    static constexpr int kListedProblems = 200;

    void chooseFile();
    void refreshPreview();
    void onFinished(const core::ImportSummary &summary, const QStringList &problems, const QString &failure);
    std::optional<core::MappingProfile> chosenProfile() const;

    core::SyncService::TeamStoreFactory m_openStore; // a connection of the worker thread's own
    core::ReasonTaxonomy m_reasons;
    QList<core::MappingProfile> m_profiles;
    QString m_path;
    std::atomic<bool> m_cancel { false };
    QThread *m_thread = nullptr;

    QLineEdit *m_fileEdit;
    QComboBox *m_profileCombo;
    QComboBox *m_encodingCombo;
    QLabel *m_detected;
    MappingPreviewModel *m_model;
    QTableView *m_preview;
    QPlainTextEdit *m_problems;
    QCheckBox *m_skipBad;
    QProgressBar *m_progress;
    QLabel *m_report;
    QPushButton *m_importButton;
    QDialogButtonBox *m_buttons;
};

} // namespace sal::ui
