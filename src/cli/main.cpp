// trainplan-cli: the command-line face of TrainPlan (design.md §6). Only wiring here; the commands are in
// CliCommands.cpp and use the same libraries as the GUI.

#include "CliCommands.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <memory>

int main(int argc, char** argv)
{
    // `export` and `credits --output` may draw a PDF, which needs fonts, which need a QGuiApplication;
    // offscreen needs no display. Every other command stays a QCoreApplication.
    bool exporting = argc > 1 && qstrcmp(argv[1], "export") == 0;
    if (argc > 1 && qstrcmp(argv[1], "credits") == 0)
        for (int i = 2; i < argc; ++i)
            exporting = exporting || qstrcmp(argv[i], "--output") == 0;
    if (exporting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app
        = exporting ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TrainPlan"));
    QCoreApplication::setApplicationName(QStringLiteral("trainplan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRAINPLAN_VERSION));

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)
        || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    return tp::cli::runCli(QCoreApplication::arguments().mid(1), out, err);
}
