#pragma once

// The language of the screenshot tools (plan_screenshots, roster_screenshot, ledger_screenshots, guide_screenshots):
// TRAINPLAN_SCREENSHOT_LANG=en (scripts/screenshots-guide.sh --lang en) renders the program as a reader of English
// sees it — the program's catalogue and Qt's own words in English, the data (Chinese names) as they are. Unset or
// zh_CN: the program's own language.

#include "Language.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace tp::test {

// Installs the language TRAINPLAN_SCREENSHOT_LANG names (after the QApplication exists); returns it ("zh_CN",
// "en"), or an empty string when it names a language the program does not speak (reported).
inline QString installScreenshotLanguage()
{
    const QString asked = qEnvironmentVariable("TRAINPLAN_SCREENSHOT_LANG");
    if (asked.isEmpty())
        return QStringLiteral("zh_CN");
    const QString language = i18n::normalized(asked);
    if (language.isEmpty() || !i18n::install(language)) {
        qCritical("TRAINPLAN_SCREENSHOT_LANG=%s: no such language (zh_CN, en)", qPrintable(asked));
        return QString();
    }
    return language;
}

} // namespace tp::test
