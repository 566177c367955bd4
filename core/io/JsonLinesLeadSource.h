#pragma once

#include "io/LeadSource.h"

#include <QCoreApplication>

class QIODevice;

namespace sal::core {

// Leads from a JSON Lines file of our schema: one JSON object per line, UTF-8, blank lines skipped.
// Streams line by line; a line over 1 MiB stops the read (it is not a lead).
class JsonLinesLeadSource final : public LeadSource
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::JsonLinesLeadSource)

public:
    static constexpr qint64 kMaxLineBytes = 1024 * 1024;

    JsonLinesLeadSource(QIODevice &device, QString fileName);

    bool next(ImportRecord &record) override;
    const std::optional<Problem> &fatal() const override { return m_fatal; }
    qint64 bytesRead() const override { return m_consumed; }
    QString columnOf(const QString &field) const override;
    QByteArray rejectedHeader() const override { return {}; }
    QByteArray rejectedRow(const ImportRecord &record, const Problems &problems) const override;

private:
    QIODevice &m_device;
    QString m_fileName;
    qint64 m_line = 0;
    qint64 m_consumed = 0;
    std::optional<Problem> m_fatal;
};

} // namespace sal::core
