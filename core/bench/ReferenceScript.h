#pragma once

#include <QFile>
#include <QVariantList>

namespace sal::core {

// A script for a database shell (the reference side of a benchmark): statements with the values
// written as SQL literals. The values are the benchmark's own generated rows, never user data; the
// product itself binds every value.
class ReferenceScript
{
public:
    explicit ReferenceScript(const QString &path);
    bool isOpen() const { return m_file.isOpen(); }
    const QString &path() const { return m_path; }

    void line(const QString &text); // a statement or a shell command, as it is
    // "INSERT INTO table VALUES (literals…);"
    void insert(const QString &table, const QVariantList &values);
    void close() { m_file.close(); }

    static QString literal(const QVariant &value); // 'text' with quotes doubled, numbers, NULL

private:
    QString m_path;
    QFile m_file;
    QByteArray m_buffer;
};

} // namespace sal::core
