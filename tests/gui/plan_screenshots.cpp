// Renders docs/screenshots/main-window.png (梁平区 2021 with its findings) and findings-jianan.png (建安区 2024 on
// 2024-03-20: one finding for the missing durations, the April plans overdue) from the published sample plans; and,
// after 梁平区 2021 was approved (梁教委〔2021〕12号), changed by two approved requests and one project cancelled:
// plan-approved.png (the state bar, the cancelled row struck through), plan-history.png, plan-diff.png and
// unit-editor.png; then the dialogs of the plan's life after approval, as the training school's clerk and the bureau's
// officer pass them: plan-change-request.png (调整申请 of a start date), plan-cancel-request.png (取消 with its written
// explanation), plan-decide.png (审批调整申请, two requests waiting) and plan-details-changes.png (项目详情's list of
// the project's requests).
// Not a test: a small tool run by scripts/screenshots-plan.sh under a virtual display.
//
// Usage: plan_screenshots --out DIR
#include "CancelProjectDialog.h"
#include "ChangeDecisionDialog.h"
#include "ChangeRequestDialog.h"
#include "Database.h"
#include "MainWindow.h"
#include "PlanActionDialog.h"
#include "PlanDiffDialog.h"
#include "PlanHistoryDialog.h"
#include "PlanImportService.h"
#include "PlanPage.h"
#include "PlanRepository.h"
#include "PlanTableModel.h"
#include "PlanWorkflowService.h"
#include "RuleSet.h"
#include "ScreenshotLanguage.h"
#include "TestData.h"
#include "TypedDateEdit.h"
#include "UnitEditorDialog.h"
#include "UnitRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <functional>

using namespace tp;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (test::installScreenshotLanguage().isEmpty())
        return 1;
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("out"), QStringLiteral("output folder"), QStringLiteral("dir") });
    parser.process(app);
    const QDir out(parser.value(QStringLiteral("out")));
    QTemporaryDir dir;
    if (!test::isolateSettings(dir.filePath(QStringLiteral("settings"))))
        return 1;
    auto db = Database::open(dir.filePath(QStringLiteral("plans.sqlite")));
    if (!db) {
        qCritical("%s", qPrintable(db.error().toString()));
        return 1;
    }
    const struct {
        const char* file;
        const char16_t* district;
        int year;
    } samples[] = { { "liangping-2021-plan.csv", u"梁平区", 2021 }, { "jianan-2024-plan.csv", u"建安区", 2024 } };
    for (const auto& s : samples) {
        ImportRequest request;
        request.path = test::dataPath(s.file);
        request.district = QString::fromUtf16(s.district);
        request.year = s.year;
        if (auto imported = PlanImportService(**db).importFile(request); !imported) {
            qCritical("%s", qPrintable(imported.error().toString()));
            return 1;
        }
    }

    MainWindow window(*db);
    window.resize(1440, 900);
    window.planModel()->setToday(QDate(2021, 3, 1));
    window.openPlan(QStringLiteral("梁平区"), 2021);
    auto* findings = window.findChild<QDockWidget*>(QStringLiteral("findingsDock"));
    window.show();
    findings->raise();
    window.resizeDocks({ findings }, { 300 }, Qt::Vertical);
    QTimer::singleShot(300, &window, [&] {
        window.grab().save(out.filePath(QStringLiteral("main-window.png")));
        window.planModel()->setToday(QDate(2024, 3, 20));
        window.openPlan(QStringLiteral("建安区"), 2024);
        QTimer::singleShot(300, &window, [&] {
            window.grab().save(out.filePath(QStringLiteral("findings-jianan.png")));
            // The life of 梁平区 2021: approved, two changes approved, one project cancelled, units sorted out.
            Database& d = **db;
            auto plan = PlanRepository(d).findPlan(QStringLiteral("梁平区"), 2021);
            if (!plan || !plan->has_value()) {
                app.exit(1);
                return;
            }
            const qint64 id = (*plan)->id;
            PlanWorkflowService flow(d);
            d.setActor(QStringLiteral("进修校 李明"));
            // 报审… and, once submitted, 批复… (文号 typed) and 退回修改… (nothing typed yet: the button is off).
            const auto grabAction
                = [&](PlanAction action, const char* file, const std::function<void(PlanActionDialog&)>& fill) {
                      PlanActionDialog dialog(
                          d, *PlanRepository(d).plan(id), action, RuleSet::defaults(), QDate(2021, 5, 12), &window);
                      fill(dialog);
                      dialog.show();
                      QCoreApplication::processEvents();
                      dialog.grab().save(out.filePath(QString::fromLatin1(file)));
                  };
            grabAction(PlanAction::Submit, "plan-submit.png",
                [](PlanActionDialog& dialog) { dialog.dateEdit()->setDate(QDate(2021, 5, 6)); });
            (void)flow.act(id, PlanAction::Submit, { d.actor(), QDate(2021, 5, 6), {}, {} });
            d.setActor(QStringLiteral("区教委 王芳"));
            grabAction(PlanAction::Approve, "plan-approve.png", [](PlanActionDialog& dialog) {
                dialog.docNumberEdit()->setText(QStringLiteral("梁教委〔2021〕12号"));
            });
            grabAction(PlanAction::Return, "plan-return.png", [](PlanActionDialog&) {});
            (void)flow.act(
                id, PlanAction::Approve, { d.actor(), QDate(2021, 5, 12), QStringLiteral("梁教委〔2021〕12号"), {} });
            d.setActor(QStringLiteral("进修校 李明"));
            auto a = flow.requestChange(id, 2, ChangeField::Duration, QStringLiteral("4"),
                QStringLiteral("增加一天跟岗实践"), {}, QDate(2021, 5, 20), d.actor());
            auto b = flow.requestChange(id, 5, ChangeField::Start, QStringLiteral("2021-09-13"),
                QStringLiteral("与开学工作错开"), {}, QDate(2021, 6, 1), d.actor());
            auto c = flow.requestCancellation(
                id, 7, QStringLiteral("承办学校校舍维修，本年度不能举办"), QDate(2021, 6, 2), d.actor());
            d.setActor(QStringLiteral("区教委 王芳"));
            for (const auto* r : { &a, &b, &c })
                if (r->ok())
                    (void)flow.decide((*r)->request.id, true, QDate(2021, 6, 8), d.actor(), QStringLiteral("同意"));
            (void)UnitRepository(d).addUnit(QStringLiteral("区教委"), UnitKind::Bureau);
            (void)UnitRepository(d).addUnit(QStringLiteral("区教师进修学校"), UnitKind::TrainingSchool);
            (void)UnitRepository(d).addAlias(QStringLiteral("区教师进修学校"), QStringLiteral("区教师进修校"));
            window.planModel()->setToday(QDate(2021, 6, 10));
            window.openPlan(QStringLiteral("梁平区"), 2021);
            QTimer::singleShot(300, &window, [&, id] {
                window.grab().save(out.filePath(QStringLiteral("plan-approved.png")));
                const Plan now = *PlanRepository(**db).plan(id);
                auto* history = new PlanHistoryDialog(**db, now, 0, &window);
                history->show();
                auto* diff = new PlanDiffDialog(**db, now, &window);
                diff->show();
                auto* units = new UnitEditorDialog(**db, &window);
                units->show();
                QTimer::singleShot(300, &window, [&, history, diff, units, id] {
                    history->grab().save(out.filePath(QStringLiteral("plan-history.png")));
                    diff->grab().save(out.filePath(QStringLiteral("plan-diff.png")));
                    units->grab().save(out.filePath(QStringLiteral("unit-editor.png")));
                    history->close();
                    diff->close();
                    units->close();
                    // The clerk: a start date moved (typed into the table), a project cancelled.
                    Database& d = **db;
                    d.setActor(QStringLiteral("进修校 李明"));
                    const Plan approved = *PlanRepository(d).plan(id);
                    auto* change = new ChangeRequestDialog(
                        d, approved, 3, ChangeField::Start, QStringLiteral("2021-10-18"), QDate(2021, 6, 10), &window);
                    change->reasonEdit()->setPlainText(QStringLiteral("与区运动会时间冲突，推迟一周"));
                    change->show();
                    const Project eighth = PlanRepository(d).projects(id)->at(7);
                    auto* cancel = new CancelProjectDialog(d, approved, eighth, QString(), QDate(2021, 6, 10), &window);
                    cancel->setExplanation(QStringLiteral("授课专家本年度不能到校，经与承办学校协商取消"));
                    cancel->show();
                    QTimer::singleShot(300, &window, [&, change, cancel, id] {
                        change->grab().save(out.filePath(QStringLiteral("plan-change-request.png")));
                        cancel->grab().save(out.filePath(QStringLiteral("plan-cancel-request.png")));
                        change->accept();
                        cancel->accept();
                        // The bureau: the two requests wait for a decision.
                        (**db).setActor(QStringLiteral("区教委 王芳"));
                        const Plan waiting = *PlanRepository(**db).plan(id);
                        auto* decide = new ChangeDecisionDialog(**db, waiting, QDate(2021, 6, 15), &window);
                        decide->show();
                        QTimer::singleShot(300, &window, [&, decide] {
                            decide->grab().save(out.filePath(QStringLiteral("plan-decide.png")));
                            decide->close();
                            // 项目详情 of 第 5 项, whose start was moved by an approved request: its 调整申请 tab.
                            QTimer::singleShot(300, &window, [&] {
                                if (QWidget* modal = QApplication::activeModalWidget()) {
                                    if (auto* tabs = modal->findChild<QTabWidget*>(QStringLiteral("tabs")))
                                        tabs->setCurrentWidget(
                                            modal->findChild<QWidget*>(QStringLiteral("changesTab")));
                                    QTimer::singleShot(200, modal, [&, modal] {
                                        modal->grab().save(out.filePath(QStringLiteral("plan-details-changes.png")));
                                        modal->close();
                                        app.quit();
                                    });
                                } else {
                                    app.quit();
                                }
                            });
                            window.planPage()->openProjectDetails(4);
                        });
                    });
                });
            });
        });
    });
    return app.exec();
}
