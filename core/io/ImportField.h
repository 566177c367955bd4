#pragma once

#include "domain/Lead.h"
#include "io/ImportValueParser.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace sal::core {

// How an import reads its cells: the profile's number style, date formats and time zone.
struct ImportSettings
{
    ImportValueParser::NumberStyle numbers;
    QStringList dateFormats;
    QTimeZone zone = QTimeZone::utc();
};

// One lead field an import can fill, named as mapping profiles and the JSON Lines schema name it
// ("contact.email", "account.employees"). The table of them is the one place that knows how a cell
// becomes part of a Lead and how an imported value replaces the stored one.
class ImportField
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ImportField)

public:
    enum class Type { Text, Email, Domain, DateTime, Integer, Money, Boolean, Score, Structured };

    static const QList<ImportField> &all();
    static std::optional<ImportField> find(const QString &name);
    static QStringList names(); // the names a CSV column can map to (Structured ones are JSON only)

    const QString &name() const { return m_name; }
    Type type() const { return m_type; }

    // Parses `text` and stores it in `lead`; false (and `why`) when the text is not a valid value.
    bool assign(const QString &text, const ImportSettings &settings, Lead &lead, QString *why) const;
    // Copies this field from an imported lead onto a stored one (re-import, merge).
    void copy(const Lead &from, Lead &to) const { m_copy(from, to); }

private:
    using Setter = void (*)(Lead &, const QVariant &);
    using Copier = void (*)(const Lead &, Lead &);
    ImportField(const char *name, Type type, Setter setter, Copier copier);

    QString m_name;
    Type m_type = Type::Text;
    Setter m_set = nullptr;
    Copier m_copy = nullptr;
};

} // namespace sal::core
