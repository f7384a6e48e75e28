#pragma once

// 用户指南: the guide's pages in a window of the program (no browser needed). A QTextBrowser shows the markdown
// shipped as resources (Guide.h), with its pictures fitted to the window, links between the pages, and 返回/前进/目录.

#include <QTextBrowser>
#include <QWidget>

class QAction;

namespace tp {

class GuideBrowser : public QTextBrowser {
    Q_OBJECT

public:
    explicit GuideBrowser(QWidget* parent = nullptr);

    // Pictures wider than this are scaled down to it (the screenshots are taken at 1440 px).
    static constexpr int kMaxImageWidth = 820;

    QVariant loadResource(int type, const QUrl& name) override;

    // A line break inside a Chinese paragraph is no space: markdown makes one of it (as between English words), so
    // the lines of a paragraph that break between two Chinese characters are joined before Qt reads the page.
    static QString joinChineseLines(const QString& markdown);

    // Scrolls to the heading (##, ###) of the page shown that is HEADING in the Chinese guide: the English pages have
    // the same headings in the same order, so the Chinese heading names the place in either language. False if the
    // page has no such heading.
    bool scrollToHeading(const QString& heading);

    // What a link to a page or picture the program does not ship shows (e.g. docs/architecture.md from
    // docs/cli.md): a page saying where to find it, not an empty page or a broken picture.
    static QString notShippedPage(const QUrl& name);
};

class HelpWindow : public QWidget {
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // Shows PAGE ("plan.md", or "approval.md#取消项目" scrolled to that heading) of the guide in the language of the
    // program (guide::language()).
    void showPage(const QString& page);
    QUrl currentPage() const;
    GuideBrowser* browser() const { return m_browser; }

private:
    GuideBrowser* m_browser;
    QAction* m_back;
    QAction* m_forward;
};

} // namespace tp
