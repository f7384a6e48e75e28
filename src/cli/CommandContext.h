#pragma once

// What a trainplan-cli command runs with: its parsed options (its own and the global --db, --json, --today,
// --operator), where to write, and the database, opened on first use with the operator as the audit log's actor.
// The steps every command shares — the plan of --year [--district], the project of --project, the teacher of
// --staff — are here once.

#include "CliOutput.h"
#include "CommandLine.h"
#include "Plan.h"
#include "PlanDocument.h"
#include "Result.h"
#include "Teacher.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <memory>
#include <optional>

namespace tp {
class Database;
class PlanRepository;
} // namespace tp

namespace tp::cli {

class CommandContext : public CliOutput {
public:
    CommandContext(const Command& command, const QCommandLineParser& parser, QIODevice& out, QIODevice& err);

    const Command& command() const { return m_command; }
    bool json() const override;
    // An option given on the command line (its own or a global one), and its value.
    bool has(const char* name) const;
    QString value(const char* name) const;
    QStringList positional() const { return m_parser.positionalArguments(); }

    QDate today() const { return m_today; }
    void setToday(QDate today) { m_today = today; }
    int year() const { return m_year; }
    void setYear(int year) { m_year = year; }

    // The database of --db (else the GUI's default one); nullptr after saying why.
    Database* database();

    // The plan of --year and --district (which may be left out while the year has one district's plan). Without
    // one, nullopt with the exit code set after saying why.
    std::optional<Plan> plan(int* exitCode);
    // The project --project SEQ of that plan; 0 with the exit code set.
    qint64 project(int* exitCode);
    // The teacher of --staff; nullopt with the exit code set.
    std::optional<Teacher> teacher(int* exitCode);
    // That plan as checkPlan sees it: with every rule (the units, calendar and rule set of its district; deadlines
    // counted from --today), or with the plan table's rules alone.
    enum class Rules { All, TableOnly };
    std::optional<PlanDocument> planDocument(Rules rules, int* exitCode);

    // What every import command says first: the file could not be read, or it had errors and nothing was imported
    // (exit 1, the findings listed); else `doc` gets {"file", "encoding"} and there is no exit code yet.
    template <typename Import>
    std::optional<int> rejectedImport(const Result<Import>& result, const QString& file, QJsonObject* doc)
    {
        if (!result)
            return reject(result.error());
        doc->insert(QStringLiteral("file"), file);
        doc->insert(QStringLiteral("encoding"), result->encoding);
        if (result->hasErrors())
            return rejectFindings(result->findings, *doc);
        return std::nullopt;
    }

    // Findings with errors: each to stderr; with --json one document with them.
    int rejectFindings(const Findings& findings, QJsonObject doc);

private:
    const Command& m_command;
    const QCommandLineParser& m_parser;
    QDate m_today = QDate::currentDate();
    int m_year = 0;
    std::shared_ptr<Database> m_db;
};

} // namespace tp::cli
