#include "CliProgress.h"

#include "CommandLine.h"

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define TP_ISATTY(fd) _isatty(fd)
#define TP_FILENO(f) _fileno(f)
#else
#include <unistd.h>
#define TP_ISATTY(fd) isatty(fd)
#define TP_FILENO(f) fileno(f)
#endif

namespace tp::cli {

CliProgress::CliProgress(Mode mode, std::function<void(const QByteArray&)> write)
    : m_mode(mode)
    , m_write(std::move(write))
{
    m_started.start();
}

CliProgress::~CliProgress()
{
    finish();
}

CliProgress::Mode CliProgress::modeFor(bool progressOption)
{
    if (progressOption)
        return Mode::Lines;
    return TP_ISATTY(TP_FILENO(stderr)) ? Mode::Terminal : Mode::Off;
}

bool CliProgress::report(qint64 done, qint64 total, const QString& what)
{
    if (m_mode == Mode::Off)
        return true;
    if (!what.isEmpty())
        m_what = what;
    const qint64 now = m_started.elapsed();
    const bool end = total > 0 && done >= total;
    if (m_mode == Mode::Terminal && now < kQuietMs)
        return true;
    if (!end && m_lastShownMs >= 0 && now - m_lastShownMs < kIntervalMs)
        return true;
    m_lastShownMs = now;
    // A stage that names its count itself ("正在生成第 12 页，共 2704 页…") is shown as it is; the others with theirs
    // ("正在排版… 40000/100000").
    QString text = m_what;
    if (total > 0 && !m_what.contains(QString::number(total)))
        text = Cli::tr("%1 %2/%3").arg(m_what).arg(done).arg(total);
    if (m_mode == Mode::Terminal) {
        m_write("\r" + text.toUtf8() + "\x1b[K");
        m_lineOpen = true;
    } else {
        m_write(text.toUtf8() + '\n');
    }
    return true; // the command line has no 取消: Ctrl+C ends the process, and the PDF is written atomically
}

void CliProgress::finish()
{
    if (m_lineOpen)
        m_write(QByteArrayLiteral("\r\x1b[K"));
    m_lineOpen = false;
}

} // namespace tp::cli
