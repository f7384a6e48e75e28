#pragma once

// Writing a file so that it is either the old file or the whole new one: the bytes go to a temporary file in
// the same folder, every write is checked, the file is flushed to the disk (fsync), and only then renamed over
// the target (rename(2): one step, also after a crash or a kill). A full disk leaves the old file whole and
// says "磁盘空间不足" with the path.
//
// Permissions: a new file gets 0666 minus the user's umask (0644 with the usual 022), unless the caller asks
// for others (a database backup: 0600); a regular file that is replaced keeps its permissions.
//
// A symbolic link at the target is replaced by the new file; its target is never opened or written. Why not
// refuse: rename(2) replaces the link itself, atomically and without a check that another program could race
// (a check-then-write is exactly how a link planted in a shared folder redirects a write), and the user asked
// for a file with that name and gets one. The link is gone afterwards, which the documentation says.

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tp {

class AtomicFile {
    Q_DECLARE_TR_FUNCTIONS(tp::AtomicFile)

public:
    explicit AtomicFile(QString path);
    ~AtomicFile(); // removes the temporary file unless committed
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    // Permissions of a new file (octal, e.g. 0600); default 0666 & ~umask. Call before open().
    void setNewFilePermissions(int mode) { m_mode = mode; }

    // Creates the temporary file beside the target.
    Status open();
    Status write(const char* data, qint64 size);
    Status write(const QByteArray& bytes) { return write(bytes.constData(), bytes.size()); }
    // For writers that open the file by name themselves (libxlsxwriter, SQLite's VACUUM INTO): after open(),
    // they write to tempPath(); commit() then checks, flushes and renames it.
    QString tempPath() const { return m_tempPath; }
    // Flushes the temporary file to the disk and renames it over the target (the folder is flushed too).
    Status commit();

    QString path() const { return m_path; }

    // The whole file in one call.
    static Status writeFile(const QString& path, const QByteArray& bytes);
    // Removes what killed writers left in `folder`: files named like this class's temporary files
    // (".<name>.<8 hex digits>.tmp") that were last written more than `olderThanSeconds` ago. open() calls it for
    // the target's folder, so the next export there cleans up. Returns how many were removed.
    static int removeStaleTemporaries(const QString& folder, int olderThanSeconds = 60);
    // The message of a failed write: "磁盘空间不足，无法写入 PATH" for ENOSPC/EDQUOT/EFBIG, else the system's.
    static Error writeError(const QString& path, int errorNumber);

private:
    QString m_path;
    QString m_tempPath;
    int m_fd = -1;
    int m_mode = -1;
    bool m_committed = false;
};

} // namespace tp
