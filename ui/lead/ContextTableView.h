#pragma once

#include <QHash>
#include <QSet>
#include <QTreeView>

namespace sal::ui {

// A flat, read-only table for one section of the lead pane. It asks for the height of all its rows,
// so the pane scrolls as a whole instead of nesting a scroll bar in every section.
class ContextTableView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextTableView)

public:
    explicit ContextTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Column that takes the spare width; the others size to their contents.
    void setStretchColumn(int column);
    enum class CapText { Wrap, Elide };
    // Column no wider than about `characters` average characters; longer text wraps onto more lines
    // or is elided to one (the tool tip has it all).
    void setColumnCap(int column, int characters, CapText text = CapText::Wrap);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void fitColumns();

    int m_stretchColumn = -1;
    QHash<int, int> m_caps; // column → characters
    QSet<int> m_singleLine; // columns elided instead of wrapped
};

} // namespace sal::ui
