#pragma once

#include "bench/BenchFigure.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace sal::core {

// The figures of one benchmark run, printed as an aligned table (people) or JSON (scripts), with
// notes that say how to read them (machine load, what a reference includes).
class BenchTable
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::BenchTable)

public:
    void add(const BenchFigure &figure) { m_figures << figure; }
    void add(const QList<BenchFigure> &figures) { m_figures << figures; }
    void addNote(const QString &note) { m_notes << note; }
    void addFailure(const QString &failure) { m_failures << failure; } // a benchmark that could not run

    const QList<BenchFigure> &figures() const { return m_figures; }
    const QStringList &notes() const { return m_notes; }
    const QStringList &failures() const { return m_failures; }

    QString text() const;
    QJsonObject json() const;

    static QString number(double value); // "12.3", "4567" (C locale: no group separator)

private:
    QList<BenchFigure> m_figures;
    QStringList m_notes;
    QStringList m_failures;
};

} // namespace sal::core
