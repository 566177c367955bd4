#include "lead/LeadHeader.h"

#include "lead/LeadDisplayText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sal::ui {

using namespace sal::core;

namespace {

QLabel *makeLabel(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QColor slaColor(SlaState state)
{
    switch (state) {
    case SlaState::OnTrack:
    case SlaState::Met:
        return QColor(0x1b, 0x7f, 0x3a);
    case SlaState::AtRisk:
        return QColor(0xb3, 0x5c, 0x00);
    case SlaState::Breached:
        return QColor(0xc0, 0x1c, 0x28);
    case SlaState::Paused:
        break;
    }
    return QColor(0x5e, 0x5c, 0x64);
}

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept << part;
    }
    return kept.join(separator);
}

} // namespace

LeadHeader::LeadHeader(QWidget *parent)
    : QWidget(parent)
{
    m_name = makeLabel(this, QStringLiteral("contactName"), tr("Contact name"));
    QFont big = m_name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_name->setFont(big);
    m_role = makeLabel(this, QStringLiteral("contactRole"), tr("Title and seniority"));
    m_company = makeLabel(this, QStringLiteral("company"), tr("Company"));
    m_reach = makeLabel(this, QStringLiteral("contactReach"), tr("Email and phone"));
    m_source = makeLabel(this, QStringLiteral("leadSource"), tr("Stage and source"));

    m_badges = new QWidget(this);
    m_badges->setObjectName(QStringLiteral("badges"));
    m_badges->setAccessibleName(tr("Badges"));
    auto *badgeRow = new QHBoxLayout(m_badges);
    badgeRow->setContentsMargins(0, 0, 0, 0);
    badgeRow->setSpacing(4);
    m_hot = addBadge(tr("Hot"), QStringLiteral("badgeHot"), QColor(0xc0, 0x1c, 0x28));
    m_customer = addBadge(tr("Existing customer"), QStringLiteral("badgeCustomer"), QColor(0x1a, 0x5f, 0xb4));
    m_competitor = addBadge(tr("Competitor"), QStringLiteral("badgeCompetitor"), QColor(0x61, 0x35, 0x83));
    m_duplicate
        = addBadge(tr("Duplicate suspect"), QStringLiteral("badgeDuplicate"), QColor(0xb3, 0x5c, 0x00));
    m_pending
        = addBadge(tr("Decision pending sync"), QStringLiteral("badgePending"), QColor(0x5e, 0x5c, 0x64));
    badgeRow->addStretch();

    m_sla = makeLabel(this, QStringLiteral("slaLine"), tr("SLA countdown"));
    QFont bold = m_sla->font();
    bold.setBold(true);
    m_sla->setFont(bold);
    m_slaDetail = makeLabel(this, QStringLiteral("slaDetail"), tr("SLA tier and deadline"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QWidget *widget :
        { static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_role), static_cast<QWidget *>(m_company),
            static_cast<QWidget *>(m_reach), static_cast<QWidget *>(m_source), m_badges,
            static_cast<QWidget *>(m_sla), static_cast<QWidget *>(m_slaDetail) })
        layout->addWidget(widget);
    clear();
}

QLabel *LeadHeader::addBadge(const QString &text, const QString &objectName, const QColor &color)
{
    auto *badge = new QLabel(text, m_badges);
    badge->setObjectName(objectName);
    badge->setAccessibleName(text);
    badge->setStyleSheet(QStringLiteral("QLabel { color: %1; border: 1px solid %1; border-radius: 3px; "
                                        "padding: 0px 4px; font-weight: bold; }")
                             .arg(color.name()));
    badge->setVisible(false);
    m_badges->layout()->addWidget(badge);
    return badge;
}

QStringList LeadHeader::badgeTexts() const
{
    QStringList texts;
    for (const QLabel *badge : { m_hot, m_customer, m_competitor, m_duplicate, m_pending }) {
        if (!badge->isHidden())
            texts << badge->text();
    }
    return texts;
}

void LeadHeader::setContext(const LeadContext &context)
{
    const Lead &lead = context.lead.lead;
    const Contact &contact = lead.contact;
    m_name->setText(contact.fullName().isEmpty() ? tr("(no name)") : contact.fullName());
    m_role->setText(
        joinNonEmpty({ contact.title, LeadDisplayText::seniority(contact.seniority) }, tr(" · ")));
    m_company->setText(lead.account.domain.isEmpty()
            ? lead.account.name
            : tr("%1 (%2)").arg(lead.account.name, lead.account.domain));
    const QString email = contact.email.isEmpty()
        ? QString()
        : (contact.emailVerified ? tr("%1 ✓ verified").arg(contact.email)
                                 : tr("%1 (unverified)").arg(contact.email));
    m_reach->setText(joinNonEmpty({ email, contact.phone, contact.linkedInUrl }, tr(" · ")));
    m_reach->setVisible(!m_reach->text().isEmpty());
    m_source->setText(joinNonEmpty(
        { stageDisplayName(lead.stage), lead.source.isEmpty() ? QString() : tr("source: %1").arg(lead.source),
            lead.campaign, lead.productLine },
        tr(" · ")));

    m_hot->setVisible(lead.tier == QLatin1String("hot"));
    m_customer->setVisible(lead.account.existingCustomer);
    m_competitor->setVisible(lead.account.competitor);
    m_duplicate->setVisible(context.duplicateSuspect);
    m_pending->setVisible(!context.lead.pendingDecision.isEmpty());
    m_badges->setVisible(!badgeTexts().isEmpty());
    m_badges->setAccessibleDescription(badgeTexts().join(QStringLiteral(", ")));
    setSla(context);
}

void LeadHeader::setSla(const LeadContext &context)
{
    m_sla->setText(LeadDisplayText::slaLine(context.sla));
    m_sla->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(slaColor(context.sla.state).name()));
    m_sla->setAccessibleDescription(m_sla->text());
    const QString tier
        = context.lead.lead.tier.isEmpty() ? QString() : tr("Tier: %1").arg(LeadDisplayText::tier(context.lead.lead.tier));
    const QString deadline = context.window.deadlineUtc.isValid() && !context.window.isPaused()
        ? tr("due %1").arg(LeadDisplayText::localTime(context.window.deadlineUtc))
        : QString();
    m_slaDetail->setText(joinNonEmpty({ tier, deadline }, tr(" · ")));
}

void LeadHeader::clear()
{
    for (QLabel *label : { m_name, m_role, m_company, m_reach, m_source, m_sla, m_slaDetail })
        label->clear();
    for (QLabel *badge : { m_hot, m_customer, m_competitor, m_duplicate, m_pending })
        badge->setVisible(false);
    m_badges->setVisible(false);
}

} // namespace sal::ui
