#pragma once

#include <QString>

namespace sal::core {

// The only SQL the two team-store engines spell differently in the reports: seconds since the
// epoch of an ISO 8601 text column, and the two-argument minimum and maximum. Every report's SQL is
// otherwise the same text on SQLite and PostgreSQL. Fragments are built from column names in our
// own code, never from user data (values are always bound).
class ReportDialect
{
public:
    explicit ReportDialect(bool postgres)
        : m_postgres(postgres)
    { }

    bool isPostgres() const { return m_postgres; }
    QString epoch(const QString &isoTextExpression) const;
    QString least(const QString &a, const QString &b) const;
    QString greatest(const QString &a, const QString &b) const;

private:
    bool m_postgres = false;
};

} // namespace sal::core
