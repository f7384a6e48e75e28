// Issue 9, points 2, 6, 10 and 11: every write checked (a full disk leaves the old file whole and says
// "磁盘空间不足" with the path), exports safe to open in Excel/WPS (no formulas), export permissions and
// symbolic links, and CSV reading that stays linear and bounded.

#include "AtomicFile.h"
#include "CsvReader.h"
#include "InputSanitizer.h"
#include "PlanCsvExporter.h"
#include "PlanTableImporter.h"
#include "TestHelpers.h"
#include "XlsxExporter.h"
#include "XlsxReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <functional>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tp;
using namespace tptest;

namespace {

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

int modeOf(const QString& path)
{
    struct stat st { };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

// Runs `write` in a child process whose files may not grow past `limit` bytes (RLIMIT_FSIZE; SIGXFSZ ignored,
// so the write that crosses it fails with EFBIG, as one on a full disk fails with ENOSPC). Returns what the
// child's Status said: "" when it succeeded. No mount and no root needed.
QString writeWithFileLimit(rlim_t limit, const std::function<Status()>& write)
{
    int pipeFd[2];
    if (::pipe(pipeFd) != 0)
        return QStringLiteral("pipe failed");
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(pipeFd[0]);
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit rl { limit, limit };
        ::setrlimit(RLIMIT_FSIZE, &rl);
        const Status s = write();
        const QByteArray message = s ? QByteArray() : s.error().toString().toUtf8();
        if (!message.isEmpty() && ::write(pipeFd[1], message.constData(), size_t(message.size())) < 0)
            ::_exit(2);
        ::_exit(0);
    }
    ::close(pipeFd[1]);
    QByteArray out;
    char buffer[4096];
    ssize_t n;
    while ((n = ::read(pipeFd[0], buffer, sizeof buffer)) > 0)
        out.append(buffer, n);
    ::close(pipeFd[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    EXPECT_TRUE(WIFEXITED(status)) << "the child died instead of reporting the full disk";
    return QString::fromUtf8(out);
}

QList<Project> manyProjects(int n)
{
    QList<Project> list;
    for (int i = 1; i <= n; ++i) {
        Project p;
        p.seq = i;
        p.name = QStringLiteral("第%1个培训项目：信息技术应用能力提升工程2.0全员培训").arg(i);
        p.organizers = { QStringLiteral("区教委"), QStringLiteral("区教师进修学校") };
        p.durationText = QString::number(i % 5 + 1);
        p.headcountText = QString::number(100 + i);
        p.remarks = QStringLiteral("备注").repeated(20);
        list << p;
    }
    return list;
}

class SafeWritingTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    QTemporaryDir m_dir;
};

} // namespace

// --- 2. a full disk leaves the old file whole -----------------------------------------------------------------

TEST_F(SafeWritingTest, AFullDiskLeavesTheOldFileWholeForEveryWriter)
{
    const QList<Project> small = manyProjects(3);
    const QList<Project> large = manyProjects(2000); // well past the limit below
    struct Writer {
        const char* file;
        rlim_t limit; // between the old file's size and the new one's
        std::function<Status(const QString&, const QList<Project>&)> write;
    };
    const Writer writers[] = {
        { "plan.csv", 64 * 1024,
            [](const QString& p, const QList<Project>& l) { return PlanCsvExporter::writeFile(p, l); } },
        { "plan.xlsx", 10 * 1024,
            [](const QString& p, const QList<Project>& l) { return XlsxExporter::writeFile(p, l); } },
        { "raw.bin", 64 * 1024,
            [](const QString& p, const QList<Project>& l) {
                return AtomicFile::writeFile(p, PlanCsvExporter::toCsv(l).repeated(4));
            } },
    };
    for (const Writer& w : writers) {
        SCOPED_TRACE(w.file);
        const QString target = path(w.file);
        ASSERT_TRUE(w.write(target, small).ok());
        const QByteArray before = hashOf(target);
        const qint64 size = QFileInfo(target).size();
        ASSERT_LT(size, qint64(w.limit));
        const QString message = writeWithFileLimit(w.limit, [&] { return w.write(target, large); });
        EXPECT_TRUE(message.contains(QStringLiteral("磁盘空间不足"))) << message.toStdString();
        EXPECT_TRUE(message.contains(QDir::toNativeSeparators(target)) || message.contains(QString::fromUtf8(w.file)))
            << message.toStdString();
        EXPECT_EQ(hashOf(target), before) << "the old file is whole";
        EXPECT_EQ(QFileInfo(target).size(), size);
        // No temporary file is left beside it.
        EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".tmp")).size(), 0);
    }
}

// --- 11. permissions and symbolic links -----------------------------------------------------------------------

TEST_F(SafeWritingTest, ANewExportFollowsTheUmaskAndAReplacedOneKeepsItsPermissions)
{
    const mode_t old = ::umask(022);
    const QString csv = path("new.csv");
    const QString xlsx = path("new.xlsx");
    ASSERT_TRUE(PlanCsvExporter::writeFile(csv, manyProjects(2)).ok());
    ASSERT_TRUE(XlsxExporter::writeFile(xlsx, manyProjects(2)).ok());
    EXPECT_EQ(modeOf(csv), 0644);
    EXPECT_EQ(modeOf(xlsx), 0644) << "XLSX exports were 0600";
    ASSERT_EQ(::chmod(QFile::encodeName(xlsx).constData(), 0664), 0);
    ASSERT_TRUE(XlsxExporter::writeFile(xlsx, manyProjects(3)).ok());
    EXPECT_EQ(modeOf(xlsx), 0664) << "an existing file was reset to 0600";
    ::umask(077);
    const QString privateCsv = path("private.csv");
    ASSERT_TRUE(PlanCsvExporter::writeFile(privateCsv, manyProjects(2)).ok());
    EXPECT_EQ(modeOf(privateCsv), 0600) << "the user's umask is respected";
    ::umask(old);
}

TEST_F(SafeWritingTest, ASymbolicLinkAtTheTargetIsReplacedAndItsTargetNeverWritten)
{
    const QString victim = path("victim.txt");
    {
        QFile f(victim);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("do not overwrite me\n");
    }
    const QByteArray before = hashOf(victim);
    for (const char* name : { "link.csv", "link.xlsx", "link.bin" }) {
        const QString link = path(name);
        ASSERT_TRUE(QFile::link(victim, link));
        Status s = QString::fromUtf8(name).endsWith(QLatin1String(".csv"))
            ? PlanCsvExporter::writeFile(link, manyProjects(2))
            : QString::fromUtf8(name).endsWith(QLatin1String(".xlsx")) ? XlsxExporter::writeFile(link, manyProjects(2))
                                                                       : AtomicFile::writeFile(link, "new bytes");
        ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
        EXPECT_FALSE(QFileInfo(link).isSymLink()) << name << ": the link itself is replaced by the export";
        EXPECT_EQ(hashOf(victim), before) << name << ": the link's target is untouched";
    }
}

// --- 6. CSV export safe to open ------------------------------------------------------------------------------

TEST(CsvInjection, CellsThatWouldRunAsFormulasAreWrittenAsTextAndImportBack)
{
    const QStringList hostile { QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+1+1"), QStringLiteral("-2+3"),
        QStringLiteral("@SUM(A1:A9)"), QStringLiteral("=HYPERLINK(\"http://x\",\"点我\")"), QStringLiteral("\t=1+1") };
    QList<Project> projects;
    for (int i = 0; i < hostile.size(); ++i) {
        Project p;
        p.seq = i + 1;
        p.name = QStringLiteral("项目%1").arg(i + 1);
        p.remarks = hostile[i];
        p.location = hostile[i];
        projects << p;
    }
    const QByteArray csv = PlanCsvExporter::toCsv(projects);
    auto records = CsvReader::parse(QString::fromUtf8(csv));
    ASSERT_TRUE(records.ok());
    for (const CsvRecord& r : records.value())
        for (const QString& cell : r.cells)
            EXPECT_FALSE(PlanCsvExporter::startsLikeFormula(cell)) << "a cell Excel would run: " << show(cell);
    // Export → import gives the same text (the trimming an import always does aside).
    auto back = PlanTableImporter::importBytes(csv, QStringLiteral("export.csv"));
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    ASSERT_EQ(back->projects.size(), projects.size());
    for (int i = 0; i < projects.size(); ++i) {
        EXPECT_EQ(back->projects[i].remarks, hostile[i].trimmed());
        EXPECT_EQ(back->projects[i].location, hostile[i].trimmed());
    }
    // What a user typed with an apostrophe of their own stays as typed.
    Project own;
    own.seq = 1;
    own.name = QStringLiteral("'引号开头的名称");
    auto ownBack = PlanTableImporter::importBytes(PlanCsvExporter::toCsv({ own }), QStringLiteral("own.csv"));
    EXPECT_EQ(ownBack->projects.first().name, own.name);
}

// --- 10. linear, bounded CSV reading ---------------------------------------------------------------------------

TEST(CsvLimits, ALongLineOfCommasIsReadAsEmptyCellsWithoutKeepingThem)
{
    const QString text
        = QStringLiteral("序号,培训项目\n") + QString(2 * 1024 * 1024, QLatin1Char(',')) + QLatin1Char('\n');
    auto records = CsvReader::parse(text, QStringLiteral("commas.csv"));
    ASSERT_TRUE(records.ok()) << records.error().toString().toStdString();
    ASSERT_EQ(records->size(), 2);
    EXPECT_EQ(records->at(1).cells.size(), InputLimits::maxColumns) << "empty cells past the limit are dropped";
}

TEST(CsvLimits, ContentPastTheLastColumnOrAnOverlongCellIsRefusedWithItsPlace)
{
    QString wide = QStringLiteral("a") + QString(InputLimits::maxColumns + 10, QLatin1Char(',')) + QStringLiteral("x");
    auto r = CsvReader::parse(wide, QStringLiteral("wide.csv"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().row, 1);
    EXPECT_EQ(r.error().column, InputLimits::maxColumns + 11);
    EXPECT_EQ(r.error().file, QStringLiteral("wide.csv"));

    const QString longCell = QStringLiteral("序号,培训项目\n1,") + QString(5000, QChar(0x540D)) + QStringLiteral("\n");
    auto l = CsvReader::parse(longCell, QStringLiteral("long.csv"));
    ASSERT_FALSE(l.ok());
    EXPECT_EQ(l.error().row, 2);
    EXPECT_EQ(l.error().column, 2);
    EXPECT_LE(l.error().value.size(), 41) << "the value in the message is cut short";
}

TEST(CsvLimits, QuotedCellsWithLineBreaksAndDoubledQuotesStillParse)
{
    auto r = CsvReader::parse(QStringLiteral("\"a\"\"b\",\"c\r\nd\",e\r\n\"\",x\n"));
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->size(), 2);
    EXPECT_EQ(r->at(0).cells, (QStringList { QStringLiteral("a\"b"), QStringLiteral("c\r\nd"), QStringLiteral("e") }));
    EXPECT_EQ(r->at(1).cells, (QStringList { QString(), QStringLiteral("x") }));
    EXPECT_EQ(r->at(1).line, 3);
}
