// Issue 15, the help in the program: F1 opens the guide's page for the current tab in the help window (the guide
// shipped as resources, in the language of the program), every link and picture of the guide resolves to a shipped
// resource, 返回/前进 work, and the plan table's rule columns answer 这是什么 (Shift+F1) with their rule and source.
#include "AttendanceDialog.h"
#include "ColumnHelp.h"
#include "DialogHelp.h"
#include "Guide.h"
#include "HelpMenu.h"
#include "HelpWindow.h"
#include "ImportReportDialog.h"
#include "MainWindow.h"
#include "PlanFileReader.h"
#include "PlanImportService.h"
#include "PlanTableModel.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "UnitEditorDialog.h"

#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTranslator>
#include <QWhatsThis>
#include <QtTest>

using namespace tp;

namespace {

// An English user interface, as far as the guide can tell: the main window's first tab is called "Plan".
class EnglishTabs : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (QByteArrayView(context) == "tp::MainWindow" && QString::fromUtf8(source) == QStringLiteral("计划表"))
            return QStringLiteral("Plan");
        return QString();
    }
    bool isEmpty() const override { return false; }
};

QString resourcePath(const QUrl& url)
{
    return QLatin1Char(':') + url.path();
}

// Every page of the guide shipped in the program (both languages).
QStringList shippedPages()
{
    QStringList pages;
    QDirIterator it(
        QStringLiteral(":/docs/guide"), { QStringLiteral("*.md") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        pages << it.next();
    pages.sort();
    return pages;
}

} // namespace

class HelpTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;

    QTabWidget* tabs() const { return m_window->findChild<QTabWidget*>(QStringLiteral("centralTabs")); }
    HelpWindow* helpWindow() const { return m_window->findChild<HelpWindow*>(QStringLiteral("helpWindow")); }
    QAction* action(const char* name) const { return m_window->findChild<QAction*>(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::isolateSettings(m_dir.filePath(QStringLiteral("settings"))));
        guide::initResources();
    }

    void init()
    {
        guide::clearLanguage();
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        ImportRequest request;
        request.path = test::dataPath("liangping-2021-plan.csv");
        request.district = QStringLiteral("梁平区");
        request.year = 2021;
        QVERIFY(PlanImportService(**m_db).importFile(request).ok());
        m_window = std::make_unique<MainWindow>(m_db->shared());
        QVERIFY(m_window->openPlan(QStringLiteral("梁平区"), 2021));
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
        guide::clearLanguage();
    }

    void f1OnEachTabOpensItsPageOfTheGuide()
    {
        const struct {
            QString tab, page, heading;
        } expected[] = {
            { QStringLiteral("计划表"), QStringLiteral("plan.md"), QStringLiteral("编制年度计划") },
            { QStringLiteral("日历"), QStringLiteral("deadlines.md"), QStringLiteral("截止日期与节假日") },
            { QStringLiteral("参训名单"), QStringLiteral("enrollment.md"), QStringLiteral("报名与名额") },
            { QStringLiteral("教师与学分"), QStringLiteral("credits.md"), QStringLiteral("学分查询与统计") },
        };
        QCOMPARE(tabs()->count(), int(std::size(expected)));
        for (int i = 0; i < tabs()->count(); ++i) {
            QCOMPARE(tabs()->tabText(i), expected[i].tab);
            tabs()->setCurrentIndex(i);
            QTest::keyClick(m_window.get(), Qt::Key_F1);
            HelpWindow* help = helpWindow();
            QVERIFY2(help && help->isVisible(), qPrintable(expected[i].tab));
            QCOMPARE(help->currentPage(), QUrl(QStringLiteral("qrc:/docs/guide/") + expected[i].page));
            // The page itself is shown, its title first: not an empty browser over a missing resource.
            const QString text = help->browser()->toPlainText();
            QVERIFY2(text.startsWith(expected[i].heading), qPrintable(text.left(80)));
        }
        // One help window, raised again rather than a new one for each F1.
        QCOMPARE(m_window->findChildren<HelpWindow*>().size(), 1);
    }

    void theHelpMenuHasTheGuideAndWhatsThis()
    {
        QAction* guide = action("actionUserGuide");
        QVERIFY(guide);
        QCOMPARE(guide->text(), QStringLiteral("用户指南(&G)"));
        QCOMPARE(guide->shortcut(), QKeySequence(Qt::Key_F1));
        QAction* whatsThis = action("actionWhatsThis");
        QVERIFY(whatsThis);
        QCOMPARE(whatsThis->text(), QStringLiteral("这是什么(&W)"));
        QCOMPARE(whatsThis->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F1));
        QTest::keyClick(m_window.get(), Qt::Key_F1, Qt::ShiftModifier);
        QVERIFY(QWhatsThis::inWhatsThisMode());
        QWhatsThis::leaveWhatsThisMode();
    }

    void everyLinkAndPictureOfTheGuideIsShipped()
    {
        const QStringList pages = shippedPages();
        QVERIFY2(pages.size() >= 24, qPrintable(pages.join(QLatin1Char(' ')))); // 12 pages in each language
        GuideBrowser browser;
        int links = 0;
        QStringList broken;
        for (const QString& page : pages) {
            const QUrl url(QStringLiteral("qrc") + page);
            browser.setSource(url);
            QVERIFY2(!browser.toPlainText().isEmpty(), qPrintable(page));
            // What Qt made of the markdown: the anchors a user clicks and the pictures it loads.
            for (QTextBlock block = browser.document()->begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    const QTextCharFormat format = it.fragment().charFormat();
                    QString target;
                    if (format.isImageFormat())
                        target = format.toImageFormat().name();
                    else if (format.isAnchor())
                        target = format.anchorHref();
                    if (target.isEmpty())
                        continue;
                    const QUrl resolved = url.resolved(QUrl(target));
                    if (resolved.scheme() == QLatin1String("http") || resolved.scheme() == QLatin1String("https"))
                        continue;
                    ++links;
                    if (resolved.scheme() != QLatin1String("qrc") || !QFile::exists(resourcePath(resolved)))
                        broken << page + QStringLiteral(" → ") + target;
                    else if (format.isImageFormat()
                        && browser.loadResource(QTextDocument::ImageResource, resolved).value<QImage>().isNull())
                        broken << page + QStringLiteral(" → ") + target + QStringLiteral(" (not a picture)");
                }
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
        // No markdown shows through as text (an escaped table pipe in a code span stays "\|" in Qt's reader).
        for (const QString& page : pages) {
            browser.setSource(QUrl(QStringLiteral("qrc") + page));
            QVERIFY2(!browser.toPlainText().contains(QStringLiteral("\\|")), qPrintable(page));
        }
        QVERIFY2(links > 100, qPrintable(QString::number(links)));
    }

    void everyFileOfTheGuideIsShippedAndEveryPageIsInBothLanguages()
    {
        // A page or picture added to docs/guide/ but not to src/gui/help/guide.qrc would be missing in the program.
        const QDir source(QStringLiteral(TRAINPLAN_SOURCE_DIR "/docs/guide"));
        QVERIFY(source.exists());
        QStringList missing;
        QDirIterator it(source.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString relative = source.relativeFilePath(it.next());
            if (!QFile::exists(QStringLiteral(":/docs/guide/") + relative))
                missing << relative;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
        for (const QString& page : source.entryList({ QStringLiteral("*.md") }, QDir::Files))
            QVERIFY2(QFile::exists(QStringLiteral(":/docs/guide/en/") + page), qPrintable(page));
    }

    void theEnglishPagesShowTheProgramInEnglish()
    {
        // The English pages show the pictures of docs/guide/en/images/ (the program in English, made by
        // scripts/screenshots-guide.sh --lang en), never the Chinese ones; each has its Chinese twin of the same name.
        const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
        int pictures = 0;
        const QDir english(QStringLiteral(":/docs/guide/en"));
        for (const QString& page : english.entryList({ QStringLiteral("*.md") }, QDir::Files)) {
            QFile file(english.filePath(page));
            QVERIFY(file.open(QIODevice::ReadOnly));
            auto it = image.globalMatch(QString::fromUtf8(file.readAll()));
            while (it.hasNext()) {
                const QString link = it.next().captured(1);
                ++pictures;
                const QString where = page + QStringLiteral(": ") + link;
                QVERIFY2(link.startsWith(QStringLiteral("images/")), qPrintable(where));
                QVERIFY2(QFile::exists(english.filePath(link)), qPrintable(where));
                QVERIFY2(QFile::exists(QStringLiteral(":/docs/guide/") + link), qPrintable(where));
            }
        }
        QVERIFY2(pictures >= 20, qPrintable(QString::number(pictures)));
    }

    void theGuideNamesEveryCommandOfTheCommandLine()
    {
        // Every command `trainplan-cli help` lists is on the guide's command-line page (in both languages), in a line
        // holding all its words ("plan approve" in "plan submit|approve|return …").
        QProcess cli;
        cli.start(QStringLiteral(TRAINPLAN_CLI), { QStringLiteral("help") });
        QVERIFY(cli.waitForFinished(30000));
        const QStringList usage
            = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError()).split(QLatin1Char('\n'));
        QStringList commands;
        for (const QString& line : usage) {
            if (!line.startsWith(QStringLiteral("  trainplan-cli ")))
                continue;
            QStringList words;
            for (const QString& word : line.mid(16).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (!QRegularExpression(QStringLiteral("^[a-z]+$")).match(word).hasMatch())
                    break;
                words << word;
            }
            if (!words.isEmpty())
                commands << words.join(QLatin1Char(' '));
        }
        QVERIFY2(commands.size() >= 40, qPrintable(commands.join(QStringLiteral(", "))));
        for (const char* page : { ":/docs/guide/cli.md", ":/docs/guide/en/cli.md" }) {
            QFile file(QString::fromLatin1(page));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (const QString& command : std::as_const(commands)) {
                const QStringList words = command.split(QLatin1Char(' '));
                const bool named = std::any_of(lines.begin(), lines.end(), [&words](const QString& line) {
                    const QStringList tokens = line.split(QRegularExpression(QStringLiteral("[^a-z]+")));
                    return std::all_of(
                        words.begin(), words.end(), [&tokens](const QString& w) { return tokens.contains(w); });
                });
                QVERIFY2(named, qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(page), command)));
            }
        }
    }

    void backAndForwardRetraceTheLinksFollowed()
    {
        tabs()->setCurrentIndex(0);
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        HelpWindow* help = helpWindow();
        QVERIFY(help);
        QAction* back = help->findChild<QAction*>(QStringLiteral("actionHelpBack"));
        QAction* forward = help->findChild<QAction*>(QStringLiteral("actionHelpForward"));
        QVERIFY(back && forward);
        QVERIFY(!back->isEnabled());
        // A link of plan.md, followed as a click does.
        help->browser()->setSource(help->currentPage().resolved(QUrl(QStringLiteral("import.md"))));
        QCOMPARE(help->currentPage(), QUrl(QStringLiteral("qrc:/docs/guide/import.md")));
        QVERIFY(help->browser()->toPlainText().startsWith(QStringLiteral("导入往年计划表")));
        QVERIFY(back->isEnabled());
        back->trigger();
        QCOMPARE(help->currentPage(), QUrl(QStringLiteral("qrc:/docs/guide/plan.md")));
        QVERIFY(forward->isEnabled());
        forward->trigger();
        QCOMPARE(help->currentPage(), QUrl(QStringLiteral("qrc:/docs/guide/import.md")));
        help->findChild<QAction*>(QStringLiteral("actionHelpHome"))->trigger();
        QCOMPARE(help->currentPage(), QUrl(QStringLiteral("qrc:/docs/guide/README.md")));
    }

    void f1InADialogOpensItsPageAtItsHeading()
    {
        // A modal dialog blocks the main window (and its F1): F1 in the dialog opens a help window of its own.
        UnitEditorDialog units(**m_db, m_window.get());
        units.setWindowModality(Qt::ApplicationModal);
        units.show();
        QVERIFY(QTest::qWaitForWindowExposed(&units));
        units.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&units));
        QTest::keyClick(&units, Qt::Key_F1);
        auto* help = units.findChild<HelpWindow*>(QStringLiteral("helpWindow"));
        QVERIFY(help);
        QVERIFY(help->isVisible());
        QCOMPARE(help->currentPage(), QUrl(QStringLiteral("qrc:/docs/guide/approval.md")));
        // Scrolled to 单位名录: the cursor sits on that heading, and the view no longer shows the page's top.
        QCOMPARE(help->browser()->textCursor().block().text(), QStringLiteral("单位名录"));
        QVERIFY(help->browser()->verticalScrollBar()->value() > 0);
        QCOMPARE(help->parentWidget(), &units); // the dialog's own, not the main window's (blocked by the dialog)
        units.close(); // the next dialogs are not blocked by it

        ImportReport report;
        ImportReportDialog imported(report, ImportReportDialog::Mode::Done, m_window.get());
        imported.show();
        QVERIFY(QTest::qWaitForWindowExposed(&imported));
        imported.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&imported));
        QTest::keyClick(&imported, Qt::Key_F1);
        help = imported.findChild<HelpWindow*>(QStringLiteral("helpWindow"));
        QVERIFY(help);
        QCOMPARE(help->currentPage(), QUrl(QStringLiteral("qrc:/docs/guide/import.md")));

        AttendanceDialog attendance(QStringLiteral("张三"), {}, QDate(2021, 5, 20), 3.0, m_window.get());
        attendance.show();
        QVERIFY(QTest::qWaitForWindowExposed(&attendance));
        attendance.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&attendance));
        QTest::keyClick(&attendance, Qt::Key_F1);
        help = attendance.findChild<HelpWindow*>(QStringLiteral("helpWindow"));
        QVERIFY(help);
        QCOMPARE(help->currentPage(), QUrl(QStringLiteral("qrc:/docs/guide/attendance.md")));
        QCOMPARE(help->browser()->textCursor().block().text(), QStringLiteral("报到、结业、缺勤"));
    }

    void everyDialogHasF1AndItsHeadingIsInBothGuides()
    {
        // Every dialog of the program names its page (one help::bindF1 line in its constructor), and the heading it
        // names is found in the Chinese and the English page alike.
        const QRegularExpression dialogClass(QStringLiteral("class (\\w+Dialog) : public QDialog"));
        const QRegularExpression binding(QStringLiteral("help::bindF1\\(this, QStringLiteral\\(\"([^\"]+)\"\\)\\)"));
        QDirIterator it(QStringLiteral(TRAINPLAN_SOURCE_DIR "/src/gui"), { QStringLiteral("*Dialog.h") }, QDir::Files,
            QDirIterator::Subdirectories);
        QStringList missing;
        QStringList pages;
        int dialogs = 0;
        while (it.hasNext()) {
            const QString header = it.next();
            QFile h(header);
            QVERIFY(h.open(QIODevice::ReadOnly));
            if (!dialogClass.match(QString::fromUtf8(h.readAll())).hasMatch())
                continue;
            ++dialogs;
            QString sourcePath = header;
            sourcePath.replace(sourcePath.size() - 2, 2, QStringLiteral(".cpp"));
            QFile cpp(sourcePath);
            QVERIFY2(cpp.open(QIODevice::ReadOnly), qPrintable(sourcePath));
            const QRegularExpressionMatch m = binding.match(QString::fromUtf8(cpp.readAll()));
            if (!m.hasMatch())
                missing << QFileInfo(header).fileName();
            else
                pages << m.captured(1);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
        QVERIFY2(dialogs >= 19, qPrintable(QString::number(dialogs)));
        HelpWindow help;
        for (guide::Language language : { guide::Language::Chinese, guide::Language::English }) {
            guide::setLanguage(language);
            for (const QString& page : pages) {
                const qsizetype hash = page.indexOf(QLatin1Char('#'));
                const QString file = hash < 0 ? page : page.left(hash);
                help.showPage(file);
                QVERIFY2(!help.browser()->toPlainText().isEmpty(), qPrintable(page));
                if (hash >= 0)
                    QVERIFY2(help.browser()->scrollToHeading(page.mid(hash + 1)), qPrintable(page));
            }
        }
    }

    void noLinkInTheHelpWindowLeadsToAnEmptyPage()
    {
        // Every page shipped (the guide and the reference pages it links to), every link on it followed as a click
        // does: a page of the guide, or — for the repository's other files — a page saying where to find them.
        QStringList pages;
        QDirIterator it(
            QStringLiteral(":/docs"), { QStringLiteral("*.md") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            pages << it.next();
        QVERIFY2(pages.size() >= 30, qPrintable(pages.join(QLatin1Char(' '))));
        GuideBrowser browser;
        QStringList empty;
        int notShipped = 0;
        for (const QString& page : pages) {
            const QUrl url(QStringLiteral("qrc") + page);
            browser.setSource(url);
            QList<QUrl> targets;
            for (QTextBlock block = browser.document()->begin(); block.isValid(); block = block.next()) {
                for (auto f = block.begin(); !f.atEnd(); ++f) {
                    const QTextCharFormat format = f.fragment().charFormat();
                    if (format.isAnchor() && !format.anchorHref().isEmpty())
                        targets << url.resolved(QUrl(format.anchorHref()));
                    else if (format.isImageFormat()
                        && browser
                               .loadResource(
                                   QTextDocument::ImageResource, url.resolved(QUrl(format.toImageFormat().name())))
                               .value<QImage>()
                               .isNull())
                        empty << page + QStringLiteral(" → ") + format.toImageFormat().name();
                }
            }
            for (const QUrl& target : targets) {
                if (target.scheme() != QLatin1String("qrc"))
                    continue; // a web address opens in the system's browser
                GuideBrowser follow;
                follow.setSource(url);
                follow.setSource(target);
                const QString text = follow.toPlainText().trimmed();
                if (text.isEmpty())
                    empty << page + QStringLiteral(" → ") + target.toString();
                if (text.startsWith(QStringLiteral("此文档未随程序提供"))) {
                    ++notShipped;
                    QString path = target.path().mid(1);
                    QVERIFY2(text.contains(path), qPrintable(text));
                }
            }
        }
        QVERIFY2(empty.isEmpty(), qPrintable(empty.join(QLatin1Char('\n'))));
        QVERIFY(notShipped > 0); // docs/cli.md's link to docs/architecture.md, for one
        // The page says it in the program's language.
        const QString notShippedText = GuideBrowser::notShippedPage(QUrl(QStringLiteral("qrc:/docs/architecture.md")));
        QVERIFY(notShippedText.contains(QStringLiteral("docs/architecture.md")));
    }

    void anEnglishProgramShowsTheEnglishGuide()
    {
        EnglishTabs english;
        QVERIFY(QCoreApplication::installTranslator(&english));
        QCOMPARE(guide::language(), guide::Language::English);
        tabs()->setCurrentIndex(2);
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        QCoreApplication::removeTranslator(&english);
        HelpWindow* help = helpWindow();
        QVERIFY(help);
        QCOMPARE(help->currentPage(), QUrl(QStringLiteral("qrc:/docs/guide/en/enrollment.md")));
        QVERIFY2(help->browser()->toPlainText().startsWith(QStringLiteral("Enrolment and places")),
            qPrintable(help->browser()->toPlainText().left(80)));
        // --lang (or a setting) may choose the language outright.
        guide::setLanguage(guide::Language::Chinese);
        QCOMPARE(guide::pageUrl(QStringLiteral("plan.md")), QUrl(QStringLiteral("qrc:/docs/guide/plan.md")));
    }

    void aChinesePageReadsWithoutSpacesWhereItsSourceBreaksLines()
    {
        // Markdown turns a line break into a space, right between English words and wrong between Chinese ones.
        QCOMPARE(GuideBrowser::joinChineseLines(QStringLiteral("合计行随输入更新，\n每条规则边输入边检查。")),
            QStringLiteral("合计行随输入更新，每条规则边输入边检查。"));
        QCOMPARE(GuideBrowser::joinChineseLines(QStringLiteral("- 添加行、\n  插入行\n- 删除行")),
            QStringLiteral("- 添加行、插入行\n- 删除行"));
        const QString kept = QStringLiteral("English words\nstay apart\n\n| 列 | 说明 |\n|---|---|\n| 序号 | 自动 |\n"
                                            "```\n命令\n说明\n```");
        QCOMPARE(GuideBrowser::joinChineseLines(kept), kept);
        // In the window: no space between the two lines of plan.md's first paragraph.
        GuideBrowser browser;
        browser.setSource(guide::pageUrl(QStringLiteral("plan.md"), guide::Language::Chinese));
        QVERIFY2(browser.toPlainText().contains(QStringLiteral("边输入边检查。没有“保存”按钮")),
            qPrintable(browser.toPlainText().left(300)));
    }

    void theRuleColumnsSayWhichRuleAndWhereItComesFrom()
    {
        QTableView* view = m_window->planView();
        QHeaderView* header = view->horizontalHeader();
        const QAbstractItemModel* model = view->model();
        const struct {
            int column;
            const char* rule;
        } columns[] = {
            { PlanTableModel::PlanDueColumn, "R-LEAD" },
            { PlanTableModel::PlanDueColumn, "R-OUTCITY" },
            { PlanTableModel::StatusColumn, "R-CANCEL" },
            { PlanTableModel::StartColumn, "R-CHANGE" },
            { int(ProjectField::Duration), "R-TABLE" },
            { int(ProjectField::Organizers), "R-LEAD" },
            { int(ProjectField::Level), "R-CREDIT-DISTRICT" },
        };
        for (const auto& c : columns) {
            const QString whatsThis = model->headerData(c.column, Qt::Horizontal, Qt::WhatsThisRole).toString();
            QVERIFY2(whatsThis.contains(QLatin1String(c.rule)), qPrintable(whatsThis));
            QVERIFY2(whatsThis.contains(QStringLiteral("依据：")), qPrintable(whatsThis));
            const QString tip = model->headerData(c.column, Qt::Horizontal, Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(QStringLiteral("规则")), qPrintable(tip));
        }
        // The deadline columns name the document and its clause, and the number of the plan's rule set.
        const QString due
            = model->headerData(PlanTableModel::PlanDueColumn, Qt::Horizontal, Qt::WhatsThisRole).toString();
        QVERIFY2(due.contains(QStringLiteral("《2021年教师教育工作要点》")) && due.contains(QStringLiteral("二(一)"))
                && due.contains(QStringLiteral("开班前 15 个工作日")),
            qPrintable(due));
        QVERIFY(!model->headerData(PlanTableModel::StatusColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("seeds")));

        // Shift+F1, then a click on the 方案截止 header: the header shows the text (Qt's QWhatsThis popup).
        QVERIFY(!header->isSectionHidden(PlanTableModel::PlanDueColumn));
        const QPoint at(header->sectionViewportPosition(PlanTableModel::PlanDueColumn)
                + header->sectionSize(PlanTableModel::PlanDueColumn) / 2,
            header->height() / 2);
        QHelpEvent query(QEvent::QueryWhatsThis, at, header->viewport()->mapToGlobal(at));
        QVERIFY(QCoreApplication::sendEvent(header->viewport(), &query));
        QVERIFY(query.isAccepted());
        QHelpEvent show(QEvent::WhatsThis, at, header->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(header->viewport(), &show);
        QWidget* popup = nullptr;
        QTRY_VERIFY([&] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (QByteArrayView(w->metaObject()->className()) == "QWhatsThat" && w->isVisible())
                    popup = w;
            return popup != nullptr;
        }());
        QWhatsThis::hideText();
    }
};

QTEST_MAIN(HelpTest)
#include "test_help.moc"
