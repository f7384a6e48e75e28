#pragma once

// Where a trainplan-cli command writes: results to stdout (text, or one JSON document with --json),
// messages to stderr, and the exit status of a usage error or a rejected input. What every command's context
// (CommandContext) writes with.

#include <QIODevice>
#include <QJsonObject>
#include <QString>

namespace tp {
struct Error;
}

namespace tp::cli {

class CliOutput {
public:
    CliOutput(QIODevice& out, QIODevice& err)
        : m_out(out)
        , m_err(err)
    {
    }
    virtual ~CliOutput() = default;

    virtual bool json() const = 0; // --json given

    void print(const QString& text);
    void printJson(const QJsonObject& doc);
    void message(const QString& text); // a line on stderr
    // A usage error: the message and where to find the usage; exit status 2.
    int usage(const QString& text);
    // The input was rejected: the message to stderr, and with --json an {"error": …} document on stdout; 1.
    int reject(const Error& error);

private:
    QIODevice& m_out;
    QIODevice& m_err;
};

} // namespace tp::cli
