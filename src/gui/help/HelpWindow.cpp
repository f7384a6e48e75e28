#include "HelpWindow.h"

#include "Guide.h"

#include <QAction>
#include <QImage>
#include <QKeySequence>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace tp {

GuideBrowser::GuideBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("guideBrowser"));
    // Links out of the guide (a web address) go to the system's browser; the guide's own stay here.
    setOpenExternalLinks(true);
}

namespace {

// Chinese characters and the full-width punctuation around them (、。，：；「」（）“” …).
bool isChinese(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x9FFF) || (u >= 0xFF00 && u <= 0xFFEF) || u == 0x201C || u == 0x201D || u == 0x2014
        || u == 0x2026;
}

} // namespace

QString GuideBrowser::joinChineseLines(const QString& markdown)
{
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QStringList joined;
    bool inCode = false;
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```"))) {
            inCode = !inCode;
            joined << line;
            continue;
        }
        // A continuation line of a paragraph or list item: it starts with a Chinese character, and so does not open
        // a list, a table row, a heading or a quote.
        if (!inCode && !joined.isEmpty() && !trimmed.isEmpty() && isChinese(trimmed.front())) {
            QString& previous = joined.last();
            const QString previousTrimmed = previous.trimmed();
            if (!previousTrimmed.isEmpty() && isChinese(previousTrimmed.back())
                && !previousTrimmed.startsWith(QLatin1Char('|')) && !previousTrimmed.startsWith(QLatin1Char('#'))) {
                while (!previous.isEmpty() && previous.back().isSpace())
                    previous.chop(1);
                previous += trimmed;
                continue;
            }
        }
        joined << line;
    }
    return joined.join(QLatin1Char('\n'));
}

QVariant GuideBrowser::loadResource(int type, const QUrl& name)
{
    QVariant resource = QTextBrowser::loadResource(type, name);
    if (type == QTextDocument::MarkdownResource && resource.isValid())
        return joinChineseLines(QString::fromUtf8(resource.toByteArray()));
    if (type != QTextDocument::ImageResource || !resource.isValid())
        return resource;
    QImage image;
    if (resource.canConvert<QImage>())
        image = resource.value<QImage>();
    else
        image.loadFromData(resource.toByteArray());
    if (image.isNull())
        return resource;
    return image.width() <= kMaxImageWidth ? image : image.scaledToWidth(kMaxImageWidth, Qt::SmoothTransformation);
}

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new GuideBrowser(this))
{
    guide::initResources();
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("TrainPlan 用户指南"));
    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QStyle* s = style();
    m_back = toolbar->addAction(s->standardIcon(QStyle::SP_ArrowBack), tr("返回"), m_browser, &QTextBrowser::backward);
    m_back->setObjectName(QStringLiteral("actionHelpBack"));
    m_back->setShortcuts(QKeySequence::Back);
    m_back->setEnabled(false);
    m_forward
        = toolbar->addAction(s->standardIcon(QStyle::SP_ArrowForward), tr("前进"), m_browser, &QTextBrowser::forward);
    m_forward->setObjectName(QStringLiteral("actionHelpForward"));
    m_forward->setShortcuts(QKeySequence::Forward);
    m_forward->setEnabled(false);
    QAction* home = toolbar->addAction(
        s->standardIcon(QStyle::SP_DirHomeIcon), tr("目录"), this, [this] { showPage(QStringLiteral("README.md")); });
    home->setObjectName(QStringLiteral("actionHelpHome"));
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_browser);
    resize(900, 760);
}

void HelpWindow::showPage(const QString& page)
{
    const QUrl url = guide::pageUrl(page);
    if (m_browser->source() != url)
        m_browser->setSource(url);
}

QUrl HelpWindow::currentPage() const
{
    return m_browser->source();
}

} // namespace tp
