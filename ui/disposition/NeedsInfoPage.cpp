#include "disposition/NeedsInfoPage.h"

#include "disposition/FieldErrors.h"
#include "disposition/MissingInfo.h"

#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QStandardItemModel>

namespace sal::ui {

namespace {
const QString kMissing = QStringLiteral("missing");
} // namespace

NeedsInfoPage::NeedsInfoPage(FieldErrors &errors, QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("needsInfoPage"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);

    for (const QString &code : core::MissingInfo::knownItems()) {
        auto *item = new QStandardItem(core::MissingInfo::displayName(code));
        item->setData(code, CodeRole);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_model->appendRow(item);
    }

    auto *listLabel = new QLabel(tr("&Missing:"), this);
    listLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    listLabel->setToolTip(tr("What marketing has to find out before you can decide"));
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("missingList"));
    m_list->setAccessibleName(tr("Missing information"));
    m_list->setAccessibleDescription(tr("Tick what marketing has to find out before you can decide"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    listLabel->setBuddy(m_list);
    grid->addWidget(listLabel, 0, 0);
    grid->addWidget(m_list, 0, 1);
    grid->addWidget(errors.create(kMissing, QStringLiteral("missingError"), m_list, this), 1, 1);
    grid->setRowStretch(0, 1);

    auto *noteLabel = new QLabel(tr("N&ote:"), this);
    noteLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("needsInfoNoteEdit"));
    m_note->setAccessibleName(tr("Note for marketing (optional)"));
    m_note->setAccessibleDescription(tr("Anything marketing should know while it enriches the lead"));
    m_note->setPlaceholderText(tr("Optional: anything marketing should know"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5);
    noteLabel->setBuddy(m_note);
    grid->addWidget(noteLabel, 2, 0);
    grid->addWidget(m_note, 2, 1);

    setTabOrder(m_list, m_note);

    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_clearing)
            Q_EMIT touched(kMissing);
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_clearing)
            Q_EMIT touched(QString()); // optional: edited, but no rule to show
    });
}

void NeedsInfoPage::fill(core::Disposition &disposition) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row);
        if (item->checkState() == Qt::Checked)
            disposition.missingItems << item->data(CodeRole).toString();
    }
    disposition.note = m_note->toPlainText();
}

void NeedsInfoPage::clear()
{
    m_clearing = true;
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_model->item(row)->setCheckState(Qt::Unchecked);
    m_list->setCurrentIndex(m_model->index(0, 0));
    m_note->clear();
    m_clearing = false;
}

QWidget *NeedsInfoPage::firstField() const
{
    return m_list;
}

} // namespace sal::ui
