#pragma once

#include "insight/ScoringFeedbackReport.h"

#include <QAbstractTableModel>

namespace sal::ui {

// Marketing's scoring feedback as one table of findings: proposals with their measured effect,
// sources and campaigns outside the health band, coaching signals, and the reasons' shares.
class ScoringFeedbackModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoringFeedbackModel)

public:
    enum Column { Kind, Subject, Figure, Detail, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 }; // "proposal", "channel", "coaching", "reason"

    explicit ScoringFeedbackModel(QObject *parent = nullptr);

    void setReport(const core::ScoringFeedbackReport &report);
    const core::ScoringFeedbackReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Finding
    {
        QString kind;
        QString kindText;
        QString subject;
        QString figure;
        QString detail;
    };

    core::ScoringFeedbackReport m_report;
    QList<Finding> m_rows;
};

} // namespace sal::ui
