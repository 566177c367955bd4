#include "PersonPicker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace sal::ui {

PersonPicker::PersonPicker(const QList<core::Rep> &people, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this))
{
    setWindowTitle(tr("Who are you?"));
    setObjectName(QStringLiteral("personPicker"));
    for (const core::Rep &p : people) {
        if (p.role == core::Role::Marketing || !p.active)
            continue;
        const QString role = p.role == core::Role::Manager ? tr("manager") : tr("rep");
        auto *item = new QStandardItem(tr("%1 — %2, %3 (%4)").arg(p.name, role, p.teamId.toUpper(), p.email));
        item->setData(p.email, Qt::UserRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_list->setObjectName(QStringLiteral("peopleList"));
    m_list->setAccessibleName(tr("People of the team"));
    m_list->setModel(m_model);
    m_list->setCurrentIndex(m_model->index(0, 0));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Pick yourself; the workbench remembers it."), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(480, 420);
}

QString PersonPicker::chosenEmail() const
{
    return m_list->currentIndex().data(Qt::UserRole).toString();
}

} // namespace sal::ui
