#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

namespace tp {

// Search keys of a Chinese name: the text itself (case-folded), its pinyin without tones ("liangpingqu")
// and its initials ("lpq"). Built with ICU's Han-Latin transliterator. Compute once per name and keep.
struct PinyinKey {
    QString folded;
    QString full; // "liangpingqu"
    QString initials; // "lpq"
    QStringList syllables; // "liang", "ping", "qu"; a non-Han character is a syllable of its own
};

PinyinKey pinyinKey(const QString& text);

// True when `query` (any case, spaces ignored) is a substring of the text or of its pinyin, or runs over
// consecutive syllables taking a prefix of each: "lpq", "liangping", "lipq", "梁平" all find 梁平区, and
// "zw", "zhw", "zhangw" find 张伟.
bool pinyinMatches(const PinyinKey& key, const QString& query);

// A normalised query for repeated matching (lower case, no spaces); pinyinMatches does this itself.
QString normalizePinyinQuery(const QString& query);
bool pinyinMatchesNormalized(const PinyinKey& key, const QString& normalizedQuery);

// Pinyin collation (ICU, zh@collation=pinyin): 安 < 北 < 梁 < 张. Not thread-safe; one per thread.
class PinyinCollator {
public:
    PinyinCollator();
    ~PinyinCollator();
    PinyinCollator(const PinyinCollator&) = delete;
    PinyinCollator& operator=(const PinyinCollator&) = delete;

    int compare(const QString& a, const QString& b) const;
    bool lessThan(const QString& a, const QString& b) const { return compare(a, b) < 0; }
    // A byte string whose memcmp order is the collation order: compute once, sort many times.
    QByteArray sortKey(const QString& text) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace tp
