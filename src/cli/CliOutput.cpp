#include "CliOutput.h"

#include "CommandLine.h"
#include "JsonOutput.h"
#include "Result.h"

namespace tp::cli {

void CliOutput::print(const QString& text)
{
    m_out.write(text.toUtf8());
}

void CliOutput::printJson(const QJsonObject& doc)
{
    m_out.write(toJsonBytes(doc));
}

void CliOutput::message(const QString& text)
{
    m_err.write((text + QLatin1Char('\n')).toUtf8());
}

int CliOutput::usage(const QString& text)
{
    message(text);
    message(Cli::tr("运行 trainplan-cli --help 查看用法。"));
    return ExitUsage;
}

int CliOutput::reject(const Error& error)
{
    message(error.toString());
    if (json())
        printJson(errorDocument(error));
    return ExitRejected;
}

} // namespace tp::cli
