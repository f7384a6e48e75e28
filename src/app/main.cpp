#include "Database.h"
#include "Language.h"
#include "MainWindow.h"
#include "Migrations.h"
#include "QtGapsTranslator.h"
#include "ServerConnectionDialog.h"
#include "UpgradeNotice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {
// For scripts/bench-start.sh (issue 16): with TRAINPLAN_LAUNCHED_AT set to the launch time (ms since the epoch),
// prints "first-frame-ms N" once the plan table has painted its first frame — the time a user waits to see
// the plan. Nothing else changes.
class FirstFrameReporter : public QObject {
public:
    FirstFrameReporter(QWidget* watched, qint64 launchedAt)
        : QObject(watched)
        , m_launchedAt(launchedAt)
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            // After this paint event has been handled and the frame flushed.
            QTimer::singleShot(0, this, [this] {
                std::printf("first-frame-ms %lld\n", QDateTime::currentMSecsSinceEpoch() - m_launchedAt);
                std::fflush(stdout);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    qint64 m_launchedAt;
    bool m_reported = false;
};
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TrainPlan"));
    QApplication::setApplicationName(QStringLiteral("TrainPlan"));
    // No application display name: Qt appends it to every window's title under X11 and Windows, and a small box
    // then reads "导入考勤… 划管理". The main window's title names the program itself.
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    // The language first: the command line's own help is already in it. --lang, else 设置 → 界面, else the
    // system's language (docs/translations.md).
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    bool langGiven = false;
    const QString langArgument = tp::i18n::languageArgument(arguments, &langGiven);
    QString language = tp::i18n::normalized(langArgument);
    if (language.isEmpty())
        language = tp::i18n::savedLanguage(QSettings());
    if (language.isEmpty())
        language = tp::i18n::systemLanguage();
    tp::i18n::install(language);
    // Installed last, so asked first: the few strings qtbase's Chinese catalogue lacks (the file dialog's "Folder").
    tp::QtGapsTranslator gaps;
    if (language == QStringLiteral("zh_CN"))
        QApplication::installTranslator(&gaps);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "教师培训计划管理"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"),
        QApplication::translate(
            "main", "打开指定的数据库文件，或区县服务器上的数据库 postgresql://登录名@服务器/数据库名"),
        QApplication::translate("main", "路径"), tp::Database::defaultPath());
    QCommandLineOption noWelcome(
        QStringLiteral("no-welcome"), QApplication::translate("main", "空数据库时不询问是否载入示例"));
    QCommandLineOption samples(QStringLiteral("samples"), QApplication::translate("main", "启动时载入示例计划"));
    parser.addOption(dbOption);
    parser.addOption(noWelcome);
    QCommandLineOption connect(
        QStringLiteral("connect"), QApplication::translate("main", "连接区县服务器（询问服务器、登录名和密码）"));
    QCommandLineOption lang(QStringLiteral("lang"),
        QApplication::translate("main", "界面语言：%1（默认：设置中的选择，否则按系统语言）")
            .arg(tp::i18n::availableLanguages().join(QStringLiteral(", "))),
        QApplication::translate("main", "语言"));
    parser.addOption(samples);
    parser.addOption(connect);
    parser.addOption(lang);
    parser.process(app);
    if (langGiven && tp::i18n::normalized(langArgument).isEmpty()) {
        // Before the window: a wrong --lang is a usage error, said in the language the program did choose.
        std::fputs(qPrintable(QApplication::translate("main", "不支持的语言「%1」；可用：%2\n")
                                  .arg(langArgument, tp::i18n::availableLanguages().join(QStringLiteral(", ")))),
            stderr);
        return 2;
    }

    tp::Result<std::shared_ptr<tp::Database>> database = tp::Error {};
    if (parser.isSet(connect)) {
        // Asked again, with what was typed, until the server answers or the clerk cancels.
        tp::ServerConnectionDialog dialog;
        do {
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            database = tp::Database::open(dialog.address());
            if (!database)
                QMessageBox::warning(&dialog, dialog.windowTitle(), database.error().toString());
        } while (!database);
    } else {
        // A file of an earlier version is upgraded first (a backup, the check, the migrations): said on the
        // screen, since the window can only come after it.
        const QString path = parser.value(dbOption);
        std::unique_ptr<QProgressDialog> upgrading;
        if (const int from = tp::Database::upgradeDueFrom(path))
            upgrading = tp::UpgradeNotice::show(path, from, tp::latestSchemaVersion());
        // After a session that did not close, the whole-file check runs once the window is up (BackupFlow).
        database = tp::Database::open(path, -1, tp::IntegrityCheckTiming::Deferred);
        upgrading.reset();
    }
    if (!database) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "TrainPlan 教师培训计划管理"), database.error().toString());
        return 1;
    }
    tp::MainWindow window(*database);
    tp::ServerConnectionDialog::showSession(window, **database); // who is logged in, on a server
    if (const qint64 launchedAt = qgetenv("TRAINPLAN_LAUNCHED_AT").toLongLong(); launchedAt > 0)
        new FirstFrameReporter(window.planView()->viewport(), launchedAt);
    window.show();
    if (parser.isSet(samples))
        window.loadSamples();
    else if (!parser.isSet(noWelcome) && !(*database)->isServer())
        window.offerSamplesIfEmpty();
    return app.exec();
}
