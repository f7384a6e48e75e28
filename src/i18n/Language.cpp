#include "Language.h"

#include <QCoreApplication>
#include <QDate>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace tp::i18n {

namespace {
// The translation context of this file's words.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::i18n::Language)
};

const QString kChinese = QStringLiteral("zh_CN");
const QString kEnglish = QStringLiteral("en");

QString& installed()
{
    static QString language = kChinese;
    return language;
}
} // namespace

QStringList availableLanguages()
{
    return { kChinese, kEnglish };
}

QString nativeName(const QString& language)
{
    const QString l = normalized(language);
    if (l == kChinese)
        return QStringLiteral("中文（简体）");
    if (l == kEnglish)
        return QStringLiteral("English");
    return language;
}

QString normalized(const QString& language)
{
    const QString l = language.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (l == QLatin1String("zh") || l == QLatin1String("zh_cn") || l == QLatin1String("zh_hans")
        || l == QLatin1String("zh_hans_cn"))
        return kChinese;
    if (l == QLatin1String("en") || l.startsWith(QLatin1String("en_")))
        return kEnglish;
    return {};
}

QString languageArgument(const QStringList& arguments, bool* given)
{
    if (given)
        *given = false;
    QString value;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang") || a == QLatin1String("-lang")) {
            if (given)
                *given = true;
            value = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
            ++i;
        } else if (a.startsWith(QLatin1String("--lang=")) || a.startsWith(QLatin1String("-lang="))) {
            if (given)
                *given = true;
            value = a.mid(a.indexOf(QLatin1Char('=')) + 1);
        }
    }
    return value;
}

QString systemLanguage(const QLocale& locale)
{
    switch (locale.language()) {
    case QLocale::C:
    case QLocale::Chinese:
        return kChinese;
    default:
        return kEnglish;
    }
}

QString systemLanguage()
{
    return systemLanguage(QLocale::system());
}

QString settingsKey()
{
    return QStringLiteral("ui/language");
}

QString savedLanguage(const QSettings& settings)
{
    return normalized(settings.value(settingsKey()).toString());
}

bool install(const QString& language)
{
    QCoreApplication* app = QCoreApplication::instance();
    const QString l = normalized(language);
    if (!app || l.isEmpty())
        return false;
    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(l), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    if (l == kChinese) {
        installed() = kChinese;
        return true; // the source strings are Chinese
    }
    auto* own = new QTranslator(app);
    if (!own->load(QStringLiteral(":/i18n/trainplan_%1.qm").arg(l))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    installed() = l;
    // On a Chinese system an English window would still name months and weekdays in Chinese (the calendar popups
    // take the default locale): those follow the language too.
    if (QLocale().language() == QLocale::Chinese)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return true;
}

QString current()
{
    return installed();
}

QLocale locale()
{
    return current() == kEnglish ? QLocale(QLocale::English, QLocale::UnitedStates)
                                 : QLocale(QLocale::Chinese, QLocale::China);
}

QString dateText(const QDate& date)
{
    return date.isValid() ? locale().toString(date, Text::tr("yyyy年M月d日")) : QString();
}

} // namespace tp::i18n
