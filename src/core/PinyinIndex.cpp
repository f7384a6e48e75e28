#include "PinyinIndex.h"

#include <QHash>
#include <QStringList>
#include <algorithm>
#include <unicode/coll.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace tp {

namespace {

icu::UnicodeString toIcu(const QString& s)
{
    return icu::UnicodeString(reinterpret_cast<const UChar*>(s.utf16()), int32_t(s.size()));
}

QString fromIcu(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

// Transliterators are expensive to create and not thread-safe: one per thread.
icu::Transliterator* hanToAscii()
{
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> tr(icu::Transliterator::createInstance(
            icu::UnicodeString("Han-Latin; Latin-ASCII; Lower", -1, US_INV), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            tr.reset();
        return tr;
    }();
    return t.get();
}

bool hasHan(const QString& text)
{
    for (QChar c : text)
        if (c.script() == QChar::Script_Han)
            return true;
    return false;
}

} // namespace

PinyinKey pinyinKey(const QString& text)
{
    PinyinKey key;
    key.folded = text.toCaseFolded();
    key.folded.remove(QLatin1Char(' '));
    if (!hasHan(text)) {
        key.full = key.folded;
        key.initials = key.folded;
        for (QChar c : key.folded)
            key.syllables << QString(c);
        return key;
    }
    icu::Transliterator* t = hanToAscii();
    if (!t)
        return key;
    // Transliterate character by character so every Han character gives one syllable, and initials
    // can be taken from each. Non-Han runs (digits, Latin) pass through as they are.
    QString full;
    QString initials;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            continue;
        if (c.script() != QChar::Script_Han) {
            const QChar lower = c.toLower();
            full += lower;
            initials += lower;
            key.syllables << QString(lower);
            continue;
        }
        // Each character is transliterated once per thread (a city's 100,000 names use a few thousand
        // characters; ICU's rule matching was most of a teacher list import).
        thread_local QHash<char16_t, QString> syllables;
        auto known = syllables.constFind(c.unicode());
        if (known == syllables.constEnd()) {
            icu::UnicodeString u = toIcu(QString(c));
            t->transliterate(u);
            QString transliterated = fromIcu(u).trimmed();
            transliterated.remove(QLatin1Char(' '));
            known = syllables.insert(c.unicode(), transliterated);
        }
        const QString& syllable = *known;
        if (syllable.isEmpty())
            continue;
        full += syllable;
        initials += syllable.at(0);
        key.syllables << syllable;
    }
    key.full = full;
    key.initials = initials;
    return key;
}

QString normalizePinyinQuery(const QString& query)
{
    QString q = query.toCaseFolded();
    q.remove(QLatin1Char(' '));
    q.remove(QChar(0x3000));
    return q;
}

namespace {
// Does q[pos..] run over syllables[i..], each consumed syllable matched by a non-empty prefix of it?
bool matchSyllables(const QStringList& syllables, qsizetype i, const QString& q, qsizetype pos)
{
    if (pos == q.size())
        return true;
    if (i == syllables.size())
        return false;
    const QString& syl = syllables.at(i);
    const qsizetype maxLen = std::min(syl.size(), q.size() - pos);
    for (qsizetype len = maxLen; len >= 1; --len) {
        if (QStringView(syl).left(len) == QStringView(q).mid(pos, len)
            && matchSyllables(syllables, i + 1, q, pos + len))
            return true;
    }
    return false;
}
} // namespace

bool pinyinMatchesNormalized(const PinyinKey& key, const QString& q)
{
    if (q.isEmpty())
        return true;
    if (key.folded.contains(q) || key.full.contains(q) || key.initials.contains(q))
        return true;
    if (!q.at(0).isLetter())
        return false;
    for (qsizetype i = 0; i < key.syllables.size(); ++i)
        if (key.syllables.at(i).startsWith(q.at(0)) && matchSyllables(key.syllables, i, q, 0))
            return true;
    return false;
}

bool pinyinMatches(const PinyinKey& key, const QString& query)
{
    return pinyinMatchesNormalized(key, normalizePinyinQuery(query));
}

struct PinyinCollator::Impl {
    std::unique_ptr<icu::Collator> collator;
};

PinyinCollator::PinyinCollator()
    : d(std::make_unique<Impl>())
{
    UErrorCode status = U_ZERO_ERROR;
    d->collator.reset(icu::Collator::createInstance(icu::Locale("zh@collation=pinyin"), status));
    if (U_FAILURE(status))
        d->collator.reset();
}

PinyinCollator::~PinyinCollator() = default;

int PinyinCollator::compare(const QString& a, const QString& b) const
{
    if (!d->collator)
        return QString::compare(a, b);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult r = d->collator->compare(reinterpret_cast<const UChar*>(a.utf16()), int32_t(a.size()),
        reinterpret_cast<const UChar*>(b.utf16()), int32_t(b.size()), status);
    return r == UCOL_LESS ? -1 : (r == UCOL_GREATER ? 1 : 0);
}

QByteArray PinyinCollator::sortKey(const QString& text) const
{
    if (!d->collator)
        return text.toUtf8();
    const icu::UnicodeString u = toIcu(text);
    QByteArray key(int(text.size()) * 4 + 16, Qt::Uninitialized);
    int32_t n = d->collator->getSortKey(u, reinterpret_cast<uint8_t*>(key.data()), int32_t(key.size()));
    if (n > key.size()) {
        key.resize(n);
        n = d->collator->getSortKey(u, reinterpret_cast<uint8_t*>(key.data()), int32_t(key.size()));
    }
    key.resize(n > 0 ? n - 1 : 0); // drop the terminating zero
    return key;
}

} // namespace tp
