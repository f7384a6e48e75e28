#pragma once

// F1 inside the program's dialogs: a modal dialog (项目详情, 导入报告, 考勤, 取消项目, 调整申请, 单位名录, 打印设置 …)
// blocks the main window and so its 用户指南 (F1); each dialog names its page of the guide with one line,
//     help::bindF1(this, QStringLiteral("approval.md#取消项目"));
// and F1 opens that page (scrolled to the heading after '#') in a help window that belongs to the dialog, usable while
// the dialog is open.

#include <QString>

class QWidget;

namespace tp::help {

void bindF1(QWidget* dialog, const QString& page);

// The page F1 opens in DIALOG ("" when it has none).
QString pageOf(const QWidget* dialog);

} // namespace tp::help
