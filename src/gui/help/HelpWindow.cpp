#include "HelpWindow.h"

#include "Guide.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QKeySequence>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
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

QString GuideBrowser::notShippedPage(const QUrl& name)
{
    QString path = name.path();
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return QStringLiteral("# %1\n\n%2\n\n%3\n")
        .arg(tr("此文档未随程序提供"),
            tr("“%1”是项目仓库里的文件，没有随程序一起提供。请在项目仓库中查看 "
               "%1（例如在项目的网页上，或向管理员索取）。")
                .arg(path),
            tr("点“返回”回到上一页。"));
}

namespace {

// The headings (##, ###; not the page's title) of a document, in order.
QList<QTextBlock> headings(const QTextDocument* document)
{
    QList<QTextBlock> found;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() >= 2)
            found << block;
    }
    return found;
}

} // namespace

bool GuideBrowser::scrollToHeading(const QString& heading)
{
    // Where HEADING is among the Chinese page's headings; the page shown (Chinese or English) has its headings in
    // the same order.
    const QString file = source().fileName();
    QFile chinese(QLatin1Char(':') + guide::pageUrl(file, guide::Language::Chinese).path());
    if (!chinese.open(QIODevice::ReadOnly))
        return false;
    QTextDocument original;
    original.setMarkdown(joinChineseLines(QString::fromUtf8(chinese.readAll())));
    const QList<QTextBlock> originalHeadings = headings(&original);
    qsizetype index = -1;
    for (qsizetype i = 0; i < originalHeadings.size() && index < 0; ++i) {
        if (originalHeadings[i].text().trimmed() == heading)
            index = i;
    }
    const QList<QTextBlock> shown = headings(document());
    if (index < 0 || index >= shown.size())
        return false;
    QTextCursor cursor(shown[index]);
    setTextCursor(cursor);
    // The heading at the top of the view, not just somewhere on screen.
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    ensureCursorVisible();
    return true;
}

QVariant GuideBrowser::loadResource(int type, const QUrl& name)
{
    QVariant resource = QTextBrowser::loadResource(type, name);
    // A link to a page the program does not ship (the reference pages link to the rest of the repository's docs).
    if (!resource.isValid() && name.scheme() == QLatin1String("qrc")) {
        if (type == QTextDocument::MarkdownResource)
            return notShippedPage(name);
        if (type == QTextDocument::HtmlResource)
            return QTextDocumentFragment::fromMarkdown(notShippedPage(name)).toHtml();
    }
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
    const qsizetype hash = page.indexOf(QLatin1Char('#'));
    const QUrl url = guide::pageUrl(hash < 0 ? page : page.left(hash));
    if (m_browser->source() != url)
        m_browser->setSource(url);
    if (hash >= 0)
        m_browser->scrollToHeading(page.mid(hash + 1));
}

QUrl HelpWindow::currentPage() const
{
    return m_browser->source();
}

} // namespace tp
