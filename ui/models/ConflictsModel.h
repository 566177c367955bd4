#pragma once

#include "disposition/ReasonTaxonomy.h"
#include "store/Conflict.h"

#include <QAbstractListModel>

namespace sal::ui {

// The decisions the team store refused, each saying what happened, for the Conflicts view.
class ConflictsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsModel)

public:
    enum Role { OperationIdRole = Qt::UserRole + 1, LeadIdRole };

    // `reasons` (may be null) turns a rejection's reason code into the picklist's label.
    explicit ConflictsModel(const core::ReasonTaxonomy *reasons = nullptr, QObject *parent = nullptr);

    void setConflicts(QList<core::Conflict> conflicts);
    const core::Conflict *conflictAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString describe(const core::Conflict &conflict) const; // translated, one paragraph

private:
    const core::ReasonTaxonomy *m_reasons;
    QList<core::Conflict> m_conflicts;
};

} // namespace sal::ui
