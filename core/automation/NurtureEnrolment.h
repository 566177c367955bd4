#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace sal::core {

// A lead's place in a nurture track, as written on its Nurtured event: "<track> until <date>".
struct NurtureEnrolment
{
    QString track;
    QDate until; // the re-engagement date

    QString toReason() const { return track + QStringLiteral(" until ") + until.toString(Qt::ISODate); }
    static std::optional<NurtureEnrolment> fromReason(const QString &reason)
    {
        const QString separator = QStringLiteral(" until ");
        const qsizetype cut = reason.indexOf(separator);
        if (cut <= 0)
            return std::nullopt;
        const QDate until = QDate::fromString(reason.mid(cut + separator.size()), Qt::ISODate);
        if (!until.isValid())
            return std::nullopt;
        return NurtureEnrolment { reason.left(cut), until };
    }
};

} // namespace sal::core
