#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace sal::core {

// The one source of chance in the demo workspace: a QRandomGenerator seeded by the caller, with the
// few draws the generator needs. The same seed gives the same sequence on every platform, so the
// same seed and "now" give the same workspace.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed)
        : m_generator(seed)
    { }

    int between(int lowest, int highest); // both ends included
    qint64 between(qint64 lowest, qint64 highest); // both ends included
    double unit(); // [0, 1)
    double between(double lowest, double highest); // [lowest, highest)
    bool chance(double probability);
    // An index drawn with the given (non-negative) weights.
    int weighted(const QList<double> &weights);
    // `length` characters of 0-9A-Za-z, as in CRM record ids.
    QString base62(int length);

    template<typename T> const T &pick(const QList<T> &items)
    {
        return items.at(between(0, int(items.size()) - 1));
    }

    template<typename T> void shuffle(QList<T> &items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, qsizetype(between(0, int(i))));
    }

private:
    QRandomGenerator m_generator;
};

} // namespace sal::core
