#include "lead/FirmographicsForm.h"

#include "lead/LeadDisplayText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace sal::ui {

using namespace sal::core;

FirmographicsForm::FirmographicsForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("firmographics"));
    setAccessibleName(tr("Firmographics"));
    const QString names[RowCount] = { tr("Industry"), tr("Employees"), tr("Revenue"), tr("Location"),
        tr("Funding"), tr("Open roles"), tr("Tech stack") };
    const char *objectNames[RowCount]
        = { "industry", "employees", "revenue", "location", "funding", "openRoles", "techStack" };
    auto *form = new QFormLayout(this);
    form->setContentsMargins(4, 0, 0, 0);
    form->setVerticalSpacing(1);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int row = 0; row < RowCount; ++row) {
        auto *value = new QLabel(this);
        value->setObjectName(QLatin1String(objectNames[row]));
        value->setAccessibleName(names[row]);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values[row] = value;
        form->addRow(tr("%1:").arg(names[row]), value);
    }
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void FirmographicsForm::setValue(Row row, const QString &text)
{
    m_values[row]->setText(text.isEmpty() ? tr("unknown") : text);
}

QString FirmographicsForm::valueText(Row row) const
{
    return m_values[row]->text();
}

void FirmographicsForm::setAccount(const Account &account, const QDateTime &nowUtc)
{
    const QLocale locale;
    setValue(Industry, account.industry);
    setValue(Employees, account.employees ? locale.toString(*account.employees) : QString());
    setValue(Revenue,
        account.annualRevenue ? LeadDisplayText::money(*account.annualRevenue, account.currency) : QString());
    QStringList where;
    for (const QString &part : { account.region, account.country, account.state }) {
        if (!part.isEmpty())
            where << part;
    }
    setValue(Location, where.join(tr(" · ")));
    QString funding = LeadDisplayText::fundingStage(account.fundingStage);
    if (account.fundingDate) {
        const qint64 days = account.fundingDate->daysTo(nowUtc.toLocalTime().date());
        const QString when = locale.toString(*account.fundingDate, QLocale::ShortFormat);
        funding = funding.isEmpty()
            ? when
            : tr("%1, %2 (%3)").arg(funding, when, LeadDisplayText::daysAgo(int(days)));
    }
    setValue(Funding, funding);
    setValue(OpenRoles, locale.toString(account.openRoles));
    setValue(TechStack, account.techStack.join(tr(", ")));
}

void FirmographicsForm::clear()
{
    for (QLabel *value : m_values)
        value->clear();
}

} // namespace sal::ui
