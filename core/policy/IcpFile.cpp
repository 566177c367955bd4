#include "policy/IcpFile.h"

namespace sal::core {

IcpDefinition IcpFile::read(const QJsonObject &root, JsonReader &reader)
{
    const QString top = QStringLiteral("$");
    reader.rejectUnknownKeys(root, top, { QStringLiteral("industries"), QStringLiteral("employees"),
                                          QStringLiteral("min_annual_revenue"), QStringLiteral("regions"),
                                          QStringLiteral("countries"), QStringLiteral("buying_seniorities"),
                                          QStringLiteral("buying_title_keywords") });
    IcpDefinition icp;
    icp.industries = reader.stringList(root, top, QStringLiteral("industries"));
    const QString employeesPath = JsonReader::child(top, QStringLiteral("employees"));
    const QJsonObject employees = reader.object(root, top, QStringLiteral("employees"), JsonReader::Need::Optional);
    reader.rejectUnknownKeys(employees, employeesPath, { QStringLiteral("min"), QStringLiteral("max") });
    icp.minEmployees = reader.integer(employees, employeesPath, QStringLiteral("min"), JsonReader::Need::Optional, 1,
                                      10'000'000);
    icp.maxEmployees = reader.integer(employees, employeesPath, QStringLiteral("max"), JsonReader::Need::Optional, 1,
                                      10'000'000);
    if (icp.minEmployees && icp.maxEmployees && *icp.minEmployees > *icp.maxEmployees)
        reader.error(employeesPath, tr("min is above max: no company could fit"));
    if (const auto revenue
        = reader.number(root, top, QStringLiteral("min_annual_revenue"), JsonReader::Need::Optional, 0, 1e15))
        icp.minAnnualRevenue = qint64(*revenue);
    icp.regions = reader.stringList(root, top, QStringLiteral("regions"));
    icp.countries = reader.stringList(root, top, QStringLiteral("countries"));

    const QString senioritiesPath = JsonReader::child(top, QStringLiteral("buying_seniorities"));
    const QStringList seniorities = reader.stringList(root, top, QStringLiteral("buying_seniorities"));
    for (qsizetype i = 0; i < seniorities.size(); ++i) {
        const Seniority s = seniorityFromString(seniorities[i]);
        if (s == Seniority::Unknown)
            reader.error(JsonReader::element(senioritiesPath, i),
                         tr("\"%1\" is not a seniority (individual, manager, director, vp, c_level, owner)")
                             .arg(seniorities[i]));
        else
            icp.buyingSeniorities << s;
    }
    icp.buyingTitleKeywords = reader.stringList(root, top, QStringLiteral("buying_title_keywords"));
    return icp;
}

} // namespace sal::core
