#include "FileChooser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace tp::FileChooser {

namespace {

QString folder(const QString& key)
{
    const QString dir = QSettings().value(key).toString();
    if (!dir.isEmpty() && QFileInfo(dir).isDir())
        return dir;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString remembered(const QString& path, const QString& key)
{
    if (!path.isEmpty())
        QSettings().setValue(key, QFileInfo(path).absolutePath());
    return path;
}

} // namespace

QString openFile(QWidget* parent, const QString& caption, const QString& filter, const QString& key)
{
    return remembered(QFileDialog::getOpenFileName(parent, caption, folder(key), filter), key);
}

QString saveFile(QWidget* parent, const QString& caption, const QString& suggestedName, const QString& filter,
    const QString& suffix, const QString& key)
{
    QString path = QFileDialog::getSaveFileName(parent, caption, QDir(folder(key)).filePath(suggestedName), filter);
    if (!path.isEmpty() && !suffix.isEmpty() && QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    return remembered(path, key);
}

QString csvFilter()
{
    return QCoreApplication::translate("tp::FileChooser", "CSV 文件 (*.csv *.txt);;所有文件 (*)");
}

} // namespace tp::FileChooser
