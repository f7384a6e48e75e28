#include "LedgerRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "EnrollmentRepository.h"
#include "ExternalCreditBatch.h"
#include "InputSanitizer.h"
#include "RowReader.h"
#include "RuleSetRepository.h"
#include "TeacherRepository.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <array>
#include <cmath>

namespace tp {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::LedgerRepository)
};

TrainingLevel levelOf(const QVariant& v)
{
    return trainingLevelFromName(v.toString()).value_or(TrainingLevel::County);
}

TrainingKind kindOf(const QVariant& v)
{
    return trainingKindFromName(v.toString()).value_or(TrainingKind::Centralized);
}

// A cheap lookup for the many rows of a report: the stored names' UTF-8 bytes compared as they come from SQLite
// (no string made per row); an unknown name counts as the default, as levelOf/kindOf do.
struct NameCodes {
    std::array<QByteArray, kTrainingLevelCount> levels;
    std::array<QByteArray, kTrainingKindCount> kinds;
    NameCodes()
    {
        for (int l = 0; l < kTrainingLevelCount; ++l)
            levels[l] = trainingLevelName(TrainingLevel(l)).toUtf8();
        for (int k = 0; k < kTrainingKindCount; ++k)
            kinds[k] = trainingKindName(TrainingKind(k)).toUtf8();
    }
    TrainingLevel level(QByteArrayView name) const
    {
        for (int l = 0; l < kTrainingLevelCount; ++l)
            if (levels[l] == name)
                return TrainingLevel(l);
        return TrainingLevel::County;
    }
    TrainingKind kind(QByteArrayView name) const
    {
        for (int k = 0; k < kTrainingKindCount; ++k)
            if (kinds[k] == name)
                return TrainingKind(k);
        return TrainingKind::Centralized;
    }
};

// "AND teacher_id IN (...)" for a scope; teacher ids are integers, so they are inlined.
QString scopeCondition(const LedgerScope& scope, const QString& column)
{
    QString sql;
    if (scope.unitId > 0)
        sql += QStringLiteral(" AND %1 IN (SELECT id FROM teacher WHERE unit_id = %2)").arg(column).arg(scope.unitId);
    if (!scope.teacherIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : scope.teacherIds)
            ids << QString::number(id);
        sql += QStringLiteral(" AND %1 IN (%2)").arg(column, ids.join(QLatin1Char(',')));
    }
    return sql;
}

QString dateText(QDate d)
{
    return (d.isValid() ? d : QDate::currentDate()).toString(Qt::ISODate);
}
} // namespace

Result<CreditRules> LedgerRepository::creditRules(const QString& district) const
{
    return RuleSetRepository(m_db).activeRules(district);
}

Status LedgerRepository::setCreditRules(const QString& district, const QString& presetId)
{
    return RuleSetRepository(m_db).choosePreset(district, presetId);
}

Result<std::pair<int, int>> LedgerRepository::totalsCycle() const
{
    auto q = m_db.exec(QStringLiteral("SELECT first_year, years FROM ledger_cycle WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::pair<int, int> { 2021, 5 };
    return std::pair<int, int> { q->value(0).toInt(), q->value(1).toInt() };
}

Status LedgerRepository::setTotalsCycle(int firstYear, int years)
{
    auto current = totalsCycle();
    if (!current)
        return current.error();
    if (current->first == firstYear && current->second == years)
        return success();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto r = m_db.exec(QStringLiteral("UPDATE ledger_cycle SET first_year = :f, years = :y WHERE id = 1"),
        { { "f", firstYear }, { "y", years } });
    if (!r)
        return r.error();
    if (Status s = rebuildTotals(); !s)
        return s;
    return tx.commit();
}

Status LedgerRepository::rebuildTotals()
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    for (const char* sql : {
             "DELETE FROM credit_total",
             "DELETE FROM credit_year_total",
             "INSERT INTO credit_total (cycle_start, teacher_id, level, kind, credits, hours) "
             "SELECT c.first_year + c.years * ((r.year - c.first_year + c.years * 1000) / c.years - 1000) AS cs, "
             "r.teacher_id, r.level, r.kind, SUM(r.credits), SUM(r.hours) FROM credit_registration r, ledger_cycle c "
             "WHERE c.id = 1 GROUP BY cs, r.teacher_id, r.level, r.kind",
             "INSERT INTO credit_year_total (teacher_id, year, level, kind, credits, hours) "
             "SELECT teacher_id, year, level, kind, SUM(credits), SUM(hours) FROM credit_registration "
             "GROUP BY teacher_id, year, level, kind",
             "DELETE FROM credit_category_year_total",
             "INSERT INTO credit_category_year_total (teacher_id, year, category, credits, hours) "
             "SELECT teacher_id, year, category, SUM(credits), SUM(hours) FROM credit_registration "
             "WHERE category <> '' GROUP BY teacher_id, year, category",
         })
        if (auto r = m_db.exec(QString::fromLatin1(sql)); !r)
            return r.error();
    return tx.commit();
}

Result<RegistrationReport> LedgerRepository::registerCredits(
    const QList<qint64>& enrollmentIds, const QString& reason, QDate on)
{
    return registerWith(enrollmentIds, nullptr, reason, on);
}

Result<RegistrationReport> LedgerRepository::registerCredits(
    const QList<qint64>& enrollmentIds, const CreditRules& rules, const QString& reason, QDate on)
{
    return registerWith(enrollmentIds, &rules, reason, on);
}

namespace {
struct NewRegistration {
    qint64 teacherId = 0;
    qint64 enrollmentId = 0;
    int year = 0;
    ProjectCredit project;
    CreditAward award;
    QString reason;
    QDate on;
    qint64 ruleSetId = 0;
};

// Attendance summaries for a batch: the sessions of each class read once (a roster of hundreds shares them).
class AttendanceReader {
public:
    explicit AttendanceReader(EnrollmentRepository& enrollments)
        : m_enrollments(enrollments)
    {
    }

    Result<AttendanceSummary> summary(const Enrollment& e, const ProjectCreditInfo& project, const CreditRules& rules)
    {
        const std::pair<qint64, int> key { e.projectId, e.classSeq };
        if (!m_sessions.contains(key)) {
            auto sessions = m_enrollments.classSessions(e.projectId, e.classSeq);
            if (!sessions)
                return sessions.error();
            m_sessions.insert(key, sessions.value());
        }
        auto records = m_enrollments.attendance(e.id);
        if (!records)
            return records.error();
        return summarizeAttendance(m_sessions.value(key), records.value(), projectHours(project.credit, rules));
    }

private:
    EnrollmentRepository& m_enrollments;
    QHash<std::pair<qint64, int>, QList<AttendanceRecord>> m_sessions;
};

// Inserts a registration of a completed enrollment with what it used, sets the enrollment's credits, audits.
Result<qint64> insertRegistration(Database& db, const NewRegistration& n)
{
    auto r = db.exec(QStringLiteral("INSERT INTO credit_registration (teacher_id, enrollment_id, year, level, kind, "
                                    "credits, hours, reason, registered_on, actor, rule_set_id, conversion, "
                                    "attendance, category) VALUES (:t, :e, :y, :l, :k, :c, :h, :reason, :on, "
                                    ":actor, :rs, :conv, :att, :cat)"),
        { { "t", n.teacherId }, { "e", n.enrollmentId }, { "y", n.year }, { "l", trainingLevelName(n.project.level) },
            { "k", trainingKindName(n.project.kind) }, { "c", n.award.credits }, { "h", n.award.hours },
            { "reason", n.reason }, { "on", dateText(n.on) }, { "actor", db.actor() },
            { "rs", n.ruleSetId > 0 ? QVariant(n.ruleSetId) : QVariant() }, { "conv", n.award.conversion },
            { "att", n.award.attendance }, { "cat", n.project.category } });
    if (!r)
        return r.error();
    const qint64 registration = r->lastInsertId().toLongLong();
    auto u = db.exec(QStringLiteral("UPDATE enrollment SET credits_awarded = :c, registered_on = :on WHERE id = :id"),
        { { "c", n.award.credits }, { "on", dateText(n.on) }, { "id", n.enrollmentId } });
    if (!u)
        return u.error();
    if (Status s = writeAudit(db, QStringLiteral("credit_registration"), registration, QStringLiteral("register"),
            QStringLiteral("credits"), QString(),
            QStringLiteral("%1 (%2) [%3] %4")
                .arg(n.award.credits)
                .arg(n.reason, n.award.conversion, n.award.attendance));
        !s)
        return s.error();
    return registration;
}
} // namespace

Result<RegistrationReport> LedgerRepository::registerWith(
    const QList<qint64>& enrollmentIds, const CreditRules* expected, const QString& reason, QDate on)
{
    EnrollmentRepository enrollments(m_db);
    RuleSetRepository ruleSets(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    RegistrationReport report;
    AttendanceReader attendanceOf(enrollments);
    QHash<qint64, ProjectCreditInfo> projects;
    QHash<QString, CreditRules> rulesOf; // district → its active rule set
    QHash<QString, qint64> recorded; // district → the stored version registrations point at
    for (qint64 id : enrollmentIds) {
        auto e = enrollments.enrollment(id);
        if (!e)
            return e.error();
        if (e->creditsAwarded) {
            report.skipped.append({ id, Text::tr("已登记学分") });
            continue;
        }
        if (!projects.contains(e->projectId)) {
            auto info = enrollments.projectCredit(e->projectId);
            if (!info)
                return info.error();
            projects.insert(e->projectId, info.value());
        }
        const ProjectCreditInfo& project = projects[e->projectId];
        if (!rulesOf.contains(project.district)) {
            auto rules = creditRules(project.district);
            if (!rules)
                return rules.error();
            rulesOf.insert(project.district, rules.value());
        }
        const CreditRules& rules = rulesOf[project.district];
        if (expected && !(*expected == rules)) {
            report.skipped.append({ id,
                Text::tr("项目所在的%1使用学分规则「%2」，不是「%3」")
                    .arg(project.district, rules.name, expected->name) });
            continue;
        }
        auto attendance = attendanceOf.summary(e.value(), project, rules);
        if (!attendance)
            return attendance.error();
        auto exemption = enrollments.attendanceExemption(id);
        if (!exemption)
            return exemption.error();
        const CreditAward award = awardCredits(project.credit, e->status, attendance.value(), rules,
            exemption->has_value() ? (*exemption)->reason : QString());
        if (!award.earned) {
            report.skipped.append({ id, award.reason });
            continue;
        }
        if (!recorded.contains(project.district)) {
            auto stored = ruleSets.recordedId(rules);
            if (!stored)
                return stored.error();
            recorded.insert(project.district, stored.value());
            report.rulesUsed << rules.name;
        }
        auto registration = insertRegistration(m_db,
            { e->teacherId, id, project.year, project.credit, award, reason, on, recorded.value(project.district) });
        if (!registration)
            return registration.error();
        report.registrationIds << registration.value();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

Result<RegistrationReport> LedgerRepository::completeAndRegister(const QList<qint64>& toComplete,
    const QList<qint64>& enrollmentIds, const CreditRules& rules, const QString& reason, QDate on)
{
    Transaction tx(m_db, Text::tr("学分登记：%1").arg(reason));
    if (!tx.isActive())
        return tx.error();
    if (!toComplete.isEmpty())
        if (Status s = EnrollmentRepository(m_db).setStatuses(toComplete, EnrollmentStatus::Completed); !s)
            return s.error();
    auto report = registerCredits(enrollmentIds, rules, reason, on);
    if (!report)
        return report.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

Result<qint64> LedgerRepository::reverseRegistration(qint64 registrationId, const QString& reason, QDate on)
{
    if (reason.trimmed().isEmpty())
        return Error { Text::tr("撤销学分登记需要说明原因") };
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto q
        = m_db.exec(QStringLiteral("SELECT teacher_id, enrollment_id, external_credit_id, year, level, kind, credits, "
                                   "hours, reversal_of, (SELECT COUNT(*) FROM credit_registration x WHERE "
                                   "x.reversal_of = r.id), category, rule_set_id, conversion FROM "
                                   "credit_registration r WHERE id = :id"),
            { { "id", registrationId } });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { Text::tr("没有编号为 %1 的学分登记").arg(registrationId) };
    if (!q->value(8).isNull())
        return Error { Text::tr("学分登记 %1 本身是一次撤销，不能再撤销").arg(registrationId) };
    if (q->value(9).toInt() > 0)
        return Error { Text::tr("学分登记 %1 已撤销").arg(registrationId) };
    // Qt hands back typed nulls; bind a plain QVariant() so SQLite gets NULL, not 0.
    const QVariant enrollmentId = q->value(1).isNull() ? QVariant() : q->value(1);
    const QVariant externalId = q->value(2).isNull() ? QVariant() : q->value(2);
    // The reversal carries the original's category (so the category totals go back down) and its record of
    // the rule set used.
    const QVariant ruleSetId = q->value(11).isNull() ? QVariant() : q->value(11);
    auto r = m_db.exec(QStringLiteral("INSERT INTO credit_registration (teacher_id, enrollment_id, external_credit_id, "
                                      "year, level, kind, credits, hours, reason, registered_on, actor, reversal_of, "
                                      "category, rule_set_id, conversion) VALUES (:t, :e, :x, :y, :l, :k, :c, :h, "
                                      ":reason, :on, :actor, :of, :cat, :rs, :conv)"),
        { { "t", q->value(0) }, { "e", enrollmentId }, { "x", externalId }, { "y", q->value(3) }, { "l", q->value(4) },
            { "k", q->value(5) }, { "c", -q->value(6).toDouble() }, { "h", -q->value(7).toDouble() },
            { "reason", reason.trimmed() }, { "on", dateText(on) }, { "actor", m_db.actor() }, { "of", registrationId },
            { "cat", q->value(10).toString() }, { "rs", ruleSetId }, { "conv", q->value(12).toString() } });
    if (!r)
        return r.error();
    const qint64 reversal = r->lastInsertId().toLongLong();
    if (!enrollmentId.isNull()) {
        auto u = m_db.exec(
            QStringLiteral("UPDATE enrollment SET credits_awarded = NULL, registered_on = NULL WHERE id = :id"),
            { { "id", enrollmentId } });
        if (!u)
            return u.error();
    }
    if (Status s = writeAudit(m_db, QStringLiteral("credit_registration"), registrationId, QStringLiteral("reverse"),
            QStringLiteral("credits"), q->value(6).toString(), reason.trimmed());
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return reversal;
}

Result<qint64> LedgerRepository::addExternalCredit(const ExternalCredit& c, const QString& reason, QDate on)
{
    if (Status s = checkExternalCredit(c); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto r
        = m_db.exec(QStringLiteral("INSERT INTO external_credit (teacher_id, year, level, kind, credits, hours, title, "
                                   "source, category) VALUES (:t, :y, :l, :k, :c, :h, :title, :source, :cat)"),
            { { "t", c.teacherId }, { "y", c.year }, { "l", trainingLevelName(c.level) },
                { "k", trainingKindName(c.kind) }, { "c", c.credits }, { "h", c.hours }, { "title", c.title },
                { "source", c.source }, { "cat", c.category.trimmed() } });
    if (!r)
        return r.error();
    const qint64 externalId = r->lastInsertId().toLongLong();
    auto reg = m_db.exec(QStringLiteral("INSERT INTO credit_registration (teacher_id, external_credit_id, year, level, "
                                        "kind, credits, hours, reason, registered_on, actor, category) VALUES (:t, "
                                        ":x, :y, :l, :k, :c, :h, :reason, :on, :actor, :cat)"),
        { { "t", c.teacherId }, { "x", externalId }, { "y", c.year }, { "l", trainingLevelName(c.level) },
            { "k", trainingKindName(c.kind) }, { "c", c.credits }, { "h", c.hours }, { "reason", reason },
            { "on", dateText(on) }, { "actor", m_db.actor() }, { "cat", c.category.trimmed() } });
    if (!reg)
        return reg.error();
    const qint64 registration = reg->lastInsertId().toLongLong();
    if (Status s = writeAudit(m_db, QStringLiteral("credit_registration"), registration, QStringLiteral("external"),
            c.source, QString(), QStringLiteral("%1 %2 (%3)").arg(c.title).arg(c.credits).arg(reason));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return registration;
}

Result<QList<CreditRegistration>> LedgerRepository::registrations(qint64 teacherId) const
{
    auto q
        = m_db.exec(QStringLiteral("SELECT r.id, r.teacher_id, r.enrollment_id, r.external_credit_id, r.year, r.level, "
                                   "r.kind, r.credits, r.hours, "
                                   // A batch import's rows say their line; the file is the operation's (009).
                                   "CASE WHEN o.label IS NULL THEN r.reason ELSE o.label || ' ' || r.reason END, "
                                   "r.registered_on, r.actor, r.reversal_of, "
                                   "EXISTS (SELECT 1 FROM credit_registration x WHERE x.reversal_of = r.id), "
                                   "COALESCE(p.name, x.title, ''), p.seq, COALESCE(x.source, ''), r.rule_set_id, "
                                   "COALESCE(s.name, ''), r.conversion, r.attendance, r.category "
                                   "FROM credit_registration r "
                                   "LEFT JOIN enrollment e ON e.id = r.enrollment_id "
                                   "LEFT JOIN project p ON p.id = e.project_id "
                                   "LEFT JOIN external_credit x ON x.id = r.external_credit_id "
                                   "LEFT JOIN credit_rule_set s ON s.id = r.rule_set_id "
                                   "LEFT JOIN audit_operation o ON o.id = r.operation_id "
                                   "WHERE r.teacher_id = :t ORDER BY r.id"),
            { { "t", teacherId } });
    if (!q)
        return q.error();
    QList<CreditRegistration> list;
    while (q->next()) {
        CreditRegistration r;
        r.id = q->value(0).toLongLong();
        r.teacherId = q->value(1).toLongLong();
        r.enrollmentId = q->value(2).toLongLong();
        r.externalCreditId = q->value(3).toLongLong();
        r.year = q->value(4).toInt();
        r.level = levelOf(q->value(5));
        r.kind = kindOf(q->value(6));
        r.credits = q->value(7).toDouble();
        r.hours = q->value(8).toDouble();
        r.reason = q->value(9).toString();
        r.registeredOn = QDate::fromString(q->value(10).toString(), Qt::ISODate);
        r.actor = q->value(11).toString();
        r.reversalOf = q->value(12).toLongLong();
        r.reversed = q->value(13).toBool();
        r.title = q->value(14).toString();
        r.projectSeq = q->value(15).toInt();
        r.source = q->value(16).toString();
        r.ruleSetId = q->value(17).toLongLong();
        r.ruleSetName = q->value(18).toString();
        r.conversion = q->value(19).toString();
        r.attendance = q->value(20).toString();
        r.category = q->value(21).toString();
        list << r;
    }
    return list;
}

Result<QHash<qint64, CreditTotals>> LedgerRepository::totals(
    int cycleStart, int cycleYears, const LedgerScope& scope, bool withYears, TotalsSource source) const
{
    static const NameCodes codes;
    QHash<qint64, CreditTotals> result;
    const int end = cycleStart + cycleYears - 1;
    bool maintainedCycle = false;
    if (source == TotalsSource::Maintained) {
        auto cycle = totalsCycle();
        if (!cycle)
            return cycle.error();
        // The cycle table holds the cycles of ledger_cycle; any other span is summed from the yearly table.
        maintainedCycle = cycle->second == cycleYears && (cycleStart - cycle->first) % cycleYears == 0;
    }
    QString sql;
    if (maintainedCycle)
        sql = QStringLiteral(
            "SELECT teacher_id, 0, level, kind, credits, hours FROM credit_total WHERE cycle_start = %1")
                  .arg(cycleStart);
    else if (source == TotalsSource::Maintained)
        sql = QStringLiteral("SELECT teacher_id, year, level, kind, credits, hours FROM credit_year_total WHERE year "
                             "BETWEEN %1 AND %2")
                  .arg(cycleStart)
                  .arg(end);
    else
        sql = QStringLiteral("SELECT teacher_id, %3, level, kind, SUM(credits), SUM(hours) FROM credit_registration "
                             "WHERE year BETWEEN %1 AND %2 %4 GROUP BY teacher_id, %5level, kind")
                  .arg(cycleStart)
                  .arg(end)
                  .arg(withYears ? QStringLiteral("year") : QStringLiteral("0"),
                      scopeCondition(scope, QStringLiteral("teacher_id")),
                      withYears ? QStringLiteral("year, ") : QString());
    if (source == TotalsSource::Maintained)
        sql += scopeCondition(scope, QStringLiteral("teacher_id"));
    // A city's cycle is ~300,000 rows (or 3,000,000 registrations grouped): read through SQLite's API.
    RowReader q(m_db, sql);
    const bool byYearRows = !maintainedCycle && (source == TotalsSource::Maintained || withYears);
    result.reserve(1024);
    while (q.next()) {
        const qint64 teacher = q.int64(0);
        const CreditAmount amount { q.real(4), q.real(5) };
        result[teacher].add(
            int(q.int64(1)), codes.level(q.utf8(2)), codes.kind(q.utf8(3)), amount, byYearRows && withYears);
    }
    if (!q.ok())
        return q.error();
    // Course categories (上海), kept per year only: summed here for the cycle (and by year with `withYears`).
    const QString categorySql = source == TotalsSource::Maintained
        ? QStringLiteral("SELECT teacher_id, year, category, credits, hours FROM credit_category_year_total WHERE "
                         "year BETWEEN %1 AND %2")
        : QStringLiteral("SELECT teacher_id, year, category, SUM(credits), SUM(hours) FROM credit_registration WHERE "
                         "category <> '' AND year BETWEEN %1 AND %2");
    RowReader c(m_db,
        categorySql.arg(cycleStart).arg(end) + scopeCondition(scope, QStringLiteral("teacher_id"))
            + (source == TotalsSource::Maintained ? QString()
                                                  : QStringLiteral(" GROUP BY teacher_id, year, category")));
    while (c.next())
        result[c.int64(0)].addCategory(int(c.int64(1)), c.text(2), CreditAmount { c.real(3), c.real(4) }, withYears);
    if (!c.ok())
        return c.error();
    if (maintainedCycle && withYears) {
        RowReader y(m_db,
            QStringLiteral("SELECT teacher_id, year, level, kind, credits, hours FROM credit_year_total "
                           "WHERE year BETWEEN %1 AND %2")
                    .arg(cycleStart)
                    .arg(end)
                + scopeCondition(scope, QStringLiteral("teacher_id")));
        while (y.next())
            result[y.int64(0)]
                .years[int(y.int64(1))][CreditTotals::index(codes.level(y.utf8(2)), codes.kind(y.utf8(3)))]
                += CreditAmount { y.real(4), y.real(5) };
        if (!y.ok())
            return y.error();
    }
    return result;
}

Result<QList<TeacherCreditRow>> LedgerRepository::report(const CreditRules& rules, int cycleStart, QDate asOf,
    const LedgerScope& scope, bool belowOnly, TotalsSource source) const
{
    auto totalsById = totals(cycleStart, rules.cycleYears, scope, rules.needsYearlyTotals(), source);
    if (!totalsById)
        return totalsById.error();
    // The teachers of the scope in pinyin order; statuses first, details only for the rows shown.
    TeacherRepository teachers(m_db);
    QList<TeacherCreditRow> rows;
    const auto judge = [&](qint64 id) {
        TeacherCreditRow row;
        row.totals = totalsById->value(id);
        row.status = evaluateCredits(row.totals, rules, cycleStart, asOf);
        if (belowOnly && !row.status.below)
            return false;
        row.teacher.id = id;
        rows << std::move(row);
        return true;
    };
    Result<QList<Teacher>> details = QList<Teacher> {};
    if (!scope.teacherIds.isEmpty()) {
        QList<qint64> shown;
        for (qint64 id : scope.teacherIds)
            if (judge(id))
                shown << id;
        details = teachers.teachers(shown);
    } else {
        // One pass over the scope's teachers (a city's 100,000), reading only the shown ones whole.
        details = teachers.teachersInOrder(scope.unitId, judge);
    }
    if (!details)
        return details.error();
    // The details come in the rows' order; a row whose teacher was not found is left out.
    QList<TeacherCreditRow> shown;
    shown.reserve(details->size());
    qsizetype next = 0;
    for (TeacherCreditRow& row : rows) {
        if (next < details->size() && details->at(next).id == row.teacher.id) {
            row.teacher = details->at(next++);
            shown << std::move(row);
        }
    }
    return shown;
}

Result<QList<TeacherCreditRow>> LedgerRepository::districtReport(
    const QString& district, int year, QDate asOf, const LedgerScope& scope, bool belowOnly) const
{
    auto rules = creditRules(district);
    if (!rules)
        return rules.error();
    return report(rules.value(), rules->cycleStartOf(year), asOf, scope, belowOnly);
}

Result<Recalculation> LedgerRepository::recalculate(
    const QString& district, const QString& reason, bool apply, QDate on)
{
    if (apply && reason.trimmed().isEmpty())
        return Error { Text::tr("重新计算学分需要说明原因") };
    auto resolved = RuleSetRepository(m_db).resolveDistrict(district);
    if (!resolved)
        return resolved.error();
    auto rules = creditRules(resolved.value());
    if (!rules)
        return rules.error();
    Recalculation result;
    result.rules = rules.value();
    auto q = m_db.exec(QStringLiteral("SELECT r.id, r.enrollment_id, r.teacher_id, r.year, r.level, r.kind, r.credits, "
                                      "r.hours, r.category, COALESCE(s.name, ''), p.seq, p.name FROM "
                                      "credit_registration r JOIN enrollment e ON e.id = r.enrollment_id JOIN project "
                                      "p ON p.id = e.project_id JOIN plan pl ON pl.id = p.plan_id LEFT JOIN "
                                      "credit_rule_set s ON s.id = r.rule_set_id WHERE pl.district = :d AND "
                                      "r.reversal_of IS NULL AND NOT EXISTS (SELECT 1 FROM credit_registration x "
                                      "WHERE x.reversal_of = r.id) ORDER BY r.id"),
        { { "d", resolved.value() } });
    if (!q)
        return q.error();
    EnrollmentRepository enrollments(m_db);
    AttendanceReader attendanceOf(enrollments);
    QHash<qint64, ProjectCreditInfo> projects;
    QHash<qint64, CreditAward> awards; // registration id → what it earns now
    QList<qint64> teacherIds;
    constexpr double epsilon = 1e-9;
    while (q->next()) {
        RecalculationChange change;
        change.registrationId = q->value(0).toLongLong();
        change.enrollmentId = q->value(1).toLongLong();
        change.teacher.id = q->value(2).toLongLong();
        change.before = CreditEntry { q->value(3).toInt(), levelOf(q->value(4)), kindOf(q->value(5)),
            q->value(6).toDouble(), q->value(7).toDouble(), q->value(8).toString() };
        change.oldRuleSet = q->value(9).toString();
        change.project = Text::tr("第 %1 项 %2").arg(q->value(10).toInt()).arg(q->value(11).toString());
        auto e = enrollments.enrollment(change.enrollmentId);
        if (!e)
            return e.error();
        if (!projects.contains(e->projectId)) {
            auto info = enrollments.projectCredit(e->projectId);
            if (!info)
                return info.error();
            projects.insert(e->projectId, info.value());
        }
        const ProjectCreditInfo& project = projects[e->projectId];
        auto attendance = attendanceOf.summary(e.value(), project, result.rules);
        if (!attendance)
            return attendance.error();
        auto exemption = enrollments.attendanceExemption(change.enrollmentId);
        if (!exemption)
            return exemption.error();
        const CreditAward award = awardCredits(project.credit, e->status, attendance.value(), result.rules,
            exemption->has_value() ? (*exemption)->reason : QString());
        awards.insert(change.registrationId, award);
        switch (award.outcome) {
        case AwardOutcome::Earned: {
            const CreditEntry after { change.before.year, project.credit.level, project.credit.kind, award.credits,
                award.hours, project.credit.category };
            if (std::abs(after.credits - change.before.credits) < epsilon
                && std::abs(after.hours - change.before.hours) < epsilon && after.level == change.before.level
                && after.kind == change.before.kind && after.category == change.before.category) {
                ++result.unchanged;
                continue;
            }
            change.after = after;
            change.why = award.conversion;
            result.changes << change;
            break;
        }
        case AwardOutcome::NotCompleted:
        case AwardOutcome::AbsenceVoids:
            change.why = award.reason;
            result.changes << change;
            break;
        case AwardOutcome::KindUndecided:
        case AwardOutcome::AttendanceIncomplete:
        case AwardOutcome::NoCredits:
            change.why = award.reason;
            result.blocked << change;
            break;
        }
        teacherIds << change.teacher.id;
    }
    auto teachers = TeacherRepository(m_db).teachers(teacherIds);
    if (!teachers)
        return teachers.error();
    QHash<qint64, Teacher> byId;
    for (const Teacher& t : teachers.value())
        byId.insert(t.id, t);
    for (QList<RecalculationChange>* list : { &result.changes, &result.blocked })
        for (RecalculationChange& c : *list)
            c.teacher = byId.value(c.teacher.id, c.teacher);
    if (!apply || result.changes.isEmpty())
        return result;

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto recorded = RuleSetRepository(m_db).recordedId(result.rules);
    if (!recorded)
        return recorded.error();
    const QString why = Text::tr("按学分规则「%1」重新计算：%2").arg(result.rules.name, reason.trimmed());
    for (const RecalculationChange& c : std::as_const(result.changes)) {
        auto reversal = reverseRegistration(c.registrationId, why, on);
        if (!reversal)
            return reversal.error();
        if (!c.after)
            continue;
        auto e = enrollments.enrollment(c.enrollmentId);
        if (!e)
            return e.error();
        const ProjectCreditInfo& project = projects[e->projectId];
        const CreditAward award = awards.value(c.registrationId);
        auto registration = insertRegistration(
            m_db, { c.teacher.id, c.enrollmentId, c.before.year, project.credit, award, why, on, recorded.value() });
        if (!registration)
            return registration.error();
        result.newRegistrationIds << registration.value();
    }
    if (Status s = writeAudit(m_db, QStringLiteral("credit_rules"), recorded.value(), QStringLiteral("recalculate"),
            resolved.value(), QString(),
            Text::tr("%1：改动 %2 条，新登记 %3 条，未能重新计算 %4 条，不变 %5 条")
                .arg(why)
                .arg(result.changes.size())
                .arg(result.newRegistrationIds.size())
                .arg(result.blocked.size())
                .arg(result.unchanged));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    result.applied = true;
    return result;
}

} // namespace tp
