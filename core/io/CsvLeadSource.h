#pragma once

#include "io/CsvReader.h"
#include "io/LeadSource.h"
#include "io/MappingProfile.h"

#include <QCoreApplication>

namespace sal::core {

// Leads from a CRM's CSV export, read through a mapping profile. The first record is the header;
// empty trailing header cells are dropped, and so are empty trailing cells of a row.
class CsvLeadSource final : public LeadSource
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::CsvLeadSource)

public:
    CsvLeadSource(QIODevice &device, const QString &fileName, MappingProfile profile,
        TextEncoding encoding = TextEncoding::Utf8);

    // Reads the header; false (and fatal()) when it is missing or maps nothing.
    bool start();
    const QStringList &header() const { return m_header; }

    bool next(ImportRecord &record) override;
    const std::optional<Problem> &fatal() const override;
    qint64 bytesRead() const override { return m_reader.bytesRead(); }
    QString columnOf(const QString &field) const override;
    QByteArray rejectedHeader() const override;
    QByteArray rejectedRow(const ImportRecord &record, const Problems &problems) const override;

private:
    Problem problemAt(qint64 line, const QString &column, const QString &message) const;

    CsvReader m_reader;
    QString m_fileName;
    MappingProfile m_profile;
    QStringList m_header;
    QList<std::optional<ImportField>> m_fields; // per column
    std::optional<Problem> m_fatal;
};

} // namespace sal::core
