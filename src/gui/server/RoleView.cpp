#include "RoleView.h"

#include <QAbstractButton>
#include <QAction>
#include <QToolBar>
#include <QWidget>

#include <algorithm>

namespace tp {

namespace {

// The plan table's editing (migration 008: plans are the training school's and the bureau's).
const char* const kPlanEditing[] = { "actionNewPlan", "actionImportCsv", "actionLoadSamples", "actionAddRow",
    "actionInsertRow", "actionDeleteRow", "actionMoveUp", "actionMoveDown" };
// The training school's work on a roster: statuses after the class, attendance and credits.
const char* const kRosterKeeping[]
    = { "actionRosterCheckIn", "actionRosterComplete", "actionRosterAbsent", "actionRosterAttendanceGrid",
          "actionRosterAttendance", "actionRosterExemption", "actionRosterImportAttendance", "actionRosterRegister" };
// Enrolling teachers (a school's clerk for its own teachers, the training school for anyone's).
const char* const kEnrolling[] = { "actionRosterAdd", "actionRosterImport", "actionRosterWithdraw" };

void append(QStringList& list, const auto& names)
{
    for (const char* n : names)
        list << QString::fromLatin1(n);
}

} // namespace

QStringList RoleView::hiddenFor(ServerRole role)
{
    QStringList hidden;
    switch (role) {
    case ServerRole::TrainingSchool:
        break; // plans, rosters, attendance, credits, teachers: everything
    case ServerRole::Bureau:
        // Approves plans, keeps units, quotas and rule sets; does not keep rosters, teachers or credits.
        append(hidden, kEnrolling);
        append(hidden, kRosterKeeping);
        hidden << QStringLiteral("importTeachersButton") << QStringLiteral("importCreditsButton");
        break;
    case ServerRole::SchoolAdmin:
        // Enrols its own teachers and keeps their list; reads their attendance and credits.
        append(hidden, kPlanEditing);
        append(hidden, kRosterKeeping);
        hidden << QStringLiteral("actionRosterCredit") << QStringLiteral("importCreditsButton");
        break;
    case ServerRole::ReadOnly:
        append(hidden, kPlanEditing);
        append(hidden, kEnrolling);
        append(hidden, kRosterKeeping);
        hidden << QStringLiteral("actionRosterCredit") << QStringLiteral("importTeachersButton")
               << QStringLiteral("importCreditsButton");
        break;
    }
    return hidden;
}

void RoleView::apply(QWidget& window, ServerRole role)
{
    for (const QString& name : hiddenFor(role)) {
        for (QAction* action : window.findChildren<QAction*>(name))
            action->setVisible(false);
        for (QAbstractButton* button : window.findChildren<QAbstractButton*>(name))
            button->setVisible(false);
    }
    // A toolbar keeps no separator between hidden actions (no "| |" where a group went).
    const QStringList hidden = hiddenFor(role);
    for (QToolBar* bar : window.findChildren<QToolBar*>()) {
        const QList<QAction*> actions = bar->actions();
        if (std::none_of(
                actions.cbegin(), actions.cend(), [&](const QAction* a) { return hidden.contains(a->objectName()); }))
            continue; // nothing of this bar was hidden
        QAction* pending = nullptr; // a separator after something shown, until something is shown after it
        bool shownBefore = false;
        for (QAction* a : actions) {
            if (a->isSeparator()) {
                a->setVisible(false);
                if (shownBefore && !pending)
                    pending = a;
            } else if (a->isVisible()) {
                if (pending)
                    pending->setVisible(true);
                pending = nullptr;
                shownBefore = true;
            }
        }
    }
}

QString RoleView::emptyPlanHint(ServerRole role)
{
    switch (role) {
    case ServerRole::SchoolAdmin:
        return tr("这里还没有年度计划。计划由进修学校编制、区教委批复；您以学校管理员登录，不能新建或导入计划，"
                  "计划批复后即可在“参训名单”中为本校教师报名。");
    case ServerRole::ReadOnly:
        return tr("这里还没有年度计划。您以只读账号登录，只能查看和打印；计划由进修学校编制、区教委批复后显示在这里。");
    case ServerRole::Bureau:
    case ServerRole::TrainingSchool:
        break;
    }
    return QString();
}

} // namespace tp
