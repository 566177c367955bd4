#include "demo/DemoNames.h"

namespace sal::core {

namespace {
QStringList utf8List(std::initializer_list<const char *> items)
{
    QStringList list;
    list.reserve(qsizetype(items.size()));
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

QList<DemoTitle> titles(std::initializer_list<std::pair<const char *, Seniority>> items)
{
    QList<DemoTitle> list;
    for (const auto &[title, seniority] : items)
        list << DemoTitle { QString::fromUtf8(title), seniority };
    return list;
}

QString languageOf(const QString &country)
{
    static const QStringList german = utf8List({ "DE", "AT", "CH" });
    static const QStringList french = utf8List({ "FR", "BE" });
    static const QStringList nordic = utf8List({ "SE", "DK", "NO", "FI" });
    static const QStringList latin = utf8List({ "ES", "MX", "AR", "CL", "BR" });
    if (german.contains(country))
        return QStringLiteral("de");
    if (french.contains(country))
        return QStringLiteral("fr");
    if (nordic.contains(country))
        return QStringLiteral("nordic");
    if (latin.contains(country))
        return QStringLiteral("es");
    if (country == QLatin1String("NL"))
        return QStringLiteral("nl");
    if (country == QLatin1String("IT"))
        return QStringLiteral("it");
    if (country == QLatin1String("PL"))
        return QStringLiteral("pl");
    if (country == QLatin1String("IN") || country == QLatin1String("SG") || country == QLatin1String("JP"))
        return QStringLiteral("asia");
    return QStringLiteral("en");
}

// The list for the country's language, or `fallback` (English) when there is none.
const QStringList &forLanguage(const QString &country,
    std::initializer_list<std::pair<const char *, const QStringList *>> lists, const QStringList &fallback)
{
    const QString language = languageOf(country);
    for (const auto &[name, list] : lists) {
        if (language == QLatin1String(name))
            return *list;
    }
    return fallback;
}
} // namespace

QStringList DemoNames::firstNames(const QString &country)
{
    static const QStringList en = utf8List({ "James", "Olivia", "Michael", "Emma", "David", "Ava", "Daniel",
        "Sophia", "Chris", "Mia", "Ryan", "Grace", "Kevin", "Chloe", "Brian", "Hannah", "Tyler", "Megan",
        "Jason", "Lauren", "Aisha", "Carlos", "Wei", "Fatima" });
    static const QStringList de
        = utf8List({ "Lukas", "Anna", "Jonas", "Lea", "Maximilian", "Laura", "Felix", "Julia", "Tobias",
            "Sarah", "Florian", "Katharina", "Matthias", "Jana", "Stefan", "Miriam", "Jürgen", "Sabine" });
    static const QStringList fr = utf8List({ "Louis", "Camille", "Hugo", "Léa", "Thomas", "Manon", "Nicolas",
        "Chloé", "Julien", "Inès", "Antoine", "Sophie", "Mathieu", "Élodie" });
    static const QStringList nordic = utf8List({ "Erik", "Astrid", "Lars", "Ingrid", "Johan", "Freja",
        "Mikael", "Sofie", "Anders", "Maja", "Henrik", "Linnea", "Mikko", "Aino" });
    static const QStringList es = utf8List({ "Javier", "Lucía", "Alejandro", "María", "Pablo", "Carmen",
        "Diego", "Valentina", "Mateo", "Isabel", "Joaquín", "Camila", "João", "Beatriz" });
    static const QStringList nl = utf8List({ "Daan", "Emma", "Sem", "Julia", "Bram", "Sanne", "Joris",
        "Fleur", "Thijs", "Lotte", "Ruben", "Anouk" });
    static const QStringList it = utf8List({ "Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara",
        "Matteo", "Sara", "Davide", "Elena", "Simone", "Martina" });
    static const QStringList pl = utf8List({ "Piotr", "Anna", "Krzysztof", "Katarzyna", "Tomasz", "Magdalena",
        "Paweł", "Agnieszka", "Michał", "Joanna" });
    static const QStringList asia = utf8List(
        { "Arjun", "Priya", "Wei Ling", "Hiroshi", "Yuki", "Rahul", "Mei", "Kenji", "Ananya", "Jun" });
    return forLanguage(country,
        { { "de", &de }, { "fr", &fr }, { "nordic", &nordic }, { "es", &es }, { "nl", &nl }, { "it", &it },
            { "pl", &pl }, { "asia", &asia } },
        en);
}

QStringList DemoNames::lastNames(const QString &country)
{
    static const QStringList en = utf8List(
        { "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
            "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker",
            "Young", "Nguyen", "Patel", "O'Brien", "Campbell", "Murphy", "Bennett", "Hughes" });
    static const QStringList de = utf8List({ "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
        "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Wolf", "Neumann", "Schwarz",
        "Zimmermann", "Krüger", "Hartmann" });
    static const QStringList fr = utf8List({ "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
        "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Fontaine" });
    static const QStringList nordic = utf8List({ "Andersson", "Johansson", "Karlsson", "Nilsson", "Hansen",
        "Johansen", "Nielsen", "Larsen", "Virtanen", "Korhonen", "Lindqvist", "Berg", "Dahl", "Holm" });
    static const QStringList es = utf8List({ "García", "Fernández", "González", "Rodríguez", "López",
        "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Silva", "Santos", "Herrera", "Vargas" });
    static const QStringList nl = utf8List({ "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk",
        "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos" });
    static const QStringList it = utf8List({ "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano",
        "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo" });
    static const QStringList pl = utf8List({ "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk",
        "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak" });
    static const QStringList asia = utf8List(
        { "Sharma", "Tan", "Lim", "Sato", "Suzuki", "Iyer", "Wong", "Takahashi", "Reddy", "Chen" });
    return forLanguage(country,
        { { "de", &de }, { "fr", &fr }, { "nordic", &nordic }, { "es", &es }, { "nl", &nl }, { "it", &it },
            { "pl", &pl }, { "asia", &asia } },
        en);
}

QStringList DemoNames::icpIndustries()
{
    return utf8List({ "Software", "Financial Services", "Healthcare", "Manufacturing", "Logistics", "Retail",
        "Professional Services" });
}

QList<double> DemoNames::icpIndustryWeights()
{
    return { 25, 15, 12, 14, 12, 10, 12 };
}

QStringList DemoNames::otherIndustries()
{
    return utf8List({ "Education", "Government", "Non-profit", "Hospitality", "Media", "Agriculture" });
}

QStringList DemoNames::companyStems()
{
    static const QStringList stems = utf8List({ "North", "Blue", "Harbor", "Summit", "Cedar", "Iron",
        "Silver", "Bright", "Pine", "Atlas", "Crescent", "Granite", "Maple", "Beacon", "Vertex", "Orchid",
        "Falcon", "Meridian", "Keystone", "Redwood", "Lakeside", "Sterling", "Nimbus", "Quantum", "Copper",
        "Evergreen", "Horizon", "Juniper", "Kestrel", "Lumen", "Northstar", "Oakridge", "Pioneer",
        "Riverbend", "Sapphire", "Tidewater", "Upland", "Westfield", "Clearwater", "Ironbridge" });
    return stems;
}

QStringList DemoNames::companyNouns(const QString &industry)
{
    if (industry == QLatin1String("Software"))
        return utf8List({ "Labs", "Systems", "Software", "Cloud", "Data", "Digital" });
    if (industry == QLatin1String("Financial Services"))
        return utf8List({ "Capital", "Financial", "Bank", "Insurance", "Wealth", "Credit Union" });
    if (industry == QLatin1String("Healthcare"))
        return utf8List({ "Health", "Medical", "Care", "Clinics", "Diagnostics", "Pharma" });
    if (industry == QLatin1String("Manufacturing"))
        return utf8List({ "Manufacturing", "Industries", "Components", "Works", "Precision", "Fabrication" });
    if (industry == QLatin1String("Logistics"))
        return utf8List({ "Logistics", "Freight", "Shipping", "Transport", "Supply Chain", "Distribution" });
    if (industry == QLatin1String("Retail"))
        return utf8List({ "Retail", "Stores", "Goods", "Outfitters", "Market", "Brands" });
    if (industry == QLatin1String("Professional Services"))
        return utf8List({ "Consulting", "Advisory", "Group", "Partners", "Associates", "Legal" });
    if (industry == QLatin1String("Education"))
        return utf8List({ "Academy", "College", "Learning", "School District" });
    if (industry == QLatin1String("Government"))
        return utf8List({ "County", "Municipal Services", "Transit Authority", "Public Works" });
    if (industry == QLatin1String("Non-profit"))
        return utf8List({ "Foundation", "Trust", "Alliance", "Relief" });
    if (industry == QLatin1String("Hospitality"))
        return utf8List({ "Hotels", "Resorts", "Hospitality", "Dining Group" });
    if (industry == QLatin1String("Media"))
        return utf8List({ "Media", "Studios", "Publishing", "Broadcasting" });
    return utf8List({ "Farms", "Agri", "Growers", "Produce" });
}

QString DemoNames::legalSuffix(const QString &country, int pick)
{
    QStringList options;
    if (country == QLatin1String("US"))
        options = utf8List({ "Inc.", "LLC", "Corp.", "Inc." });
    else if (country == QLatin1String("CA"))
        options = utf8List({ "Ltd.", "Inc." });
    else if (country == QLatin1String("GB") || country == QLatin1String("IE"))
        options = utf8List({ "Ltd", "plc", "Ltd" });
    else if (country == QLatin1String("DE") || country == QLatin1String("AT"))
        options = utf8List({ "GmbH", "AG", "GmbH & Co. KG" });
    else if (country == QLatin1String("CH"))
        options = utf8List({ "AG", "GmbH", "SA" });
    else if (country == QLatin1String("FR"))
        options = utf8List({ "SAS", "SA" });
    else if (country == QLatin1String("BE") || country == QLatin1String("NL"))
        options = utf8List({ "B.V.", "N.V." });
    else if (country == QLatin1String("SE"))
        options = utf8List({ "AB" });
    else if (country == QLatin1String("DK") || country == QLatin1String("NO"))
        options = utf8List({ "A/S", "AS" });
    else if (country == QLatin1String("FI"))
        options = utf8List({ "Oy" });
    else if (country == QLatin1String("ES"))
        options = utf8List({ "S.L.", "S.A." });
    else if (country == QLatin1String("IT"))
        options = utf8List({ "S.p.A.", "S.r.l." });
    else if (country == QLatin1String("PL"))
        options = utf8List({ "Sp. z o.o.", "S.A." });
    else if (country == QLatin1String("AU") || country == QLatin1String("SG"))
        options = utf8List({ "Pty Ltd", "Pte. Ltd." });
    else if (country == QLatin1String("BR"))
        options = utf8List({ "Ltda.", "S.A." });
    else if (country == QLatin1String("JP"))
        options = utf8List({ "K.K." });
    else
        options = utf8List({ "S.A.", "Ltd." });
    return options.at(pick % options.size());
}

QString DemoNames::topLevelDomain(const QString &country)
{
    if (country == QLatin1String("US") || country.isEmpty())
        return QStringLiteral("com");
    if (country == QLatin1String("GB"))
        return QStringLiteral("co.uk");
    if (country == QLatin1String("AU") || country == QLatin1String("BR") || country == QLatin1String("MX")
        || country == QLatin1String("AR"))
        return QStringLiteral("com.") + country.toLower();
    if (country == QLatin1String("JP"))
        return QStringLiteral("co.jp");
    if (country == QLatin1String("IN"))
        return QStringLiteral("co.in");
    return country.toLower();
}

QString DemoNames::dialingCode(const QString &country)
{
    static const QList<std::pair<const char *, const char *>> codes {
        { "US", "+1" },
        { "CA", "+1" },
        { "GB", "+44" },
        { "IE", "+353" },
        { "DE", "+49" },
        { "AT", "+43" },
        { "CH", "+41" },
        { "FR", "+33" },
        { "BE", "+32" },
        { "NL", "+31" },
        { "SE", "+46" },
        { "DK", "+45" },
        { "NO", "+47" },
        { "FI", "+358" },
        { "ES", "+34" },
        { "IT", "+39" },
        { "PL", "+48" },
        { "AU", "+61" },
        { "SG", "+65" },
        { "JP", "+81" },
        { "IN", "+91" },
        { "BR", "+55" },
        { "MX", "+52" },
        { "AR", "+54" },
        { "CL", "+56" },
    };
    for (const auto &[iso, code] : codes) {
        if (country == QLatin1String(iso))
            return QLatin1String(code);
    }
    return QStringLiteral("+1");
}

QString DemoNames::currency(const QString &country)
{
    static const QStringList euro = utf8List({ "IE", "DE", "AT", "FR", "BE", "NL", "FI", "ES", "IT" });
    if (euro.contains(country))
        return QStringLiteral("EUR");
    if (country == QLatin1String("GB"))
        return QStringLiteral("GBP");
    if (country == QLatin1String("CH"))
        return QStringLiteral("CHF");
    if (country == QLatin1String("SE"))
        return QStringLiteral("SEK");
    if (country == QLatin1String("DK"))
        return QStringLiteral("DKK");
    if (country == QLatin1String("NO"))
        return QStringLiteral("NOK");
    if (country == QLatin1String("PL"))
        return QStringLiteral("PLN");
    if (country == QLatin1String("CA"))
        return QStringLiteral("CAD");
    return QStringLiteral("USD");
}

double DemoNames::perUsd(const QString &currency)
{
    static const QList<std::pair<const char *, double>> rates { { "EUR", 0.92 }, { "GBP", 0.79 },
        { "CHF", 0.88 }, { "SEK", 10.5 }, { "DKK", 6.9 }, { "NOK", 10.8 }, { "PLN", 4.0 }, { "CAD", 1.36 } };
    for (const auto &[code, rate] : rates) {
        if (currency == QLatin1String(code))
            return rate;
    }
    return 1.0;
}

QStringList DemoNames::statesOf(const QString &country)
{
    if (country == QLatin1String("US"))
        return utf8List({ "CA", "NY", "TX", "MA", "IL", "WA", "GA", "FL", "CO", "NC", "NJ", "PA", "OH", "MN",
            "VA", "AZ", "OR", "TN", "MI", "UT" });
    if (country == QLatin1String("CA"))
        return utf8List({ "ON", "BC", "QC", "AB", "NS" });
    return {};
}

QStringList DemoNames::competitors()
{
    return utf8List({ "Flowstack", "Processly", "Routewise", "Approvio", "Taskgrid" });
}

QList<DemoTitle> DemoNames::buyerTitles(const QString &segment)
{
    if (segment == QLatin1String("smb"))
        return titles({ { "Founder & CEO", Seniority::Owner },
            { "Chief Operating Officer", Seniority::CLevel }, { "Head of Operations", Seniority::Director },
            { "Operations Manager", Seniority::Manager }, { "IT Manager", Seniority::Manager },
            { "Finance Manager", Seniority::Manager }, { "General Manager", Seniority::Director } });
    if (segment == QLatin1String("mid"))
        return titles({ { "VP of Operations", Seniority::VicePresident },
            { "Director of IT", Seniority::Director }, { "Head of Revenue Operations", Seniority::Director },
            { "Finance Director", Seniority::Director },
            { "Director of Business Systems", Seniority::Director },
            { "Head of Procurement", Seniority::Director }, { "IT Manager", Seniority::Manager },
            { "Chief Financial Officer", Seniority::CLevel } });
    return titles({ { "Chief Information Officer", Seniority::CLevel },
        { "VP of Enterprise Applications", Seniority::VicePresident },
        { "Director of Process Excellence", Seniority::Director },
        { "Head of Shared Services", Seniority::Director },
        { "Senior Manager, IT Operations", Seniority::Manager },
        { "VP Finance Transformation", Seniority::VicePresident },
        { "Director, Digital Workplace", Seniority::Director } });
}

QList<DemoTitle> DemoNames::nonBuyerTitles()
{
    return titles({ { "Marketing Intern", Seniority::Individual }, { "Student", Seniority::Individual },
        { "Graduate Student", Seniority::Individual }, { "Junior Designer", Seniority::Individual },
        { "Sales Development Representative", Seniority::Individual },
        { "Freelance Writer", Seniority::Individual }, { "Executive Assistant", Seniority::Individual },
        { "Recruiter", Seniority::Individual } });
}

QList<DemoTitle> DemoNames::noAuthorityTitles()
{
    return titles({ { "Operations Analyst", Seniority::Individual },
        { "IT Support Specialist", Seniority::Individual }, { "Business Analyst", Seniority::Individual },
        { "Systems Administrator", Seniority::Individual }, { "Project Coordinator", Seniority::Individual },
        { "Junior Accountant", Seniority::Individual }, { "Process Engineer", Seniority::Individual } });
}

QString DemoNames::asciiSlug(const QString &text, QChar separator)
{
    // Letters that do not decompose into a base letter and an accent.
    QString folded = text.toLower();
    folded.replace(QChar(0x0142), QLatin1Char('l')).replace(QChar(0x00F8), QLatin1Char('o'));
    folded.replace(QChar(0x00E6), QLatin1String("ae")).replace(QChar(0x00DF), QLatin1String("ss"));
    const QString decomposed = folded.normalized(QString::NormalizationForm_KD);
    QString slug;
    slug.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if ((c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('&'))
            && !separator.isNull() && !slug.isEmpty() && !slug.endsWith(separator))
            slug += separator;
    }
    while (!separator.isNull() && slug.endsWith(separator))
        slug.chop(1);
    return slug;
}

} // namespace sal::core
