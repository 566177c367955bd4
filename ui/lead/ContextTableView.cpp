#include "lead/ContextTableView.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <algorithm>

namespace sal::ui {

namespace {

// Measures each cell at its column's width, so wrapped text gets the lines it needs instead of
// being elided at one line.
class ColumnWidthDelegate final : public QStyledItemDelegate
{
public:
    ColumnWidthDelegate(QTreeView *view, const QSet<int> *singleLine)
        : QStyledItemDelegate(view)
        , m_view(view)
        , m_singleLine(singleLine)
    { }

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (m_singleLine->contains(index.column()))
            option->features &= ~QStyleOptionViewItem::WrapText;
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // Width as if on one line (what ResizeToContents and the caps look at); height as wrapped in
        // the column's current width.
        const QSize natural = QStyledItemDelegate::sizeHint(option, index);
        if (m_singleLine->contains(index.column()))
            return natural;
        QStyleOptionViewItem measured = option;
        // The style wraps only inside a valid rectangle: give it the column's width and any height.
        measured.rect = QRect(0, 0, m_view->columnWidth(index.column()), option.fontMetrics.height());
        return { natural.width(),
            std::max(natural.height(), QStyledItemDelegate::sizeHint(measured, index).height()) };
    }

private:
    QTreeView *m_view;
    const QSet<int> *m_singleLine;
};

} // namespace

ContextTableView::ContextTableView(QWidget *parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(false);
    setWordWrap(true);
    setAlternatingRowColors(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setItemDelegate(new ColumnWidthDelegate(this, &m_singleLine));
    header()->setStretchLastSection(false);
    header()->setSectionsMovable(false);
    connect(header(), &QHeaderView::geometriesChanged, this, &QWidget::updateGeometry);
    connect(header(), &QHeaderView::sectionResized, this, [this] {
        scheduleDelayedItemsLayout();
        updateGeometry();
    });
}

void ContextTableView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    if (!model)
        return;
    const auto changed = [this] {
        fitColumns();
        updateGeometry();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(model, &QAbstractItemModel::modelReset, this, changed);
    connect(model, &QAbstractItemModel::dataChanged, this, changed);
    connect(model, &QAbstractItemModel::headerDataChanged, this, changed);
    fitColumns();
}

void ContextTableView::setStretchColumn(int column)
{
    m_stretchColumn = column;
    fitColumns();
}

void ContextTableView::setColumnCap(int column, int characters, CapText text)
{
    m_caps.insert(column, characters);
    if (text == CapText::Elide)
        m_singleLine.insert(column);
    else
        m_singleLine.remove(column);
    fitColumns();
}

void ContextTableView::fitColumns()
{
    if (!model())
        return;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (column == m_stretchColumn) {
            header()->setSectionResizeMode(column, QHeaderView::Stretch);
        } else if (m_caps.contains(column)) {
            header()->setSectionResizeMode(column, QHeaderView::Interactive);
            const int cap = fontMetrics().averageCharWidth() * m_caps.value(column);
            const int wanted = std::max(sizeHintForColumn(column), header()->sectionSizeHint(column));
            header()->resizeSection(column, std::min(wanted, cap));
        } else {
            header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        }
    }
}

QSize ContextTableView::sizeHint() const
{
    int height = 2 * frameWidth();
    if (!isHeaderHidden())
        height += header()->sizeHint().height();
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    int rowsHeight = 0;
    for (int row = 0; row < rows; ++row)
        rowsHeight += indexRowSizeHint(model()->index(row, 0, rootIndex()));
    if (rows == 0)
        rowsHeight = fontMetrics().height() / 2;
    height += rowsHeight;
    if (header()->length() > viewport()->width())
        height += horizontalScrollBar()->sizeHint().height();
    return { QTreeView::sizeHint().width(), height };
}

QSize ContextTableView::minimumSizeHint() const
{
    return { QTreeView::minimumSizeHint().width(), sizeHint().height() };
}

} // namespace sal::ui
