#include "Database.h"
#include "MainWindow.h"
#include "QtGapsTranslator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TrainPlan"));
    QApplication::setApplicationName(QStringLiteral("TrainPlan"));
    // No application display name: Qt appends it to every window's title under X11 and Windows, and a small box
    // then reads "导入考勤… 划管理". The main window's title names the program itself.
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // Installed last, so asked first: the few strings qtbase's catalogue lacks (the file dialog's "Folder").
    tp::QtGapsTranslator gaps;
    QApplication::installTranslator(&gaps);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "教师培训计划管理"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "打开指定的数据库文件"),
        QApplication::translate("main", "路径"), tp::Database::defaultPath());
    QCommandLineOption noWelcome(
        QStringLiteral("no-welcome"), QApplication::translate("main", "空数据库时不询问是否载入示例"));
    QCommandLineOption samples(QStringLiteral("samples"), QApplication::translate("main", "启动时载入示例计划"));
    parser.addOption(dbOption);
    parser.addOption(noWelcome);
    parser.addOption(samples);
    parser.process(app);

    auto database = tp::Database::open(parser.value(dbOption));
    if (!database) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "TrainPlan 教师培训计划管理"), database.error().toString());
        return 1;
    }
    tp::MainWindow window(*database);
    window.show();
    if (parser.isSet(samples))
        window.loadSamples();
    else if (!parser.isSet(noWelcome))
        window.offerSamplesIfEmpty();
    return app.exec();
}
