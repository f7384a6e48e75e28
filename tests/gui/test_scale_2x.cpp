// In the GUI at 2× (issue 14): a 1600×1000 screen at QT_SCALE_FACTOR=2 is 800×500 logical pixels. The main window's
// minimum fits it on every tab, and at that size every tab still shows its work: the plan table some rows, the
// calendar its months (scrolled), the roster and the teacher list their tables.
#include "CalendarView.h"
#include "MainWindow.h"
#include "PlanImportService.h"
#include "PlanTableModel.h"
#include "RosterPage.h"
#include "TeacherListPage.h"
#include "TestData.h"
#include "TestDatabase.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QtTest>

using namespace tp;

class Scale2xTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;

    QTabWidget* tabs() const { return m_window->findChild<QTabWidget*>(QStringLiteral("centralTabs")); }

    // The largest visible table of a page: the table that page is for.
    static QTableView* mainTable(QWidget* page)
    {
        QTableView* largest = nullptr;
        for (QTableView* view : page->findChildren<QTableView*>())
            if (view->isVisible() && (!largest || view->height() > largest->height()))
                largest = view;
        return largest;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::isolateSettings(m_dir.filePath(QStringLiteral("settings")))); }

    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        ImportRequest request;
        request.path = test::dataPath("liangping-2021-plan.csv");
        request.district = QStringLiteral("梁平区");
        request.year = 2021;
        QVERIFY(PlanImportService(**m_db).importFile(request).ok());
        m_window = std::make_unique<MainWindow>(m_db->shared());
        QVERIFY(m_window->openPlan(QStringLiteral("梁平区"), 2021));
        // The roster of a project with a long name, as a clerk sees it.
        QVERIFY(m_window->rosterPage()->selectProject(m_window->planModel()->projects().at(1).id));
        tabs()->setCurrentIndex(0);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void theScaleIsTwo() { QCOMPARE(m_window->devicePixelRatio(), 2.0); }

    void theWindowsMinimumFitsEightHundredByFiveHundredOnEveryTab()
    {
        // 1600×1000 at 2×, a taskbar of 40 physical pixels left aside: 800×480 logical.
        for (int i = 0; i < tabs()->count(); ++i) {
            tabs()->setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
            QVERIFY2(minimum.width() <= 800,
                qPrintable(QStringLiteral("%1: %2 px wide").arg(tabs()->tabText(i)).arg(minimum.width())));
            QVERIFY2(minimum.height() <= 480,
                qPrintable(QStringLiteral("%1: %2 px high").arg(tabs()->tabText(i)).arg(minimum.height())));
        }
    }

    void atEightHundredByFourHundredEightyEveryTabShowsItsTable()
    {
        m_window->resize(800, 480);
        QTest::qWait(50);
        QCOMPARE(m_window->size(), QSize(800, 480));
        for (int i = 0; i < tabs()->count(); ++i) {
            tabs()->setCurrentIndex(i);
            QTest::qWait(20);
            QWidget* page = tabs()->currentWidget();
            if (page->findChild<CalendarView*>()) {
                // The calendar scrolls: its months are there, the page is as wide as the window allows.
                QVERIFY(page->width() >= 760);
                continue;
            }
            QTableView* table = mainTable(page);
            QVERIFY2(table, qPrintable(tabs()->tabText(i)));
            // Several rows: a header and at least three rows of a table are the least a clerk can work with.
            const int rowHeight = std::max(20, table->verticalHeader()->defaultSectionSize());
            QVERIFY2(table->viewport()->height() >= 3 * rowHeight,
                qPrintable(
                    QStringLiteral("%1: table %2 px high").arg(tabs()->tabText(i)).arg(table->viewport()->height())));
            QVERIFY2(table->viewport()->width() >= 400,
                qPrintable(
                    QStringLiteral("%1: table %2 px wide").arg(tabs()->tabText(i)).arg(table->viewport()->width())));
        }
    }

    void theToolbarKeepsPrintPreviewReachable()
    {
        // Overflowing buttons go into the toolbar's » menu, not off the screen.
        m_window->resize(800, 480);
        QTest::qWait(50);
        auto* toolbar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(toolbar);
        QVERIFY(toolbar->geometry().right() <= m_window->width());
        auto* preview = m_window->findChild<QAction*>(QStringLiteral("actionPrintPreview"));
        QVERIFY(preview && toolbar->actions().contains(preview));
    }
};

QTEST_MAIN(Scale2xTest)
#include "test_scale_2x.moc"
