#pragma once

// Long work in the GUI (an import, an export, a report of thousands of pages): a window-modal progress dialog
// with 取消, the GUI's ProgressSink. It appears once the work has run kShowAfterMs (quick work shows nothing),
// and every step the work reports updates it and sees 取消 (events processed at most every kEventsEveryMs, so the
// steps cost nothing). After 取消 the work's next step returns false; the work then undoes what it began.
//
//     WorkProgress progress(this, tr("导入教师名单"), tr("正在导入教师名单…"));
//     service.setProgress(progress.options());
//     auto imported = service.importTeacherListFile(path);   // Cancelled::is(imported.error()) after 取消

#include "Progress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QString>

class QProgressDialog;
class QWidget;

namespace tp {

class WorkProgress : public ProgressSink {
    Q_DECLARE_TR_FUNCTIONS(tp::WorkProgress)

public:
    static constexpr int kShowAfterMs = 300;
    static constexpr int kEventsEveryMs = 50;
    // For tests that must see the dialog whatever the machine's speed: it then appears at the first step reported
    // after `ms` (0: at once) instead of kShowAfterMs. Process-wide; -1 puts kShowAfterMs back.
    static void setShowAfterMsForTesting(int ms);

    WorkProgress(QWidget* parent, const QString& title, const QString& label);
    ~WorkProgress() override;
    WorkProgress(const WorkProgress&) = delete;
    WorkProgress& operator=(const WorkProgress&) = delete;

    bool report(qint64 done, qint64 total, const QString& what) override;
    ProgressOptions options() { return ProgressOptions { this }; }

    // Shows the dialog now (before work that reports nothing for a while, e.g. a file being read).
    void showNow();
    bool wasCancelled() const { return m_cancelled; }
    // The dialog (object name "workProgress"), for tests; shown or not.
    QProgressDialog* dialog() const;
    // Measured for docs/performance.md: ms from construction until the dialog was shown (-1: never shown).
    qint64 shownAfterMs() const { return m_shownAfterMs; }

private:
    QPointer<QProgressDialog> m_dialog;
    QElapsedTimer m_clock;
    qint64 m_lastEventsMs = -1;
    qint64 m_shownAfterMs = -1;
    bool m_cancelled = false;
};

} // namespace tp
