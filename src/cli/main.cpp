// trainplan-cli: the command-line face of TrainPlan (docs/cli.md). Only wiring here; the commands are in
// CommandLine.cpp and the command groups, and use the same libraries as the GUI.

#include "CommandLine.h"
#include "Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <memory>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // `export` and `credits --output` may draw a PDF, which needs fonts, which need a QGuiApplication;
    // offscreen needs no display. Every other command stays a QCoreApplication.
    const bool fonts = tp::cli::needsFonts(arguments);
    if (fonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app
        = fonts ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TrainPlan"));
    QCoreApplication::setApplicationName(QStringLiteral("trainplan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRAINPLAN_VERSION));
    // The language of every message: --lang, else the system's (docs/translations.md). A --lang the program does
    // not speak is refused by runCli, in the system's language.
    const QString language = tp::i18n::normalized(tp::i18n::languageArgument(arguments));
    tp::i18n::install(language.isEmpty() ? tp::i18n::systemLanguage() : language);

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)
        || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    return tp::cli::runCli(QCoreApplication::arguments().mid(1), out, err);
}
