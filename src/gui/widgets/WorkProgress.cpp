#include "WorkProgress.h"

#include <QProgressDialog>
#include <limits>

namespace tp {

namespace {
int g_showAfterMs = WorkProgress::kShowAfterMs;
}

void WorkProgress::setShowAfterMsForTesting(int ms)
{
    g_showAfterMs = ms < 0 ? kShowAfterMs : ms;
}

WorkProgress::WorkProgress(QWidget* parent, const QString& title, const QString& label)
    : m_dialog(new QProgressDialog(label, tr("取消"), 0, 0, parent))
{
    m_dialog->setObjectName(QStringLiteral("workProgress"));
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoReset(false);
    m_dialog->setAutoClose(false);
    m_dialog->setMinimumDuration(g_showAfterMs);
    m_dialog->setMinimumWidth(360);
    m_clock.start();
}

WorkProgress::~WorkProgress()
{
    delete m_dialog.data();
}

QProgressDialog* WorkProgress::dialog() const
{
    return m_dialog.data();
}

void WorkProgress::showNow()
{
    if (!m_dialog || m_dialog->isVisible())
        return;
    m_dialog->show();
    m_shownAfterMs = m_clock.elapsed();
    QCoreApplication::processEvents();
    m_lastEventsMs = m_clock.elapsed();
}

bool WorkProgress::report(qint64 done, qint64 total, const QString& what)
{
    if (m_cancelled || !m_dialog)
        return false;
    const qint64 now = m_clock.elapsed();
    if (now < g_showAfterMs || (m_lastEventsMs >= 0 && now - m_lastEventsMs < kEventsEveryMs))
        return true;
    // The bar counts in steps of at most INT_MAX; a total that is not known shows a busy bar.
    const double scale = total > std::numeric_limits<int>::max() ? double(std::numeric_limits<int>::max()) / total : 1;
    const int maximum = total > 0 ? int(double(total) * scale) : 0;
    if (m_dialog->maximum() != maximum)
        m_dialog->setRange(0, maximum);
    if (!what.isEmpty() && m_dialog->labelText() != what)
        m_dialog->setLabelText(what);
    if (!m_dialog->isVisible()) {
        m_dialog->show();
        m_shownAfterMs = now;
    }
    m_dialog->setValue(maximum > 0 ? std::min(maximum, int(double(done) * scale)) : 0);
    QCoreApplication::processEvents(); // paints the dialog and delivers 取消
    m_lastEventsMs = m_clock.elapsed();
    m_cancelled = m_dialog->wasCanceled();
    return !m_cancelled;
}

} // namespace tp
