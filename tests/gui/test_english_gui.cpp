// Issue 15: started in English (the --lang en code path, tp::i18n::install), the main window shows no Chinese
// in its menus, toolbars, tabs, column headers, buttons, labels and status bar. The plan it shows is written in
// English too (tests/data/english-plan.csv), so any Chinese found is a word of the program, not data.

#include "Language.h"
#include "MainWindow.h"
#include "PlanActionDialog.h"
#include "PlanImportService.h"
#include "PlanPage.h"
#include "PlanTableModel.h"
#include "RuleSet.h"
#include "TestData.h"
#include "TestDatabase.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace tp;

namespace {

bool hasChinese(const QString& text)
{
    static const QRegularExpression han(QStringLiteral("[\\x{3400}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{3000}-\\x{303F}"
                                                       "\\x{FF01}-\\x{FF5E}]"));
    return han.match(text).hasMatch();
}

QString where(const QObject* o)
{
    QStringList path;
    for (; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName());
    return path.join(QLatin1Char('/'));
}

// Every text a person sees in `window` now: visible widgets only, and of the views only the column headers (the
// cells are the plan's data).
QStringList visibleTexts(QWidget* window)
{
    QStringList found;
    const auto note = [&](const QObject* o, const QString& kind, const QString& text) {
        if (hasChinese(text))
            found << QStringLiteral("%1 %2: %3").arg(where(o), kind, text);
    };
    std::function<void(QMenu*)> menu = [&](QMenu* m) {
        note(m, QStringLiteral("menu"), m->title());
        for (QAction* a : m->actions()) {
            if (!a->isVisible())
                continue;
            if (a->menu())
                menu(a->menu());
            else
                note(a, QStringLiteral("menu item"), a->text());
        }
    };
    for (QMenuBar* bar : window->findChildren<QMenuBar*>())
        for (QAction* a : bar->actions())
            if (a->menu())
                menu(a->menu());
    note(window, QStringLiteral("window title"), window->windowTitle());
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            note(b, QStringLiteral("button"), b->text());
        if (auto* l = qobject_cast<QLabel*>(w))
            note(l, QStringLiteral("label"), l->text());
        if (auto* g = qobject_cast<QGroupBox*>(w))
            note(g, QStringLiteral("group"), g->title());
        if (auto* e = qobject_cast<QLineEdit*>(w))
            note(e, QStringLiteral("placeholder"), e->placeholderText());
        if (auto* d = qobject_cast<QDockWidget*>(w))
            note(d, QStringLiteral("dock title"), d->windowTitle());
        if (auto* t = qobject_cast<QToolBar*>(w))
            for (QAction* a : t->actions())
                if (a->isVisible())
                    note(a, QStringLiteral("tool"), a->text());
        if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                note(tabs, QStringLiteral("tab"), tabs->tabText(i));
        if (auto* h = qobject_cast<QHeaderView*>(w); h && h->orientation() == Qt::Horizontal && h->model())
            for (int s = 0; s < h->count(); ++s)
                if (!h->isSectionHidden(s))
                    note(h, QStringLiteral("column header"),
                        h->model()->headerData(s, Qt::Horizontal, Qt::DisplayRole).toString());
        if (auto* s = qobject_cast<QStatusBar*>(w))
            note(s, QStringLiteral("status"), s->currentMessage());
    }
    found.removeDuplicates();
    return found;
}

} // namespace

class EnglishGuiTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::isolateSettings(m_dir.filePath(QStringLiteral("settings"))));
        // What main.cpp does for --lang en.
        QVERIFY(i18n::install(i18n::normalized(QStringLiteral("en"))));
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        ImportRequest request;
        request.path = test::dataPath("english-plan.csv");
        request.district = QStringLiteral("Northbridge");
        request.year = 2026;
        auto report = PlanImportService(**m_db).importFile(request);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        m_window = std::make_unique<MainWindow>(m_db->shared());
        QVERIFY(m_window->openPlan(QStringLiteral("Northbridge"), 2026));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_db.reset();
    }

    // Every tab of the main window in turn, with its docks and toolbars.
    void everyTabSpeaksEnglish()
    {
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("centralTabs"));
        QVERIFY(tabs);
        QStringList problems;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            for (const QString& p : visibleTexts(m_window.get()))
                problems << QStringLiteral("[tab %1] %2").arg(tabs->tabText(i), p);
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // 报审, 批复, 退回修改: the dialogs in English, the plan named in its own words (here English) and the date in
    // English words (i18n::dateText, as the decision dialog writes its dates).
    void thePlanActionDialogsSpeakEnglish()
    {
        QCOMPARE(i18n::dateText(QDate(2026, 12, 2)), QStringLiteral("Dec 2, 2026"));
        (**m_db).setActor(QStringLiteral("Training school clerk"));
        const Plan plan = m_window->planModel()->plan();
        for (PlanAction action : { PlanAction::Submit, PlanAction::Approve, PlanAction::Return }) {
            Plan asked = plan;
            asked.status = action == PlanAction::Submit ? PlanStatus::Draft : PlanStatus::Submitted;
            PlanActionDialog dialog(**m_db, asked, action, RuleSet::defaults(), QDate(2026, 3, 2), m_window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QStringList problems = visibleTexts(&dialog);
            // The example of a document number is one: 梁教委〔2026〕12号.
            problems.removeIf([](const QString& p) { return p.contains(QStringLiteral("placeholder")); });
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            QVERIFY2(
                dialog.windowTitle().contains(QStringLiteral("Northbridge 2026")), qPrintable(dialog.windowTitle()));
            if (action != PlanAction::Submit)
                QVERIFY2(!dialog.missing().isEmpty() && !hasChinese(dialog.missing()), qPrintable(dialog.missing()));
            // Every label's text fits its width (no label cut off in English).
            for (QLabel* label : dialog.findChildren<QLabel*>())
                if (label->isVisible() && !label->wordWrap())
                    QVERIFY2(label->width() >= label->sizeHint().width(),
                        qPrintable(QStringLiteral("%1: %2 < %3")
                                       .arg(label->text())
                                       .arg(label->width())
                                       .arg(label->sizeHint().width())));
        }
    }

    // A real sentence, not an untranslated source: the English catalogue is the one in use.
    void menusAreEnglishWords()
    {
        QStringList titles;
        for (QAction* a : m_window->menuBar()->actions())
            titles << a->text();
        QVERIFY2(titles.contains(QStringLiteral("&File")), qPrintable(titles.join(QLatin1Char(' '))));
        QVERIFY2(titles.contains(QStringLiteral("&Edit")), qPrintable(titles.join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(EnglishGuiTest)
#include "test_english_gui.moc"
