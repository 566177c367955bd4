#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace sal::core {

// Firmographics of the company behind a lead: what the rep checks against the ICP.
struct Account
{
    QString id;
    QString name;
    QString domain;
    QString industry;
    std::optional<int> employees; // headcount, unknown when absent
    std::optional<qint64> annualRevenue; // in `currency` units per year
    QString currency = QStringLiteral("USD");
    QString region; // sales region code: "NA", "EMEA", "APAC", "LATAM"
    QString country; // ISO 3166-1 alpha-2
    QString state; // state / province where the CRM has it
    QString fundingStage; // "seed", "series_a", ... "public"; empty when unknown
    std::optional<QDate> fundingDate;
    int openRoles = 0; // hiring signal: open job posts seen recently
    QStringList techStack; // technologies detected at the account
    bool existingCustomer = false;
    bool competitor = false;

    bool operator==(const Account &) const = default;
};

} // namespace sal::core
