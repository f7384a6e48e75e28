// translations/trainplan_en.ts is what lupdate finds in the sources today, every message translated, and the
// translations keep what the program fills in (%1, %n), the keyboard accelerators and the markup.

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
};

QString keyOf(const Message& m)
{
    return m.context + QChar(4) + m.source + QChar(4) + m.comment;
}

QString describe(const Message& m)
{
    return QStringLiteral("  [%1] %2").arg(m.context, m.source);
}

// Every message of a .ts file; an unreadable file fails the test.
QList<Message> readTs(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message {};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

QString committedTs()
{
    return QStringLiteral(TRAINPLAN_TS_FILE);
}

QString joined(const QStringList& lines)
{
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// The test the lead reruns after every merge: lupdate over today's sources must find exactly the messages of the
// committed .ts. New or changed strings in the sources (not yet in the .ts) and messages the sources no longer
// have both fail, listed, with the command that refreshes the file.
TEST(Translations, TsFileMatchesTheSources)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh_en.ts"));
    QStringList arguments = QString::fromUtf8(TRAINPLAN_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    arguments << QStringLiteral("@" TRAINPLAN_LUPDATE_SOURCES) << QStringLiteral("-ts") << fresh;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(TRAINPLAN_LUPDATE), arguments);
    ASSERT_TRUE(lupdate.waitForFinished(300000)) << "lupdate did not finish";
    const QString output = QString::fromUtf8(lupdate.readAll());
    ASSERT_EQ(lupdate.exitCode(), 0) << output.toStdString();
    // lupdate names a tr() it cannot place in a context ("Cannot invoke tr() like this", "lacks Q_OBJECT"):
    // such a message would never be translated.
    QStringList warnings;
    for (const QString& line : output.split(QLatin1Char('\n')))
        if (line.contains(QLatin1String("Q_OBJECT")) || line.contains(QLatin1String("Cannot invoke"))
            || line.contains(QLatin1String("tr()")))
            warnings << line;
    EXPECT_TRUE(warnings.isEmpty()) << "lupdate cannot place these in a translation context:\n"
                                    << joined(warnings).toStdString();

    QMap<QString, Message> inSources;
    for (const Message& m : readTs(fresh))
        inSources.insert(keyOf(m), m);
    QMap<QString, Message> inTs;
    for (const Message& m : readTs(committedTs()))
        inTs.insert(keyOf(m), m);
    ASSERT_FALSE(inSources.isEmpty()) << "lupdate found no messages: " << output.toStdString();

    QStringList added;
    for (const Message& m : inSources)
        if (!inTs.contains(keyOf(m)))
            added << describe(m);
    QStringList gone;
    for (const Message& m : inTs)
        if (!inSources.contains(keyOf(m)))
            gone << describe(m);
    const char* refresh = "refresh it with scripts/update-translations.sh, then translate (docs/translations.md)";
    EXPECT_TRUE(added.isEmpty()) << added.size() << " strings of the sources are not in translations/trainplan_en.ts; "
                                 << refresh << ":\n"
                                 << joined(added).toStdString();
    EXPECT_TRUE(gone.isEmpty()) << gone.size() << " messages of translations/trainplan_en.ts are no longer in the "
                                << "sources; " << refresh << ":\n"
                                << joined(gone).toStdString();
}

TEST(Translations, EveryMessageIsTranslated)
{
    const QList<Message> messages = readTs(committedTs());
    ASSERT_GT(messages.size(), 1000);
    QStringList unfinished;
    for (const Message& m : messages) {
        bool empty = m.translations.isEmpty();
        for (const QString& t : m.translations)
            empty = empty || (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty());
        if (!m.type.isEmpty() || empty)
            unfinished << describe(m) + (m.type.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.type));
    }
    EXPECT_TRUE(unfinished.isEmpty()) << unfinished.size() << " messages are not translated:\n"
                                      << joined(unfinished).toStdString();
}

// What the program fills into a message (%1…%99, %n) must all be in its translation, or a number or a name would
// vanish from the English; an accelerator (&F) must stay one; the markup (<b>, <br>) must stay.
TEST(Translations, KeepPlaceholdersAcceleratorsAndMarkup)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d{1,2}|n)"));
    static const QRegularExpression accelerator(QStringLiteral("&[^&\\s;]"));
    static const QRegularExpression tag(QStringLiteral("<(/?[a-zA-Z]+)[^>]*>"));
    const auto all = [](const QRegularExpression& re, const QString& text) {
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found << it.next().captured(1);
        return found;
    };
    QStringList problems;
    for (const Message& m : readTs(committedTs())) {
        if (m.numerus && m.translations.size() != 2)
            problems << describe(m)
                    + QStringLiteral(": English needs 2 plural forms, has %1").arg(m.translations.size());
        const QStringList sourceFound = all(placeholder, m.source);
        const QSet<QString> sourcePlaceholders(sourceFound.begin(), sourceFound.end());
        QStringList sourceTags = all(tag, m.source);
        sourceTags.sort();
        const bool sourceAccelerator = m.source.contains(accelerator);
        for (const QString& t : m.translations) {
            const QStringList found = all(placeholder, t);
            if (QSet<QString>(found.begin(), found.end()) != sourcePlaceholders)
                problems << describe(m) + QStringLiteral(" → %1: placeholders differ").arg(t);
            QStringList tags = all(tag, t);
            tags.sort();
            if (tags != sourceTags)
                problems << describe(m) + QStringLiteral(" → %1: markup differs").arg(t);
            if (sourceAccelerator != t.contains(accelerator))
                problems << describe(m) + QStringLiteral(" → %1: keyboard accelerator (&) differs").arg(t);
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << joined(problems).toStdString();
}
