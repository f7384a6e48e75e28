#include "Guide.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initGuideResources()
{
    Q_INIT_RESOURCE(guide);
}

namespace tp::guide {

namespace {
std::optional<Language> g_language;
}

Language language()
{
    if (g_language)
        return *g_language;
    // The guide follows the words on the screen: with an English translation installed, the main window's first tab
    // is not called 计划表 any more. (The system locale alone would give an English guide beside a Chinese program.)
    const QString planTab = QCoreApplication::translate("tp::MainWindow", "计划表");
    return planTab == QStringLiteral("计划表") ? Language::Chinese : Language::English;
}

void setLanguage(Language language)
{
    g_language = language;
}

void clearLanguage()
{
    g_language.reset();
}

QUrl pageUrl(const QString& page, Language language)
{
    const QString folder
        = language == Language::English ? QStringLiteral("/docs/guide/en/") : QStringLiteral("/docs/guide/");
    QUrl url;
    url.setScheme(QStringLiteral("qrc"));
    url.setPath(folder + (page.isEmpty() ? QStringLiteral("README.md") : page));
    return url;
}

QUrl pageUrl(const QString& page)
{
    return pageUrl(page, language());
}

QString pageForTab(const QString& tabObjectName)
{
    static const QHash<QString, QString> pages {
        { QStringLiteral("planPage"), QStringLiteral("plan.md") },
        { QStringLiteral("calendarPage"), QStringLiteral("deadlines.md") },
        { QStringLiteral("rosterPage"), QStringLiteral("enrollment.md") },
        { QStringLiteral("teacherListPage"), QStringLiteral("credits.md") },
    };
    return pages.value(tabObjectName, QStringLiteral("README.md"));
}

void initResources()
{
    static const bool done = [] {
        initGuideResources();
        return true;
    }();
    (void)done;
}

} // namespace tp::guide
