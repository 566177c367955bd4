#include "disposition/ReasonPicker.h"

#include <QStandardItemModel>

namespace sal::ui {

using core::ReasonCategory;
using core::RejectionReason;

ReasonPicker::ReasonPicker(const core::ReasonTaxonomy &taxonomy, QWidget *parent)
    : QComboBox(parent)
    , m_taxonomy(taxonomy)
    , m_model(new QStandardItemModel(this))
{
    auto *placeholder = new QStandardItem(tr("Choose a reason\u2026"));
    placeholder->setData(QString(), CodeRole);
    m_model->appendRow(placeholder);

    for (const ReasonCategory category :
        { ReasonCategory::Procedural, ReasonCategory::Clerical, ReasonCategory::Definitional }) {
        QList<RejectionReason> inCategory;
        for (const RejectionReason &reason : m_taxonomy.reasons) {
            if (reason.category == category)
                inCategory << reason;
        }
        if (inCategory.isEmpty())
            continue;
        auto *header = new QStandardItem(categoryName(category));
        header->setFlags(Qt::NoItemFlags); // shown, never chosen; the keyboard skips it too
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        header->setData(QString(), CodeRole);
        header->setData(tr("Category"), Qt::AccessibleDescriptionRole);
        m_model->appendRow(header);
        for (const RejectionReason &reason : inCategory) {
            auto *item = new QStandardItem(reason.label);
            item->setData(reason.code, CodeRole);
            item->setData(reason.label, Qt::AccessibleTextRole);
            item->setData(categoryName(category), Qt::AccessibleDescriptionRole);
            item->setToolTip(categoryName(category));
            m_model->appendRow(item);
        }
    }
    setModel(m_model);
    setCurrentIndex(0);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT reasonChanged(currentCode()); });
}

QString ReasonPicker::currentCode() const
{
    return currentData(CodeRole).toString();
}

std::optional<RejectionReason> ReasonPicker::currentReason() const
{
    const QString code = currentCode();
    if (code.isEmpty())
        return std::nullopt;
    return m_taxonomy.reason(code);
}

void ReasonPicker::setCurrentCode(const QString &code)
{
    const int row = code.isEmpty() ? -1 : findData(code, CodeRole);
    setCurrentIndex(row < 0 ? 0 : row);
}

QString ReasonPicker::categoryName(ReasonCategory category)
{
    switch (category) {
    case ReasonCategory::Procedural:
        return tr("Procedural: wrong route or rep");
    case ReasonCategory::Clerical:
        return tr("Clerical: wrong or missing data");
    case ReasonCategory::Definitional:
        return tr("Definitional: not a buyer we serve");
    }
    return {};
}

} // namespace sal::ui
