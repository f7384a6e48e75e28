#pragma once

// How long work (an import, an export, a report of thousands of pages) says how far it got and learns that the
// user pressed 取消. The work calls step() once per batch (a few hundred rows, a page); the GUI implements the sink
// with a progress dialog (gui/widgets/WorkProgress.h), the CLI and the tests pass none or their own.
//
// A cancelled step is an Error with code "cancelled" (cancelledError): the caller stops, rolls its transaction
// back or leaves its temporary file unrenamed, and returns it — nothing half-written stays.

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace tp {

class ProgressSink {
public:
    virtual ~ProgressSink() = default;

    // `done` of `total` units of work (total 0: not known); `what` says which part runs ("正在保存…", may be empty:
    // the last one still holds). Returns false when the user asked to stop.
    virtual bool report(qint64 done, qint64 total, const QString& what) = 0;
};

// What a long operation takes besides its own arguments: kept in one struct so that a new option is not a new
// positional parameter of every importer and exporter.
struct ProgressOptions {
    ProgressSink* sink = nullptr; // none: the work runs to its end

    // True to go on. Without a sink, always.
    bool step(qint64 done, qint64 total, const QString& what = {}) const
    {
        return sink == nullptr || sink->report(done, total, what);
    }
};

class Cancelled {
    Q_DECLARE_TR_FUNCTIONS(tp::Cancelled)

public:
    static constexpr const char* kCode = "cancelled";
    // "已取消：什么也没有写入" with what was stopped.
    static Error error(const QString& what);
    static bool is(const Error& error) { return error.code == QLatin1String(kCode); }
};

} // namespace tp
