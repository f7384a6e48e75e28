#pragma once

// How far a long command got, on stderr (never on stdout, where the result or the --json document goes): the
// district's 学分统计表 of thousands of pages takes tens of seconds. On a terminal, one line rewritten in place
// once the work has run 300 ms, at most four times a second, and cleared at the end; with --progress (a log, a
// script), a line per report at most four times a second plus the end of each stage. Not a terminal and no
// --progress: nothing.

#include "Progress.h"

#include <QElapsedTimer>
#include <QString>
#include <functional>

namespace tp::cli {

class CliProgress : public ProgressSink {
public:
    enum class Mode {
        Off, // stderr is not a terminal and --progress was not given
        Terminal, // one line rewritten in place
        Lines, // --progress: one line per report shown
    };
    // `write`: bytes to stderr. The mode from isatty(stderr) and --progress: see modeFor().
    CliProgress(Mode mode, std::function<void(const QByteArray&)> write);
    ~CliProgress() override;

    static Mode modeFor(bool progressOption);

    bool report(qint64 done, qint64 total, const QString& what) override;
    // The terminal's line cleared (before the command's own result is printed).
    void finish();

    static constexpr qint64 kQuietMs = 300; // on a terminal: nothing for work shorter than this
    static constexpr qint64 kIntervalMs = 250; // at most four lines a second

private:
    Mode m_mode;
    std::function<void(const QByteArray&)> m_write;
    QElapsedTimer m_started;
    qint64 m_lastShownMs = -1;
    QString m_what;
    bool m_lineOpen = false; // a terminal line written and not yet cleared
};

} // namespace tp::cli
