#pragma once

// What the clerk sees while a file made by an earlier version is upgraded to this one's schema, before the window
// can come (Database::open: a copy of the file into its backup folder, the whole-file check, then each
// migration). On a district's file it is a moment; on a city's it took 16 s with nothing on the screen, long enough
// to start the program a second time. Shown by main() when Database::storedSchemaVersion says an upgrade is due.

#include <QCoreApplication>
#include <QString>

#include <memory>

class QProgressDialog;

namespace tp {

struct UpgradeNotice {
    Q_DECLARE_TR_FUNCTIONS(tp::UpgradeNotice)

public:
    // A busy dialog without 取消 (an upgrade is not stopped halfway), shown and painted at once; it goes when the
    // returned pointer does.
    static std::unique_ptr<QProgressDialog> show(const QString& path, int fromVersion, int toVersion);
};

} // namespace tp
