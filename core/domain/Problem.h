#pragma once

#include <QList>
#include <QString>

namespace sal::core {

// One thing wrong with user input, with as much of its location as is known: a policy file and
// its JSON path, an import file and its line, or a form field. Every layer reports problems this
// way so the CLI, the UI and the importer can show them the same way.
struct Problem
{
    QString file; // source file, empty for form input
    int line = 0; // 1-based line in `file`, 0 when unknown
    QString path; // JSON path ("$.reasons[2].category") or CSV column
    QString field; // form field id ("reason_text")
    QString message; // translated, human readable

    static Problem forField(const QString &fieldId, const QString &text)
    {
        return Problem { {}, 0, {}, fieldId, text };
    }
    static Problem at(const QString &fileName, const QString &jsonPath, const QString &text)
    {
        return Problem { fileName, 0, jsonPath, {}, text };
    }

    // "file:line: path: message", leaving out the parts that are unknown.
    QString toString() const;

    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

QString joinProblems(const Problems &problems);

} // namespace sal::core
