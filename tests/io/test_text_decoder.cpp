// TextDecoder: the encodings Excel/WPS save CSV in on Chinese Windows, and a clear error for the rest.

#include "TestHelpers.h"
#include "TextDecoder.h"

using namespace tptest;
using tp::TextDecoder;

namespace {

QString withLf(QString s)
{
    return s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

TEST(TextDecoder, Utf8WithoutBom)
{
    const auto d = TextDecoder::decode(q("序号,培训项目\n1,办公室工作培训\n").toUtf8());
    ASSERT_TRUE(d.ok()) << show(d.error().toString());
    EXPECT_EQ(d->encoding, q("UTF-8"));
    EXPECT_FALSE(d->hadBom);
    EXPECT_EQ(d->text, q("序号,培训项目\n1,办公室工作培训\n"));
}

TEST(TextDecoder, Utf8WithBomDropsTheBom)
{
    const auto d = TextDecoder::decode(QByteArray("\xEF\xBB\xBF") + q("序号").toUtf8());
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->encoding, q("UTF-8"));
    EXPECT_TRUE(d->hadBom);
    EXPECT_EQ(d->text, q("序号"));
}

TEST(TextDecoder, Gb18030FixtureIsDetectedAndGivesTheSameText)
{
    const QByteArray gb = readData("liangping-2021-plan.gb18030.csv");
    const QByteArray utf8 = readData("liangping-2021-plan.csv");
    ASSERT_FALSE(gb.isEmpty());
    ASSERT_FALSE(utf8.isEmpty());
    EXPECT_GE(TextDecoder::firstInvalidUtf8(gb), 0) << "the fixture must not be valid UTF-8";
    const auto d = TextDecoder::decode(gb, q("liangping-2021-plan.gb18030.csv"));
    ASSERT_TRUE(d.ok()) << show(d.error().toString());
    EXPECT_EQ(d->encoding, q("GB18030"));
    EXPECT_GT(d->confidence, 0) << "chosen by ICU's detector, not only by the fallback";
    EXPECT_EQ(withLf(d->text), withLf(QString::fromUtf8(utf8)));
}

TEST(TextDecoder, ShortGbkTextIsStillGb18030)
{
    // A single short line, where detectors are least sure.
    const QByteArray gbk("\xD0\xF2\xBA\xC5,\xC5\xE0\xD1\xB5\xCF\xEE\xC4\xBF\r\n"); // 序号,培训项目 in GBK
    const auto d = TextDecoder::decode(gbk);
    ASSERT_TRUE(d.ok()) << show(d.error().toString());
    EXPECT_EQ(d->encoding, q("GB18030"));
    EXPECT_EQ(d->text, q("序号,培训项目\r\n"));
}

TEST(TextDecoder, GivenEncodingIsUsed)
{
    const QByteArray gbk("\xD0\xF2\xBA\xC5");
    const auto d = TextDecoder::decode(gbk, QString(), q("GBK"));
    ASSERT_TRUE(d.ok()) << show(d.error().toString());
    EXPECT_EQ(d->encoding, q("GBK"));
    EXPECT_EQ(d->text, q("序号"));
}

TEST(TextDecoder, Utf16WithBom)
{
    const QString text = q("序号\t培训项目\n");
    QByteArray bytes("\xFF\xFE");
    bytes += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const auto d = TextDecoder::decode(bytes);
    ASSERT_TRUE(d.ok()) << show(d.error().toString());
    EXPECT_EQ(d->encoding, q("UTF-16LE"));
    EXPECT_EQ(d->text, text);
}

TEST(TextDecoder, UndecodableBytesGiveAClearError)
{
    QByteArray bytes = q("序号,培训项目\n").toUtf8();
    bytes += QByteArray("1,\xFF\xFF\xFF\x80\n");
    const auto d = TextDecoder::decode(bytes, q("broken.csv"));
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().file, q("broken.csv"));
    EXPECT_TRUE(d.error().message.contains(q("第 2 行"))) << show(d.error().message);
    EXPECT_TRUE(d.error().message.contains(q("UTF-8"))) << show(d.error().message);
}

TEST(TextDecoder, BomButInvalidUtf8IsAnError)
{
    const auto d = TextDecoder::decode(QByteArray("\xEF\xBB\xBF"
                                                  "abc\xC0\x80"));
    ASSERT_FALSE(d.ok());
    EXPECT_TRUE(d.error().message.contains(q("UTF-8"))) << show(d.error().message);
}

TEST(TextDecoder, StrictUtf8Validation)
{
    const struct {
        QByteArray bytes;
        qsizetype firstInvalid;
    } cases[] = {
        { QByteArray("abc"), -1 }, { q("序号").toUtf8(), -1 }, { QByteArray("\xF0\x9F\x98\x80"), -1 }, // U+1F600
        { QByteArray("a\xC0\x80"), 1 }, // overlong NUL
        { QByteArray("a\xE0\x80\x80"), 1 }, // overlong
        { QByteArray("\xED\xA0\x80"), 0 }, // surrogate
        { QByteArray("\xF4\x90\x80\x80"), 0 }, // above U+10FFFF
        { QByteArray("ab\xE5\xBA"), 2 }, // truncated
        { QByteArray("\x80"), 0 }, // lone continuation
        { QByteArray("\xD0\xF2\xBA\xC5"), 0 }, // GBK 序号
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.bytes.toHex().toStdString());
        EXPECT_EQ(TextDecoder::firstInvalidUtf8(c.bytes), c.firstInvalid);
    }
}

} // namespace
