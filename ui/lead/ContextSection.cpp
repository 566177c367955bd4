#include "lead/ContextSection.h"

#include <QToolButton>
#include <QVBoxLayout>

namespace sal::ui {

ContextSection::ContextSection(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
{
    m_toggle->setObjectName(QStringLiteral("sectionToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    QFont font = m_toggle->font();
    font.setBold(true);
    m_toggle->setFont(font);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toggle);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    connect(m_toggle, &QToolButton::toggled, this, &ContextSection::setExpanded);
}

void ContextSection::setTitle(const QString &title)
{
    m_toggle->setText(title);
    m_toggle->setAccessibleName(title);
    m_toggle->setAccessibleDescription(tr("Shows or hides this part of the lead's context"));
    setAccessibleName(title);
}

QString ContextSection::title() const
{
    return m_toggle->text();
}

void ContextSection::setBody(QWidget *body)
{
    Q_ASSERT(!m_body);
    m_body = body;
    layout()->addWidget(body);
    m_body->setVisible(m_toggle->isChecked());
}

bool ContextSection::isExpanded() const
{
    return m_toggle->isChecked();
}

void ContextSection::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (m_body)
        m_body->setVisible(expanded);
}

} // namespace sal::ui
