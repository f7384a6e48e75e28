#pragma once

// The user guide (docs/guide/) as it ships inside the program: Qt resources under qrc:/docs/ mirroring the repository's
// docs/ folder, so that the links between the pages (and to docs/rules.md, docs/cli.md …) work as they do on disk.
// The Chinese guide is docs/guide/*.md, the English one docs/guide/en/*.md, with the same file names.

#include <QString>
#include <QUrl>

namespace tp::guide {

enum class Language { Chinese, English };

// The guide's language: the one set by setLanguage (a --lang option may call it), otherwise the language the
// program's own words are shown in — English when an English translation of the user interface is installed.
Language language();
void setLanguage(Language language);
void clearLanguage(); // back to following the user interface

// qrc:/docs/guide/PAGE or qrc:/docs/guide/en/PAGE; PAGE is a file name such as "plan.md" (README.md: the index).
QUrl pageUrl(const QString& page, Language language);
QUrl pageUrl(const QString& page);

// The guide's page for a tab of the main window, by the tab's object name (planPage → plan.md …); the index for a
// tab the guide has no page for.
QString pageForTab(const QString& tabObjectName);

// Makes the guide's resources available (a static library's resources are registered explicitly).
void initResources();

} // namespace tp::guide
