// Issue 9, points 3 and 9: text NFC-normalised with invisible characters stripped and control characters
// refused; numbers finite and within bounds per field; dates within a sane range.

#include "CellParsers.h"
#include "InputSanitizer.h"

#include <QString>
#include <gtest/gtest.h>

#include <limits>

using namespace tp;

namespace {
QString u(const char16_t* text)
{
    return QString::fromUtf16(text);
}
} // namespace

TEST(InputSanitizer, ZeroWidthAndBomAreStrippedSoTwoSpellingsAreOneName)
{
    // (QString::fromUtf16 would take a leading U+FEFF for a byte order mark: that one is put together by hand.)
    const QString bomFirst = QString(QChar(0xFEFF)) + u(u"杜文");
    for (const QString& hidden :
        { u(u"杜\u200B文"), bomFirst, u(u"杜文\u200D"), u(u"杜\u2060文"), u(u"\u202E杜文"), u(u"杜\uFEFF文") }) {
        const CleanText c = InputSanitizer::clean(hidden, TextShape::Line);
        EXPECT_EQ(c.text, u(u"杜文"));
        ASSERT_EQ(c.problems.size(), 1);
        EXPECT_FALSE(c.refused()) << "invisible characters are removed, with a finding";
        EXPECT_TRUE(c.describe().contains(QStringLiteral("U+"))) << c.describe().toStdString();
    }
}

TEST(InputSanitizer, ControlCharactersAreRefusedAndNamed)
{
    const struct {
        const char16_t* text;
        const char* codePoint;
    } cases[] = {
        { u"张\u0000三", "U+0000" },
        { u"\u001B[31m张三", "U+001B" },
        { u"张三\u007F", "U+007F" },
        { u"张\u0085三", "U+0085" },
        { u"张\u2028三", "U+2028" },
    };
    for (const auto& c : cases) {
        // u"张\u0000三" would end at the NUL: its three characters are given with their length.
        const QString text = QString::fromUtf16(c.text, std::char_traits<char16_t>::length(c.text) == 1 ? 3 : -1);
        const CleanText clean = InputSanitizer::clean(text, TextShape::Block);
        EXPECT_TRUE(clean.refused()) << c.codePoint;
        EXPECT_TRUE(clean.describe().contains(QString::fromLatin1(c.codePoint))) << clean.describe().toStdString();
        EXPECT_FALSE(clean.text.contains(QChar(0x1B)));
    }
}

TEST(InputSanitizer, LineBreaksAreTextInABlockButNotInAName)
{
    EXPECT_FALSE(InputSanitizer::clean(u(u"区教委\n社区学院"), TextShape::Block).refused());
    EXPECT_TRUE(InputSanitizer::clean(u(u"张\n三"), TextShape::Line).refused());
    EXPECT_TRUE(InputSanitizer::clean(u(u"张\t三"), TextShape::Line).refused());
}

TEST(InputSanitizer, TextIsNfcNormalised)
{
    // "é" as e + combining acute, and the Hangul jamo sequence: one form each after cleaning.
    const CleanText e = InputSanitizer::clean(u(u"Caf\u0065\u0301"));
    EXPECT_EQ(e.text, u(u"Caf\u00E9"));
    EXPECT_TRUE(e.changed);
    EXPECT_TRUE(e.problems.isEmpty());
}

TEST(InputSanitizer, ChineseCellsTakeTheFastPathAndKeepEveryCheck)
{
    // Ideographs and full-width forms alone: trimmed (the ideographic space too), nothing else changed.
    const CleanText plain = InputSanitizer::clean(u(u"\u3000第0001学校（２０２２） "));
    EXPECT_EQ(plain.text, u(u"第0001学校（２０２２）"));
    EXPECT_FALSE(plain.changed);
    EXPECT_TRUE(plain.problems.isEmpty());
    // The same text with what the fast path must not pass: an invisible character, a combining mark, a control.
    const CleanText hidden = InputSanitizer::clean(u(u"张\u200B三"));
    EXPECT_EQ(hidden.text, u(u"张三"));
    EXPECT_EQ(hidden.problems.size(), 1);
    const CleanText combined = InputSanitizer::clean(u(u"张e\u0301"));
    EXPECT_EQ(combined.text, u(u"张\u00E9"));
    EXPECT_TRUE(combined.changed);
    EXPECT_TRUE(InputSanitizer::clean(u(u"张\u0007三")).refused());
    EXPECT_TRUE(InputSanitizer::clean(QString(InputLimits::maxCellChars + 1, QChar(u'张'))).refused());
}

TEST(InputSanitizer, ACellLongerThanTheLimitIsRefused)
{
    const CleanText c = InputSanitizer::clean(QString(InputLimits::maxCellChars + 1, QLatin1Char('x')));
    EXPECT_TRUE(c.refused());
    EXPECT_TRUE(c.describe().contains(QString::number(InputLimits::maxCellChars)));
    EXPECT_FALSE(InputSanitizer::clean(QString(InputLimits::maxCellChars, QLatin1Char('x'))).refused());
}

TEST(InputSanitizer, PrintableShowsWhatATerminalWouldNot)
{
    const QString shown = InputSanitizer::printable(QStringLiteral("a\x1b[2Jb"));
    EXPECT_FALSE(shown.contains(QChar(0x1B)));
    EXPECT_TRUE(shown.contains(QStringLiteral("U+001B")));
    EXPECT_EQ(InputSanitizer::printable(QString(100, QLatin1Char('x')), 10).size(), 11); // ten and "…"
}

TEST(NumberInput, InfinityNanAndHugeNumbersAreRefusedPerField)
{
    for (const char* text : { "inf", "-inf", "nan", "NaN", "1e308", "1E5", "0x10", "99999999999999999999", "1,000", "",
             "  ", "3学分", "--1" }) {
        auto r = NumberInput::parse(QString::fromLatin1(text), NumberField::Credits);
        EXPECT_FALSE(r.ok()) << text;
        if (!r.ok()) {
            EXPECT_TRUE(r.error().message.contains(QStringLiteral("学分"))) << r.error().message.toStdString();
        }
    }
    EXPECT_FALSE(NumberInput::parse(QStringLiteral("-1"), NumberField::Hours).ok());
    EXPECT_FALSE(NumberInput::parse(QStringLiteral("501"), NumberField::Credits).ok());
    EXPECT_FALSE(NumberInput::parse(QStringLiteral("25"), NumberField::SessionHours).ok());
    EXPECT_FALSE(NumberInput::parse(QStringLiteral("999"), NumberField::Session).ok());
    EXPECT_FALSE(NumberInput::parse(QStringLiteral("1.5"), NumberField::Session).ok());
    EXPECT_FALSE(NumberInput::parse(QStringLiteral("367"), NumberField::Days).ok());
}

TEST(NumberInput, OrdinaryNumbersAsTypedAreRead)
{
    // Plain digits (the fast path) and the same values typed otherwise read alike; the bounds hold on both ways.
    EXPECT_EQ(NumberInput::parse(QStringLiteral("48"), NumberField::Hours).value(), 48.0);
    EXPECT_EQ(NumberInput::parse(QStringLiteral("0048"), NumberField::Hours).value(), 48.0);
    EXPECT_EQ(NumberInput::parse(QStringLiteral(" 48.0 "), NumberField::Hours).value(), 48.0);
    EXPECT_FALSE(NumberInput::parse(QStringLiteral("999999999999"), NumberField::Hours).ok());
    EXPECT_TRUE(NumberInput::parse(QStringLiteral("501"), NumberField::Credits)
                    .error()
                    .message.contains(QStringLiteral("501")));
    EXPECT_EQ(NumberInput::parse(QStringLiteral("2"), NumberField::Credits).value(), 2.0);
    EXPECT_EQ(NumberInput::parse(QStringLiteral(" 2.5 "), NumberField::Credits).value(), 2.5);
    EXPECT_EQ(NumberInput::parse(u(u"\uFF13"), NumberField::Credits).value(), 3.0); // full-width ３
    EXPECT_EQ(NumberInput::parse(QStringLiteral(".5"), NumberField::SessionHours).value(), 0.5);
    EXPECT_EQ(NumberInput::parse(QStringLiteral("12"), NumberField::Session).value(), 12.0);
    EXPECT_EQ(NumberInput::parse(QStringLiteral("0"), NumberField::Hours).value(), 0.0);
}

TEST(NumberInput, CheckRefusesWhatIsNotAFiniteNumberInBounds)
{
    EXPECT_FALSE(NumberInput::check(std::numeric_limits<double>::infinity(), NumberField::Credits).ok());
    EXPECT_FALSE(NumberInput::check(std::numeric_limits<double>::quiet_NaN(), NumberField::Hours).ok());
    EXPECT_FALSE(NumberInput::check(1e308, NumberField::Credits).ok());
    EXPECT_TRUE(NumberInput::check(20, NumberField::Credits).ok());
    EXPECT_FALSE(NumberInput::check(1948, NumberField::Year).ok());
}

TEST(DateInput, DatesOutsideTheSaneRangeOrTheGivenWindowAreRefused)
{
    EXPECT_FALSE(DateInput::check(QDate(9999, 12, 31)).ok());
    EXPECT_FALSE(DateInput::check(QDate()).ok());
    EXPECT_TRUE(DateInput::check(QDate(2021, 5, 1)).ok());
    EXPECT_FALSE(DateInput::check(QDate(2023, 1, 2), QDate(2020, 1, 1), QDate(2022, 12, 31)).ok());
    EXPECT_TRUE(DateInput::check(QDate(2022, 1, 2), QDate(2020, 1, 1), QDate(2022, 12, 31)).ok());
}

TEST(CellParsers, DurationsAndHeadcountsBeyondSaneBoundsAreErrorsNotTotals)
{
    // Issue 9: days "99999999999999999999" made the plan's total 1e20.
    const Duration days = parseDuration(QStringLiteral("99999999999999999999"));
    EXPECT_FALSE(days.isValid());
    EXPECT_EQ(days.value, 0);
    EXPECT_FALSE(parseDuration(QStringLiteral("400天")).isValid());
    EXPECT_TRUE(parseDuration(QStringLiteral("366")).isValid());
    EXPECT_FALSE(parseDuration(QStringLiteral("99999学时")).isValid());
    EXPECT_TRUE(parseDuration(QStringLiteral("300学时")).isValid());
    EXPECT_FALSE(parseHeadcount(QStringLiteral("2000000")).isValid());
    EXPECT_TRUE(parseHeadcount(QStringLiteral("14592")).isValid());
}
