#include "Database.h"
#include "DialogAnswers.h"
#include "FindingsModel.h"
#include "MainWindow.h"
#include "PlanFilterProxyModel.h"
#include "PlanImportService.h"
#include "PlanRepository.h"
#include "PlanTableModel.h"
#include "RosterPage.h"
#include "TeacherListPage.h"
#include "TestData.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace tp;

class MainWindowTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_db; // a fresh one for every test function
    std::unique_ptr<MainWindow> m_window;

    PlanTableModel* model() const { return m_window->planModel(); }

    QString totalsText(ProjectField field) const
    {
        return model()->index(model()->totalsRow(), int(field)).data().toString();
    }

    QString storedText(int row, ProjectField field) const
    {
        PlanRepository repo(**m_db);
        auto p = repo.project(model()->projects().at(row).id);
        return p ? p->text(field) : QStringLiteral("<missing>");
    }

    QAction* action(const char* name) const
    {
        auto* a = m_window->findChild<QAction*>(QString::fromLatin1(name));
        Q_ASSERT(a);
        return a;
    }

    // Types into a cell the way a user does: select it, start editing, type, press Enter.
    void typeIntoCell(int sourceRow, ProjectField field, const QString& text)
    {
        QTableView* view = m_window->planView();
        const QModelIndex index = m_window->proxyModel()->mapFromSource(model()->index(sourceRow, int(field)));
        QVERIFY(index.isValid());
        view->setCurrentIndex(index);
        view->edit(index);
        auto* editor = qobject_cast<QLineEdit*>(view->indexWidget(index));
        QVERIFY2(editor, "a line editor opens on the cell");
        editor->selectAll();
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) {
            QTest::keyClicks(editor, text);
        } else { // Chinese arrives from the input method as a committed string
            QInputMethodEvent event;
            event.setCommitString(text);
            QApplication::sendEvent(editor, &event);
        }
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits and closes the editor queued
        QVERIFY(!view->indexWidget(index));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::isolateSettings(m_dir.filePath(QStringLiteral("settings")))); }

    void init()
    {
        // Every test function starts from the published 梁平 2021 plan, in a database of its own.
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        ImportRequest request;
        request.path = test::dataPath("liangping-2021-plan.csv");
        request.district = QStringLiteral("梁平区");
        request.year = 2021;
        auto report = PlanImportService(**m_db).importFile(request);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        m_window = std::make_unique<MainWindow>(m_db->shared());
        QVERIFY(m_window->openPlan(QStringLiteral("梁平区"), 2021));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void modelsPassTheModelTester()
    {
        QAbstractItemModelTester tableTester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            m_window->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester findingsTester(
            m_window->findingsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Exercise them while the testers watch: edit, insert, move, delete, filter, sort, undo all.
        QVERIFY(model()->setData(model()->index(0, int(ProjectField::Headcount)), QStringLiteral("271")));
        QVERIFY(model()->insertProjectAt(2));
        QVERIFY(model()->moveProject(2, 5));
        QVERIFY(model()->removeProjectAt(5));
        m_window->proxyModel()->setQuery(QStringLiteral("xxjs"));
        m_window->proxyModel()->sort(int(ProjectField::Headcount), Qt::DescendingOrder);
        m_window->proxyModel()->setQuery(QString());
        while (m_window->undoStack()->canUndo())
            m_window->undoStack()->undo();
        QCOMPARE(model()->projectCount(), 34);
        QCOMPARE(storedText(0, ProjectField::Headcount), QStringLiteral("270"));
    }

    void editingACellUpdatesDatabaseAndTotalsAndUndoRevertsBoth()
    {
        QCOMPARE(model()->projectCount(), 34);
        QCOMPARE(totalsText(ProjectField::Duration), QStringLiteral("98天+400学时"));
        QCOMPARE(totalsText(ProjectField::Headcount), QStringLiteral("14592"));

        typeIntoCell(0, ProjectField::Duration, QStringLiteral("10"));
        QCOMPARE(storedText(0, ProjectField::Duration), QStringLiteral("10"));
        QCOMPARE(totalsText(ProjectField::Duration), QStringLiteral("105天+400学时"));

        typeIntoCell(1, ProjectField::Headcount, QStringLiteral("全员"));
        QCOMPARE(storedText(1, ProjectField::Headcount), QStringLiteral("全员"));
        QCOMPARE(totalsText(ProjectField::Headcount), QStringLiteral("14487 + 全员×1"));

        action("actionUndo")->trigger();
        QCOMPARE(storedText(1, ProjectField::Headcount), QStringLiteral("105"));
        QCOMPARE(totalsText(ProjectField::Headcount), QStringLiteral("14592"));
        action("actionUndo")->trigger();
        QCOMPARE(storedText(0, ProjectField::Duration), QStringLiteral("3"));
        QCOMPARE(totalsText(ProjectField::Duration), QStringLiteral("98天+400学时"));

        action("actionRedo")->trigger();
        QCOMPARE(storedText(0, ProjectField::Duration), QStringLiteral("10"));
        action("actionUndo")->trigger();
        QCOMPARE(storedText(0, ProjectField::Duration), QStringLiteral("3"));
    }

    void textThatDoesNotParseIsKeptAndMarked()
    {
        typeIntoCell(3, ProjectField::Duration, QStringLiteral("两周"));
        QCOMPARE(storedText(3, ProjectField::Duration), QStringLiteral("两周"));
        const QModelIndex cell = model()->index(3, int(ProjectField::Duration));
        QCOMPARE(cell.data().toString(), QStringLiteral("两周"));
        QCOMPARE(cell.data(PlanTableModel::SeverityRole).toInt(), int(Severity::Error));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("两周")));
        // The row's days are no longer in the total (2 days less), never counted as 0 silently:
        QCOMPARE(totalsText(ProjectField::Duration), QStringLiteral("96天+400学时"));
        bool listed = false;
        for (const Finding& f : m_window->findingsModel()->findings())
            listed = listed || (f.seq == 4 && f.field == ProjectField::Duration && f.severity == Severity::Error);
        QVERIFY2(listed, "the findings panel lists the bad cell");
        action("actionUndo")->trigger();
        QCOMPARE(storedText(3, ProjectField::Duration), QStringLiteral("2"));
    }

    void rowsInsertDeleteAndMoveRenumberAndUndo()
    {
        const QString first = model()->projects().at(0).name;
        const QString second = model()->projects().at(1).name;
        QTableView* view = m_window->planView();
        view->setCurrentIndex(m_window->proxyModel()->mapFromSource(model()->index(0, 1)));
        action("actionMoveDown")->trigger();
        QCOMPARE(model()->projects().at(0).name, second);
        QCOMPARE(model()->projects().at(1).name, first);
        QCOMPARE(model()->projects().at(1).seq, 2);

        action("actionInsertRow")->trigger(); // above the current row (now row 1)
        QCOMPARE(model()->projectCount(), 35);
        QCOMPARE(model()->projects().at(1).name, QString());
        QCOMPARE(model()->projects().at(34).seq, 35);

        view->setCurrentIndex(m_window->proxyModel()->mapFromSource(model()->index(1, 1)));
        view->selectionModel()->select(view->currentIndex(), QItemSelectionModel::ClearAndSelect);
        QString asked;
        test::clickInNextMessageBox(QStringLiteral("是"), &asked); // a delete asks first
        action("actionDeleteRow")->trigger();
        QCOMPARE(model()->projectCount(), 34);
        QVERIFY2(asked.contains(QStringLiteral("审计日志")), qPrintable(asked));

        action("actionUndo")->trigger(); // delete
        action("actionUndo")->trigger(); // insert
        action("actionUndo")->trigger(); // move
        QCOMPARE(model()->projectCount(), 34);
        PlanRepository repo(**m_db);
        auto stored = repo.projects(model()->plan().id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 34);
        QCOMPARE(stored->at(0).name, first);
        QCOMPARE(stored->at(1).name, second);
        for (int i = 0; i < stored->size(); ++i)
            QCOMPARE(stored->at(i).seq, i + 1);
    }

    void planDocksGiveWayToTheLedgerTabs()
    {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("centralTabs"));
        auto* findings = m_window->findChild<QDockWidget*>(QStringLiteral("findingsDock"));
        auto* forecast = m_window->findChild<QDockWidget*>(QStringLiteral("forecastDock"));
        auto* totals = m_window->findChild<QLabel*>(QStringLiteral("totalsLabel"));
        QVERIFY(tabs && findings && forecast && totals);
        tabs->setCurrentIndex(0);
        QVERIFY(!findings->isHidden() && !forecast->isHidden() && totals->isVisible());
        // The teacher list and the roster get the whole height; the plan tab gets its docks back.
        tabs->setCurrentWidget(m_window->teacherListPage());
        QVERIFY(findings->isHidden() && forecast->isHidden() && !totals->isVisible());
        // Row edits and the plan filter belong to the plan table.
        auto* addRow = m_window->findChild<QAction*>(QStringLiteral("actionAddRow"));
        QVERIFY(addRow);
        QVERIFY(!addRow->isEnabled());
        QVERIFY(!m_window->findChild<QLineEdit*>(QStringLiteral("filterEdit"))->isVisible());
        tabs->setCurrentWidget(m_window->rosterPage());
        QVERIFY(findings->isHidden() && forecast->isHidden());
        tabs->setCurrentIndex(0);
        QVERIFY(!findings->isHidden() && !forecast->isHidden() && totals->isVisible());
        QVERIFY(addRow->isEnabled());
        // A dock the user closed stays closed.
        forecast->close();
        tabs->setCurrentWidget(m_window->teacherListPage());
        tabs->setCurrentIndex(0);
        QVERIFY(!findings->isHidden());
        QVERIFY(forecast->isHidden());
    }

    void filterFindsByInitialsAndKeepsTheTotalsRow()
    {
        auto* filter = m_window->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("xxjs")); // 信息技术
        PlanFilterProxyModel* proxy = m_window->proxyModel();
        QCOMPARE(proxy->rowCount(), 3); // rows 9, 10 and 合计
        QVERIFY(proxy->index(2, 0).data(PlanTableModel::IsTotalsRowRole).toBool());
        filter->clear();
        QCOMPARE(proxy->rowCount(), 35);
        proxy->sort(int(ProjectField::Headcount), Qt::DescendingOrder);
        QCOMPARE(proxy->index(0, int(ProjectField::Headcount)).data().toString(), QStringLiteral("3000"));
        QVERIFY(proxy->index(34, 0).data(PlanTableModel::IsTotalsRowRole).toBool());
        proxy->sort(int(ProjectField::Seq), Qt::AscendingOrder);
    }
};

QTEST_MAIN(MainWindowTest)
#include "test_main_window.moc"
