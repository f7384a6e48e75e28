#pragma once

// Runs the poppler-utils tools on a PDF; a test skips itself when they are not installed.

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace tptest {

inline QString popplerTool(const char* name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

inline QString runTool(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext -layout: the text of every page; pages are separated by form feeds.
inline QStringList pdfPages(const QString& pdf)
{
    QStringList pages = runTool(popplerTool("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") })
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

inline int pdfPageCount(const QString& pdf)
{
    const QString info = runTool(popplerTool("pdfinfo"), { pdf });
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

inline QString squeezed(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

} // namespace tptest

#define SKIP_WITHOUT_POPPLER()                                                                                         \
    do {                                                                                                               \
        if (tptest::popplerTool("pdftotext").isEmpty() || tptest::popplerTool("pdfinfo").isEmpty()                     \
            || tptest::popplerTool("pdffonts").isEmpty())                                                              \
            GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo, pdffonts) not installed";                              \
    } while (false)
