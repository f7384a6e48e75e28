#include "AtomicFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tp {

namespace {

QString systemMessage(int errorNumber)
{
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

} // namespace

Error AtomicFile::writeError(const QString& path, int errorNumber)
{
    Error e;
    e.file = QDir::toNativeSeparators(path);
    if (errorNumber == ENOSPC || errorNumber == EDQUOT || errorNumber == EFBIG)
        e.code = QStringLiteral("disk-full");
    if (errorNumber == ENOSPC || errorNumber == EDQUOT)
        e.message = tr("磁盘空间不足，无法写入 %1；原有文件未改变").arg(e.file);
    else if (errorNumber == EFBIG)
        e.message = tr("磁盘空间不足（超出允许的文件大小），无法写入 %1；原有文件未改变").arg(e.file);
    else
        e.message = tr("无法写入 %1：%2；原有文件未改变").arg(e.file, systemMessage(errorNumber));
    return e;
}

AtomicFile::AtomicFile(QString path)
    : m_path(QFileInfo(path).absoluteFilePath())
{
}

AtomicFile::~AtomicFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_committed && !m_tempPath.isEmpty())
        ::unlink(QFile::encodeName(m_tempPath).constData());
}

Status AtomicFile::open()
{
    const QFileInfo target(m_path);
    if (target.isDir() && !target.isSymLink()) {
        Error e(tr("%1 是一个文件夹，不能写成文件").arg(QDir::toNativeSeparators(m_path)));
        e.file = QDir::toNativeSeparators(m_path);
        return e;
    }
    // A regular file keeps its permissions; a new file (or one replacing a link) gets the default.
    int mode = m_mode >= 0 ? m_mode : 0666;
    struct stat existing { };
    const QByteArray targetName = QFile::encodeName(m_path);
    const bool replacingFile = ::lstat(targetName.constData(), &existing) == 0 && S_ISREG(existing.st_mode);
    if (replacingFile && m_mode < 0)
        mode = int(existing.st_mode & 07777);
    // A kill between open() and commit() (of this or an earlier export) leaves the temporary file behind.
    removeStaleTemporaries(target.absolutePath());
    for (int attempt = 0; attempt < 50; ++attempt) {
        const QString temp
            = target.absoluteDir().filePath(QStringLiteral(".%1.%2.tmp")
                                                .arg(target.fileName())
                                                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        const QByteArray tempName = QFile::encodeName(temp);
        const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            return writeError(m_path, errno);
        }
        // open() applied the umask; a replaced file's own mode (or the caller's) is set exactly.
        if ((replacingFile || m_mode >= 0) && ::fchmod(fd, mode_t(mode)) != 0) {
            const int why = errno;
            ::close(fd);
            ::unlink(tempName.constData());
            return writeError(m_path, why);
        }
        m_fd = fd;
        m_tempPath = temp;
        return success();
    }
    return writeError(m_path, EEXIST);
}

Status AtomicFile::write(const char* data, qint64 size)
{
    if (m_fd < 0)
        return writeError(m_path, EBADF);
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::write(m_fd, data + done, size_t(std::min<qint64>(size - done, 1 << 20)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return writeError(m_path, errno);
        }
        if (n == 0)
            return writeError(m_path, ENOSPC);
        done += n;
    }
    return success();
}

Status AtomicFile::commit()
{
    if (m_fd < 0)
        return writeError(m_path, EBADF);
    // The data on the disk before the name: a crash after the rename must not find an empty file.
    if (::fsync(m_fd) != 0)
        return writeError(m_path, errno);
    const int closed = ::close(m_fd);
    m_fd = -1;
    if (closed != 0)
        return writeError(m_path, errno);
    if (::rename(QFile::encodeName(m_tempPath).constData(), QFile::encodeName(m_path).constData()) != 0)
        return writeError(m_path, errno);
    m_committed = true;
    const int dir = ::open(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return success();
}

Status AtomicFile::writeFile(const QString& path, const QByteArray& bytes)
{
    AtomicFile file(path);
    if (Status s = file.open(); !s)
        return s;
    if (Status s = file.write(bytes); !s)
        return s;
    return file.commit();
}

int AtomicFile::removeStaleTemporaries(const QString& folder, int olderThanSeconds)
{
    static const QRegularExpression pattern(QStringLiteral("^\\..+\\.[0-9a-f]{8}\\.tmp$"));
    const QDir dir(folder);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-olderThanSeconds);
    int removed = 0;
    const auto entries = dir.entryInfoList({ QStringLiteral(".*.tmp") }, QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo& info : entries) {
        if (!pattern.match(info.fileName()).hasMatch() || info.isSymLink() || !info.isFile())
            continue;
        if (info.lastModified() >= before)
            continue; // perhaps another export still writing it
        if (::unlink(QFile::encodeName(info.absoluteFilePath()).constData()) == 0)
            ++removed;
    }
    return removed;
}

} // namespace tp
