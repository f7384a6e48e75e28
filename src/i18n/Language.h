#pragma once

// The language of the program's words (docs/translations.md). The source strings are Chinese, the program's first
// language; translations/trainplan_en.ts gives the English. The GUI and trainplan-cli choose a language once, at
// start: --lang, else (GUI only) the choice in 设置 → 界面, else the system's language.

#include <QString>
#include <QStringList>

class QDate;
class QLocale;
class QSettings;

namespace tp::i18n {

// The languages the program speaks, as --lang and the setting spell them: "zh_CN" (the source) and "en".
QStringList availableLanguages();
// The language's own name, for the choice in 设置: "中文（简体）", "English".
QString nativeName(const QString& language);
// "zh_CN", "en" for the spellings people type (zh, zh-CN, zh_Hans_CN, en_US, EN); empty when the program does
// not speak it.
QString normalized(const QString& language);

// The value of --lang NAME or --lang=NAME among a program's arguments (the program's name not included), read
// before any QCommandLineParser exists, since the parser's own help texts are already in the chosen language.
// Empty when there is none; `*given` tells whether the option was there at all (with an empty or missing value).
QString languageArgument(const QStringList& arguments, bool* given = nullptr);

// The system's language as the program speaks it: Chinese for a Chinese locale and for the plain C/POSIX locale
// (a machine nobody set up for a language gets the program's own language), English for any other language (the
// one translation a reader of any other language can most likely follow).
QString systemLanguage(const QLocale& locale);
QString systemLanguage();

// The clerk's choice in 设置 → 界面 ("" when it follows the system).
QString settingsKey();
QString savedLanguage(const QSettings& settings);

// Installs the translators of `language` (one of availableLanguages()) into the running QCoreApplication: the
// program's catalogue (embedded, :/i18n/trainplan_LANG.qm) and Qt's own (qtbase_LANG from
// QLibraryInfo::TranslationsPath, for the buttons and dialogs Qt draws). Returns false when the program's
// catalogue is missing; Qt's is optional (not every system installs it).
bool install(const QString& language);

// The language install() installed; "zh_CN" before (the tests, and a program that chose none).
QString current();
// The locale of the words a window writes out itself — weekday and month names, dates in words: Chinese or
// English with the program's language. Numbers and the dates of the data keep their own formats.
QLocale locale();
// A date as the program's words write it: "2026年12月2日" in Chinese, "Dec 2, 2026" in English (the one format of
// a date shown in a window's text or a table cell; an entry field and a file keep ISO dates). Empty for an invalid
// date.
QString dateText(const QDate& date);

} // namespace tp::i18n
