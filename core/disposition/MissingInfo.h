#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sal::core {

// What a rep can ask marketing to fill in before deciding ("needs more info").
class MissingInfo
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::MissingInfo)

public:
    // "email", "phone", "company", "title", "industry", "company_size", "revenue", "region",
    // "use_case", "budget", "timeline": stable codes, stored and sent to marketing.
    static QStringList knownItems();
    static bool isKnown(const QString &item) { return knownItems().contains(item); }
    static QString displayName(const QString &item); // translated
};

} // namespace sal::core
