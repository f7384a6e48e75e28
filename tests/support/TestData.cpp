#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace tp::test {

QString dataPath(const char* name)
{
    return QDir(QStringLiteral(TRAINPLAN_TEST_DATA_DIR)).filePath(QString::fromUtf8(name));
}

QByteArray readData(const char* name)
{
    QFile f(dataPath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace tp::test

namespace tp::test {

bool isolateSettings(const QString& folder)
{
    QStandardPaths::setTestModeEnabled(true);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return false;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    return true;
}

} // namespace tp::test
