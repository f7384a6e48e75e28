#include "UnitMatching.h"

#include <QList>
#include <algorithm>
#include <utility>

namespace tp {

namespace {

// The longest common subsequence of two short names (unit names are a few dozen characters at most).
qsizetype commonInOrder(const QString& a, const QString& b)
{
    QList<qsizetype> previous(b.size() + 1, 0);
    QList<qsizetype> current(b.size() + 1, 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j)
            current[j] = a.at(i - 1) == b.at(j - 1) ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

double unitNameSimilarity(const QString& rawA, const QString& rawB)
{
    const QString a = rawA.trimmed();
    const QString b = rawB.trimmed();
    if (a.isEmpty() || b.isEmpty())
        return 0;
    if (a == b)
        return 1;
    const qsizetype common = commonInOrder(a, b);
    if (common < 2)
        return 0; // one character in common (区, 县, 校) says nothing
    double score = 2.0 * double(common) / double(a.size() + b.size());
    // 区进修校 in 区教师进修学校: every character of the shorter, in order — an abbreviation.
    if (common == std::min(a.size(), b.size()))
        score = std::max(score, 0.8);
    return score;
}

QStringList closeUnitNames(const QString& name, const QStringList& known, int max)
{
    QList<std::pair<double, QString>> scored;
    for (const QString& k : known) {
        const double s = unitNameSimilarity(name, k);
        if (s >= 0.5 && k.trimmed() != name.trimmed())
            scored << std::pair { s, k };
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    QStringList out;
    for (const auto& [score, k] : scored) {
        if (out.size() >= max)
            break;
        if (!out.contains(k))
            out << k;
    }
    return out;
}

} // namespace tp
