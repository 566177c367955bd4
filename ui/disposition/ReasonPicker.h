#pragma once

#include "disposition/ReasonTaxonomy.h"

#include <QComboBox>
#include <optional>

class QStandardItemModel;

namespace sal::ui {

// The rejection picklist of a team, grouped under Forrester's three categories (procedural,
// clerical, definitional). Category headers are shown but cannot be chosen; the first entry is an
// empty "Choose a reason…" so nothing is pre-chosen.
class ReasonPicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonPicker)

public:
    static constexpr int CodeRole = Qt::UserRole + 1;

    explicit ReasonPicker(const core::ReasonTaxonomy &taxonomy, QWidget *parent = nullptr);

    QStandardItemModel *reasonModel() const { return m_model; }
    QString currentCode() const; // empty while nothing is chosen
    std::optional<core::RejectionReason> currentReason() const;
    void setCurrentCode(const QString &code); // unknown or empty: back to "Choose a reason…"

    static QString categoryName(core::ReasonCategory category);

Q_SIGNALS:
    void reasonChanged(const QString &code);

private:
    core::ReasonTaxonomy m_taxonomy;
    QStandardItemModel *m_model;
};

} // namespace sal::ui
