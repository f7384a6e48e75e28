#pragma once

// The one way the GUI tells the user that something went wrong, or what an action did. A page or dialog that gets
// an Error from a service reports it here (models cannot show anything: they emit errorOccurred and their page
// reports it). A box opens over the window only while the window is shown — a page built in a test or before the
// window appears stays quiet — and it does not block: the caller has stopped already. An error is also shown in
// the main window's status bar; the last text is kept for tests.

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QMessageBox;
class QWidget;

namespace tp {

class Messages {
    Q_DECLARE_TR_FUNCTIONS(tp::Messages)

public:
    // Something failed and nothing was changed: a warning with what the user needs (file, row, column, value).
    static QMessageBox* error(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox* error(QWidget* parent, const QString& title, const Error& error);
    // What an action did ("已导入 34 个项目").
    static QMessageBox* info(QWidget* parent, const QString& title, const QString& text);
    // A file was written: where ("已保存到 …", or `text`), with 打开文件夹 to show the folder of `path`; also in
    // the main window's status bar.
    static QMessageBox* saved(QWidget* parent, const QString& title, const QString& path, const QString& text = {});
    // A question the caller needs answered before going on: blocks, and is asked even over a hidden window.
    static bool ask(QWidget* parent, const QString& title, const QString& text, bool yesByDefault = false);

    // Another program is writing (Error::code "busy", after the database's busy timeout): says so — "另一个程序
    // 正在写入，已等待 N 秒" — and asks 重试 / 取消. True: the caller applies the same edit again. Nothing is dropped
    // silently: 取消 leaves the data as it was and the caller reports that the edit was not saved. The plan table's
    // writes ask here (PlanTableModel::setBusyRetry).
    static bool retryWhenBusy(QWidget* parent, const Error& error);
    // A save refused because somebody else changed the same row since it was read (Error::code "stale"): says who,
    // when and what (`message`) and shows what the user typed (`typed`, also put on the clipboard) so it is not
    // lost. The box has 重新载入这一行 (objectName "reloadRowButton"), which runs `reload`, and 关闭. nullptr when
    // the window is not shown.
    static QMessageBox* staleSave(
        QWidget* parent, const QString& message, const QString& typed, std::function<void()> reload);
    // The last text reported (to any window).
    static QString lastText();

private:
    static QMessageBox* show(QWidget* parent, int icon, const QString& title, const QString& text);
};

} // namespace tp
