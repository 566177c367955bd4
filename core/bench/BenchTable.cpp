#include "bench/BenchTable.h"

#include <QJsonArray>
#include <QLocale>

namespace sal::core {

QString BenchTable::number(double value)
{
    const double magnitude = qAbs(value);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    return QLocale::c().toString(value, 'f', decimals);
}

namespace {
QString withUnit(double value, const QString &unit)
{
    return BenchTable::number(value) + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
}
} // namespace

QString BenchTable::text() const
{
    const QStringList header { tr("ITEM"), tr("FIGURE"), tr("OURS"), tr("REFERENCE"), tr("RATIO"),
        tr("TARGET"), tr("MET") };
    QList<QStringList> rows { header };
    for (const BenchFigure &f : m_figures) {
        const std::optional<double> ratio = f.ratio();
        const std::optional<bool> met = f.met();
        QString target;
        if (f.targetRatio)
            target = tr("≤ %1×").arg(number(*f.targetRatio));
        else if (f.targetValue)
            target = tr("≤ %1").arg(withUnit(*f.targetValue, f.unit));
        rows << QStringList { f.item, f.name, withUnit(f.ours, f.unit),
            f.reference
                ? withUnit(*f.reference, f.unit) + QStringLiteral(" (") + f.referenceLabel + QLatin1Char(')')
                : QString(),
            ratio ? number(*ratio) + QStringLiteral("×") : QString(), target,
            met ? (*met ? tr("yes") : tr("NO")) : QString() };
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    }
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c)
            cells << (c == 2 || c == 4 ? row.at(c).rightJustified(widths[c])
                                       : row.at(c).leftJustified(widths[c]));
        out += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    for (const QString &note : m_notes)
        out += QStringLiteral("* ") + note + QLatin1Char('\n');
    for (const QString &failure : m_failures)
        out += tr("FAILED: %1").arg(failure) + QLatin1Char('\n');
    return out;
}

QJsonObject BenchTable::json() const
{
    QJsonArray figures;
    for (const BenchFigure &f : m_figures) {
        QJsonObject o { { QStringLiteral("item"), f.item }, { QStringLiteral("figure"), f.name },
            { QStringLiteral("ours"), f.ours }, { QStringLiteral("unit"), f.unit } };
        if (f.reference) {
            o.insert(QStringLiteral("reference"), *f.reference);
            o.insert(QStringLiteral("reference_label"), f.referenceLabel);
        }
        if (const auto r = f.ratio())
            o.insert(QStringLiteral("ratio"), *r);
        if (f.targetRatio)
            o.insert(QStringLiteral("target_ratio"), *f.targetRatio);
        if (f.targetValue)
            o.insert(QStringLiteral("target_value"), *f.targetValue);
        if (const auto m = f.met())
            o.insert(QStringLiteral("met"), *m);
        figures.append(o);
    }
    return QJsonObject { { QStringLiteral("figures"), figures },
        { QStringLiteral("notes"), QJsonArray::fromStringList(m_notes) },
        { QStringLiteral("failures"), QJsonArray::fromStringList(m_failures) } };
}

} // namespace sal::core
