#pragma once

#include "domain/Account.h"

#include <QDateTime>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace sal::ui {

// The account's facts the rep checks against the ICP: industry, size, revenue, where, funding,
// hiring and tech stack, one labelled line each. Unknown values say so instead of staying blank.
class FirmographicsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirmographicsForm)

public:
    enum Row { Industry, Employees, Revenue, Location, Funding, OpenRoles, TechStack, RowCount };

    explicit FirmographicsForm(QWidget *parent = nullptr);

    void setAccount(const core::Account &account, const QDateTime &nowUtc);
    void clear();

    QString valueText(Row row) const;

private:
    void setValue(Row row, const QString &text);

    QLabel *m_values[RowCount] = {};
};

} // namespace sal::ui
