#include "BenchData.h"

#include "Database.h"

#include <QFile>
#include <cstdio>
#include <cstdlib>

namespace tp::bench {

namespace {
const char16_t* kSurnames[]
    = { u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周", u"徐", u"孙", u"马", u"朱", u"胡", u"郭",
          u"何", u"高", u"林", u"罗", u"郑", u"梁", u"谢", u"宋", u"唐", u"许", u"韩", u"冯", u"邓", u"曹" };
const char16_t* kGiven[] = { u"伟", u"芳", u"娜", u"敏", u"静", u"丽", u"强", u"磊", u"军", u"洋", u"勇", u"艳", u"杰",
    u"娟", u"涛", u"明", u"超", u"秀英", u"霞", u"平", u"刚", u"桂英", u"建华", u"文", u"华", u"红", u"玉兰", u"晓燕",
    u"海燕", u"志强" };

QString q(const char* utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

QString teacherName(int i)
{
    return QString::fromUtf16(kSurnames[i % 30]) + QString::fromUtf16(kGiven[(i / 30) % 30])
        + ((i / 900) % 3 == 0 ? QString::fromUtf16(kGiven[(i / 7) % 30]) : QString());
}

QString unitName(int u)
{
    return QStringLiteral("第%1中心学校").arg(u + 1, 4, 10, QLatin1Char('0'));
}

QString staffNumber(int i)
{
    return QStringLiteral("%1").arg(i + 1, 7, 10, QLatin1Char('0'));
}

QStringList generatedOrganizers()
{
    return { q("区教委"), q("区教师进修校") };
}

QList<Project> generatedProjects(int n, Columns columns)
{
    const QStringList stems { q("中小学班主任培训"), q("幼儿园园长任职资格培训"),
        q("学校教研水平与教研管理能力提升培训"), q("中小学教师信息技术应用能力提升工程2.0”全员培训第一批项目学校"),
        q("核心素养下的义务教育阶段学科命题培训"), q("社区居民道德礼仪培训") };
    const QStringList units = generatedOrganizers();
    QList<Project> projects;
    for (int i = 1; i <= n; ++i) {
        Project p;
        p.seq = i;
        p.name = q("第%1期").arg(i) + stems.at(i % stems.size());
        p.organizers = i % 4 == 0 ? units : QStringList { units.at(1) };
        p.durationText = i % 9 == 0 ? QStringLiteral("%1学时").arg(10 * (i % 7 + 1)) : QString::number(i % 5 + 1);
        p.headcountText = i % 23 == 0 ? q("全员") : (i % 11 == 0 ? q("约%1人").arg(i) : QString::number(50 + i % 400));
        if (columns == Columns::All) {
            p.modesText = i % 3 == 0 ? q("集中培训、线上研修") : q("集中培训");
            p.monthsText = i % 5 == 0 ? q("全年") : q("%1月").arg(i % 12 + 1);
            p.location = i % 2 == 0 ? q("区教师进修校") : q("各学校");
        }
        projects << p;
    }
    return projects;
}

std::shared_ptr<Database> scratchDatabase(const QTemporaryDir& dir, const QString& name)
{
    auto db = Database::open(dir.filePath(name));
    check(db.ok(), "open the database");
    check(db.value()->exec(QStringLiteral("PRAGMA synchronous = OFF")).ok(), "PRAGMA synchronous = OFF");
    return db.value();
}

long peakMemoryKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

void check(bool ok, const char* what)
{
    if (!ok) {
        std::fprintf(stderr, "generator failed: %s\n", what);
        std::abort();
    }
}

} // namespace tp::bench
