#include "Messages.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>
#include <QWidget>

namespace tp {

namespace {
QString& last()
{
    static QString text;
    return text;
}
} // namespace

QMessageBox* Messages::error(QWidget* parent, const QString& title, const QString& text)
{
    // In the main window's status bar too, where it stays a while after the box is closed (or when there is none).
    if (auto* window = qobject_cast<QMainWindow*>(parent ? parent->window() : nullptr))
        window->statusBar()->showMessage(text, 10000);
    return show(parent, QMessageBox::Warning, title, text);
}

QMessageBox* Messages::error(QWidget* parent, const QString& title, const Error& error)
{
    return Messages::error(parent, title, error.toString());
}

QMessageBox* Messages::info(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Information, title, text);
}

QMessageBox* Messages::saved(QWidget* parent, const QString& title, const QString& path, const QString& said)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QString text = said.isEmpty() ? tr("已保存到 %1").arg(shown) : said;
    if (auto* window = qobject_cast<QMainWindow*>(parent ? parent->window() : nullptr))
        window->statusBar()->showMessage(text, 10000);
    QMessageBox* box = show(parent, QMessageBox::Information, title, text);
    if (box) {
        QPushButton* open = box->addButton(tr("打开文件夹"), QMessageBox::ActionRole);
        open->setObjectName(QStringLiteral("openFolderButton"));
        const QString folder = QFileInfo(path).absolutePath();
        QObject::connect(
            open, &QPushButton::clicked, box, [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    }
    return box;
}

bool Messages::ask(QWidget* parent, const QString& title, const QString& text, bool yesByDefault)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.button(QMessageBox::Yes)->setText(tr("是"));
    box.button(QMessageBox::No)->setText(tr("否"));
    box.setDefaultButton(yesByDefault ? QMessageBox::Yes : QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

bool Messages::retryWhenBusy(QWidget* parent, const Error& error)
{
    last() = error.message;
    QMessageBox box(QMessageBox::Warning, tr("另一个程序正在写入"),
        tr("%1\n\n这次修改还没有保存。另一个程序（例如命令行或另一个 TrainPlan 窗口）写完后，按“重试”再保存一次；"
           "按“取消”则放弃这次修改。")
            .arg(error.message),
        QMessageBox::Retry | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("busyRetryBox"));
    box.button(QMessageBox::Retry)->setText(tr("重试"));
    box.button(QMessageBox::Cancel)->setText(tr("取消"));
    box.setDefaultButton(QMessageBox::Retry);
    return box.exec() == QMessageBox::Retry;
}

QMessageBox* Messages::staleSave(
    QWidget* parent, const QString& message, const QString& typed, std::function<void()> reload)
{
    if (!typed.isEmpty())
        QGuiApplication::clipboard()->setText(typed);
    const QString text = typed.isEmpty()
        ? message
        : tr("%1\n\n您输入的是：%2\n（已复制到剪贴板：重新载入后可以粘贴，再决定是否修改。）").arg(message, typed);
    QMessageBox* box = show(parent, QMessageBox::Warning, tr("别人已修改这一行"), text);
    if (box) {
        box->setObjectName(QStringLiteral("staleSaveBox"));
        box->button(QMessageBox::Ok)->setText(tr("关闭"));
        QPushButton* again = box->addButton(tr("重新载入这一行"), QMessageBox::AcceptRole);
        again->setObjectName(QStringLiteral("reloadRowButton"));
        box->setDefaultButton(again);
        QObject::connect(again, &QPushButton::clicked, box, [reload = std::move(reload)] {
            if (reload)
                reload();
        });
    }
    return box;
}

QString Messages::lastText()
{
    return last();
}

QMessageBox* Messages::show(QWidget* parent, int icon, const QString& title, const QString& text)
{
    last() = text;
    if (!parent || !parent->window()->isVisible())
        return nullptr;
    auto* box = new QMessageBox(QMessageBox::Icon(icon), title, text, QMessageBox::Ok, parent);
    box->button(QMessageBox::Ok)->setText(tr("确定"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return box;
}

} // namespace tp
