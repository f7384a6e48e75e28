#include "UpgradeNotice.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QProgressDialog>

namespace tp {

std::unique_ptr<QProgressDialog> UpgradeNotice::show(const QString& path, int fromVersion, int toVersion)
{
    auto dialog = std::make_unique<QProgressDialog>();
    dialog->setObjectName(QStringLiteral("upgradeNotice"));
    dialog->setWindowTitle(tr("升级数据库"));
    auto* label = new QLabel; // left-aligned and wrapped: a long path should not push the window wide
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->setWordWrap(true);
    dialog->setLabel(label);
    dialog->setLabelText(tr("正在升级数据库 %1\n结构版本 %2 → %3：先在文件旁的备份文件夹中留一份原文件，再逐步升级。\n"
                            "文件大时需要一些时间，请不要关闭，也不要再次打开本程序。")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(fromVersion)
                             .arg(toVersion));
    dialog->setCancelButton(nullptr);
    dialog->setRange(0, 0); // busy: the steps are not counted
    dialog->setMinimumDuration(0);
    dialog->setMinimumWidth(480);
    dialog->show();
    // Painted before the upgrade holds the thread.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    return dialog;
}

} // namespace tp
