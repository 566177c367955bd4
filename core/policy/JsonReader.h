#pragma once

#include "domain/Problem.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace sal::core {

// Reads typed values out of a JSON document while collecting every problem with its file and JSON
// path ("$.reasons[2].category"), so a policy author sees all mistakes at once.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::JsonReader)

public:
    explicit JsonReader(QString fileName);

    // The top-level object of a JSON file; a syntax error names the line and column.
    static Result<QJsonObject> parseFile(const QString &fileName);
    static Result<QJsonObject> parse(const QByteArray &bytes, const QString &fileName);

    const QString &fileName() const { return m_fileName; }
    const Problems &problems() const { return m_problems; }
    bool ok() const { return m_problems.isEmpty(); }
    void error(const QString &path, const QString &message);

    static QString child(const QString &path, const QString &key) { return path + QLatin1Char('.') + key; }
    static QString element(const QString &path, qsizetype index)
    {
        return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    }

    enum class Need { Required, Optional };

    std::optional<QString> string(const QJsonObject &o, const QString &path, const QString &key, Need need);
    std::optional<double> number(const QJsonObject &o, const QString &path, const QString &key, Need need,
                                 double min, double max);
    std::optional<int> integer(const QJsonObject &o, const QString &path, const QString &key, Need need, int min,
                               int max);
    bool boolean(const QJsonObject &o, const QString &path, const QString &key, bool fallback);
    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key, Need need);
    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key, Need need);
    // The objects of a list, each with its JSON path ("$.rules[2]"); an element that is not an
    // object is reported, and so is a required list that is empty.
    QList<std::pair<QString, QJsonObject>> objectList(const QJsonObject &o, const QString &path, const QString &key,
                                                      Need need);
    QStringList stringList(const QJsonObject &o, const QString &path, const QString &key);

    // Reports keys that are not in `known`: a misspelt key must not be silently ignored.
    void rejectUnknownKeys(const QJsonObject &o, const QString &path, const QStringList &known);

private:
    bool present(const QJsonObject &o, const QString &path, const QString &key, Need need);

    QString m_fileName;
    Problems m_problems;
};

} // namespace sal::core
