// trainplan-cli: the command-line face of TrainPlan (design.md §6). Only wiring here; the commands are in
// CliCommands.cpp and use the same libraries as the GUI.

#include "CliCommands.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
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
