#include "CommandLine.h"

#include "CommandContext.h"
#include "Commands.h"
#include "Database.h"
#include "Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace tp::cli {

namespace {

// Accepted before or after the command, by every command.
struct GlobalOption {
    const char* name;
    bool takesValue;
};
constexpr GlobalOption kGlobals[]
    = { { "db", true }, { "json", false }, { "today", true }, { "operator", true }, { "lang", true } };

QList<Command> buildCommands()
{
    QList<Command> list = planCommands();
    list << calendarCommands() << teacherCommands() << enrollCommands() << creditCommands() << ruleCommands()
         << dbCommands() << workflowCommands() << serverCommands();
    return list;
}

// Built once, on first use, in the language installed then (its summaries are translated as they are made).
const QList<Command>& commands()
{
    static const QList<Command> all = buildCommands();
    return all;
}

QString commandNames()
{
    QStringList names;
    for (const Command& c : commands())
        names << c.name;
    return names.join(QStringLiteral(", "));
}

const GlobalOption* globalOption(const QString& name)
{
    for (const GlobalOption& g : kGlobals)
        if (name == QLatin1String(g.name))
            return &g;
    return nullptr;
}

QList<QCommandLineOption> globalOptions()
{
    return { valueOption("db", "PATH"), flagOption("json"), valueOption("today", "YYYY-MM-DD"),
        valueOption("operator", "NAME"), valueOption("lang", "LANG"),
        QCommandLineOption(QStringList { QStringLiteral("h"), QStringLiteral("help") }) };
}

// The words before the command and the command's: the global options given first are moved behind it.
struct Split {
    QStringList leadingGlobals;
    QStringList words; // from the command's first word on
    QString badLeading; // an option before the command that is not a global one
};

Split splitArguments(const QStringList& arguments)
{
    Split s;
    qsizetype i = 0;
    for (; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (!a.startsWith(QStringLiteral("--")) || a == QStringLiteral("--help"))
            break;
        QString name = a.mid(2);
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0)
            name.truncate(eq);
        const GlobalOption* g = globalOption(name);
        if (!g) {
            s.badLeading = a;
            return s;
        }
        s.leadingGlobals << a;
        if (g->takesValue && eq < 0 && i + 1 < arguments.size())
            s.leadingGlobals << arguments.at(++i);
    }
    s.words = arguments.mid(i);
    return s;
}

// The longest command name the leading words spell (up to three words), and how many words it took.
const Command* findCommand(const QStringList& words, qsizetype* taken, const QList<Command>& all = commands())
{
    for (qsizetype n = std::min<qsizetype>(3, words.size()); n >= 1; --n) {
        const QStringList leading = words.mid(0, n);
        if (std::any_of(
                leading.begin(), leading.end(), [](const QString& w) { return w.startsWith(QLatin1Char('-')); }))
            continue;
        const QString name = leading.join(QLatin1Char(' '));
        for (const Command& c : all)
            if (c.name == name) {
                *taken = n;
                return &c;
            }
    }
    return nullptr;
}

// The name the user meant, for the message about an unknown command: "teachers frob" when the first word starts
// commands of several words, else the first word.
QString unknownName(const QStringList& words)
{
    const QString first = words.value(0);
    const bool group = std::any_of(commands().begin(), commands().end(),
        [&](const Command& c) { return c.name.startsWith(first + QLatin1Char(' ')); });
    return group && words.size() > 1 && !words.at(1).startsWith(QLatin1Char('-'))
        ? first + QLatin1Char(' ') + words.at(1)
        : first;
}

QString helpText()
{
    QString s = Cli::tr("trainplan-cli — 教师培训计划管理（TrainPlan）命令行\n\n用法：trainplan-cli [全局选项] 命令 "
                        "[参数与选项]\n\n命令：\n");
    for (const Command& c : commands())
        s += QStringLiteral("  trainplan-cli %1\n      %2\n").arg(c.synopsis, c.summary);
    s += Cli::tr("\n全局选项（写在命令之前或之后都可以）：\n"
                 "  --db PATH          数据库文件（默认：与图形界面相同的数据库 %1），\n"
                 "                     或区县服务器上的数据库 postgresql://登录名@服务器[:端口]/数据库名\n"
                 "  --json             在标准输出上输出一个 UTF-8 JSON 文档\n"
                 "  --today YYYY-MM-DD 以此日期为“今天”\n"
                 "  --operator NAME    审计日志中记录的操作人（默认：本机的登录用户；在服务器上是登录名）\n"
                 "  --lang LANG        输出的语言：zh_CN（中文）或 en（英文）；默认按系统语言\n"
                 "  --help             显示帮助；trainplan-cli help 命令 或 命令 --help 显示该命令的用法\n"
                 "省略 --district 时，若该年度只有一个区县的计划，就用它。\n\n"
                 "退出状态：0 成功；1 输入被拒绝或检查发现错误；2 用法错误。\n")
             .arg(Database::defaultPath());
    return s;
}

QString commandHelp(const Command& c)
{
    return QStringLiteral("trainplan-cli %1\n    %2\n").arg(c.synopsis, c.summary)
        + Cli::tr("全局选项：--db PATH、--json、--today YYYY-MM-DD、--operator NAME、--lang LANG（trainplan-cli --help "
                  "有说明）\n");
}

bool parseYear(const QString& text, int* year)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{4}$"));
    if (!digits.match(text).hasMatch())
        return false;
    *year = text.toInt();
    return *year >= 1949 && *year <= 2200;
}

// Options whose value is missing or that take none, said in the user's words before QCommandLineParser says it
// in English.
std::optional<QString> optionValueProblem(const Command& command, const QStringList& arguments)
{
    QList<QCommandLineOption> all = globalOptions();
    all << command.options;
    const auto find = [&](const QString& name) -> const QCommandLineOption* {
        for (const QCommandLineOption& o : all)
            if (o.names().contains(name))
                return &o;
        return nullptr;
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (!a.startsWith(QStringLiteral("--")) || a == QStringLiteral("--"))
            continue;
        QString name = a.mid(2);
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0)
            name.truncate(eq);
        const QCommandLineOption* o = find(name);
        if (!o)
            continue; // unknown: QCommandLineParser names it
        const bool takesValue = !o->valueName().isEmpty();
        if (!takesValue && eq >= 0)
            return Cli::tr("选项 --%1 不带值").arg(name);
        if (takesValue && eq < 0 && (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QStringLiteral("--"))))
            return Cli::tr("选项 --%1 缺少值").arg(name);
    }
    return std::nullopt;
}

int runCommand(const Command& command, const QStringList& arguments, QIODevice& out, QIODevice& err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    parser.addOptions(command.options);
    CommandContext ctx(command, parser, out, err);
    if (const auto problem = optionValueProblem(command, arguments))
        return ctx.usage(*problem);
    if (!parser.parse(QStringList { QStringLiteral("trainplan-cli") } + arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty())
            return ctx.usage(
                Cli::tr("命令 %1 不认识选项 %2")
                    .arg(command.name,
                        (unknown.first().size() > 1 ? QStringLiteral("--") : QStringLiteral("-")) + unknown.first()));
        return ctx.usage(Cli::tr("命令 %1：%2").arg(command.name, parser.errorText()));
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out.write(commandHelp(command).toUtf8());
        return ExitSuccess;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < command.positional.size())
        return ctx.usage(Cli::tr("命令 %1 缺少参数；用法：trainplan-cli %2").arg(command.name, command.synopsis));
    if (positional.size() > command.positional.size())
        return ctx.usage(
            Cli::tr("命令 %1 多余的参数「%2」").arg(command.name, positional.at(command.positional.size())));
    if (ctx.has("today")) {
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate today = QDate::fromString(ctx.value("today"), Qt::ISODate);
        if (!iso.match(ctx.value("today")).hasMatch() || !today.isValid())
            return ctx.usage(Cli::tr("--today 的值「%1」不是有效的日期（格式 YYYY-MM-DD）").arg(ctx.value("today")));
        ctx.setToday(today);
    }
    if (command.needsYear) {
        if (!ctx.has("year"))
            return ctx.usage(Cli::tr("命令 %1 需要 --year 年度").arg(command.name));
        int year = 0;
        if (!parseYear(ctx.value("year"), &year))
            return ctx.usage(Cli::tr("--year 的值「%1」不是有效的年度（1949–2200 的四位数）").arg(ctx.value("year")));
        ctx.setYear(year);
    }
    if (ctx.has("db") && ctx.value("db").trimmed().isEmpty())
        return ctx.usage(Cli::tr("--db 的值为空"));
    return command.run(ctx);
}

// Only for messages before a command is known.
class Messenger : public CliOutput {
public:
    using CliOutput::CliOutput;
    bool json() const override { return false; }
};

} // namespace

QCommandLineOption valueOption(const char* name, const char* valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(valueName));
}

QCommandLineOption flagOption(const char* name)
{
    return QCommandLineOption(QString::fromLatin1(name));
}

QList<QCommandLineOption> projectOptions()
{
    return { valueOption("year", "YEAR"), valueOption("project", "SEQ"), valueOption("district", "NAME") };
}

int runCli(const QStringList& arguments, QIODevice& out, QIODevice& err)
{
    Messenger early(out, err);
    bool langGiven = false; // main.cpp has installed the language of --lang, when it is one the program speaks
    const QString lang = i18n::languageArgument(arguments, &langGiven);
    if (langGiven && i18n::normalized(lang).isEmpty())
        return early.usage(Cli::tr("--lang 的值「%1」不是支持的语言；可用：%2")
                               .arg(lang, i18n::availableLanguages().join(QStringLiteral(", "))));
    const Split split = splitArguments(arguments);
    if (!split.badLeading.isEmpty())
        return early.usage(Cli::tr("选项 %1 要写在命令之后（命令之前只能写 --db、--json、--today、--operator、--lang）")
                               .arg(split.badLeading));
    if (split.words.isEmpty())
        return early.usage(Cli::tr("缺少命令；可用的命令：%1").arg(commandNames()));
    const QString first = split.words.first();
    if (first == QStringLiteral("--help") || first == QStringLiteral("-h")
        || (first == QStringLiteral("help") && split.words.size() == 1)) {
        out.write(helpText().toUtf8());
        return ExitSuccess;
    }
    // `help COMMAND`: that command's usage.
    const bool helpFor = first == QStringLiteral("help");
    const QStringList words = helpFor ? split.words.mid(1) : split.words;
    qsizetype taken = 0;
    const Command* command = findCommand(words, &taken);
    if (!command)
        return early.usage(Cli::tr("未知的命令「%1」；可用的命令：%2").arg(unknownName(words), commandNames()));
    if (helpFor) {
        if (taken != words.size())
            return early.usage(
                Cli::tr("未知的命令「%1」；可用的命令：%2").arg(words.join(QLatin1Char(' ')), commandNames()));
        out.write(commandHelp(*command).toUtf8());
        return ExitSuccess;
    }
    return runCommand(*command, split.leadingGlobals + words.mid(taken), out, err);
}

bool needsFonts(const QStringList& arguments)
{
    const Split split = splitArguments(arguments);
    qsizetype taken = 0;
    // Asked before the application and its translator exist: a table of its own, so that the one the commands
    // use is built after the language is installed.
    const QList<Command> all = buildCommands();
    const Command* command = findCommand(split.words, &taken, all);
    if (!command)
        return false;
    switch (command->fonts) {
    case Command::Fonts::Always:
        return true;
    case Command::Fonts::WithOutput:
        return std::any_of(arguments.begin(), arguments.end(), [](const QString& a) {
            return a == QStringLiteral("--output") || a.startsWith(QStringLiteral("--output="));
        });
    case Command::Fonts::Never:
        break;
    }
    return false;
}

} // namespace tp::cli
