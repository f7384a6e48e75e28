#include "RegistrationService.h"

#include "Database.h"
#include "EnrollmentRepository.h"
#include "ExternalCreditBatch.h"
#include "TeacherRepository.h"
#include "Transaction.h"

#include <QFileInfo>
#include <QHash>

namespace tp {

bool ExternalCreditImport::hasErrors() const
{
    return hasErrorFindings(findings);
}

Result<RegistrationReport> RegistrationService::registerEnrollments(
    const QList<qint64>& enrollmentIds, const CreditRules& rules, const QString& reason, QDate on)
{
    return LedgerRepository(m_db).registerCredits(enrollmentIds, rules, reason, on);
}

Result<RegistrationReport> RegistrationService::registerProject(
    qint64 projectId, const QString& district, const QString& reason, bool completeFirst, QDate on)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    EnrollmentRepository enrollments(m_db);
    LedgerRepository ledger(m_db);
    auto list = enrollments.enrollments(projectId);
    if (!list)
        return list.error();
    QList<qint64> ids;
    QList<qint64> toComplete;
    for (const Enrollment& e : list.value()) {
        if (completeFirst && (e.status == EnrollmentStatus::Admitted || e.status == EnrollmentStatus::CheckedIn))
            toComplete << e.id;
        if (holdsSeat(e.status))
            ids << e.id;
    }
    auto rules = ledger.creditRules(district);
    if (!rules)
        return rules.error();
    // 结业 and the credits in one transaction (issue 9): a kill can no longer leave enrollments 结业 without them.
    auto report = ledger.completeAndRegister(toComplete, ids, rules.value(), reason, on);
    if (!report)
        return report.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

Result<qint64> RegistrationService::reverse(qint64 registrationId, const QString& reason, QDate on)
{
    return LedgerRepository(m_db).reverseRegistration(registrationId, reason, on);
}

Result<qint64> RegistrationService::addExternalCredit(const ExternalCredit& credit, const QString& reason, QDate on)
{
    return LedgerRepository(m_db).addExternalCredit(credit, reason, on);
}

Result<ExternalCreditImport> RegistrationService::importExternalCreditsFile(
    const QString& path, const QString& encoding, QDate on)
{
    if (!m_progress.step(0, 3, tr("正在读取 %1…").arg(QFileInfo(path).fileName())))
        return Cancelled::error(tr("导入"));
    auto sheet = ExternalCreditImporter::parseFile(path, encoding);
    if (!sheet)
        return sheet.error();
    return store(sheet.value(), on);
}

Result<ExternalCreditImport> RegistrationService::importExternalCredits(
    const QByteArray& bytes, const QString& fileName, const QString& encoding, QDate on)
{
    auto sheet = ExternalCreditImporter::parse(bytes, fileName, encoding);
    if (!sheet)
        return sheet.error();
    return store(sheet.value(), on);
}

Result<ExternalCreditImport> RegistrationService::store(const ExternalCreditSheet& sheet, QDate on)
{
    ExternalCreditImport result;
    result.file = sheet.table.file;
    result.encoding = sheet.table.encoding;
    result.findings = sheet.findings;
    if (!m_progress.step(1, 3, tr("正在核对 %1 行的工号和姓名…").arg(sheet.rows.size())))
        return Cancelled::error(tr("导入"));
    TeacherRepository teachers(m_db);
    auto index = teachers.staffNumberIndex();
    if (!index)
        return index.error();
    // The stored teachers are needed only to check a name the file gives (many files have no 姓名 column).
    QList<qint64> ids;
    for (const ExternalCreditRow& row : sheet.rows)
        if (!row.person.name.isEmpty())
            if (const qint64 id = index->value(row.person.staffNumber))
                ids << id;
    auto stored = teachers.teachers(ids);
    if (!stored)
        return stored.error();
    QHash<qint64, Teacher> byId;
    for (const Teacher& t : stored.value())
        byId.insert(t.id, t);

    // Whose staff number each line names; a name given must be that teacher's.
    result.credits.reserve(sheet.rows.size());
    result.rows.reserve(sheet.rows.size());
    for (const ExternalCreditRow& row : sheet.rows) {
        const QString& staff = row.person.staffNumber;
        const auto found = index->constFind(staff);
        if (found == index->constEnd()) {
            result.findings << sheet.table.finding(Severity::Error, row.record, QStringLiteral("staff"),
                tr("工号「%1」不在教师名单中（先导入该校的教师名单）").arg(staff));
            continue;
        }
        const qint64 teacherId = found.value();
        if (!row.person.name.isEmpty() && row.person.name != byId.value(teacherId).name) {
            const Teacher t = byId.value(teacherId);
            result.findings << sheet.table.finding(Severity::Error, row.record, QStringLiteral("name"),
                tr("姓名「%1」与工号「%2」的教师「%3」（%4）不符").arg(row.person.name, staff, t.name, t.unitName));
            continue;
        }
        result.credits << row.credit;
        result.credits.back().teacherId = teacherId;
        result.rows << row.record.row;
    }
    sortInFileOrder(result.findings);
    if (result.hasErrors())
        return result;

    if (!m_progress.step(2, 3, tr("正在登记 %1 条学分…").arg(result.credits.size())))
        return Cancelled::error(tr("导入"));
    // One transaction and one audit operation named after the file, each statement prepared once
    // (ExternalCreditBatch).
    Transaction tx(m_db, tr("导入外部学分 %1").arg(result.file));
    if (!tx.isActive())
        return tx.error();
    // The line it came from; the file is the operation's label, which the history puts before it
    // (LedgerRepository::registrations: "导入外部学分 国培.csv 第 3 行"), and the source and the title are the
    // external record's. Not repeated in every one of 100,000 rows.
    QStringList reasons;
    reasons.reserve(result.credits.size());
    const QString lineReason = tr("第 %1 行");
    for (qsizetype i = 0; i < result.credits.size(); ++i)
        reasons << lineReason.arg(result.rows.at(i));
    auto written = addExternalCredits(m_db, result.credits, reasons, on, m_progress);
    if (!written && Cancelled::is(written.error()))
        return Cancelled::error(tr("导入"));
    if (!written) {
        Error e = written.error();
        e.file = result.file;
        e.row = e.row >= 0 && e.row < result.rows.size() ? result.rows.at(e.row) : 0;
        return e;
    }
    result.registrationIds = written.value();
    if (!m_progress.step(3, 3, {}))
        return Cancelled::error(tr("导入")); // tx rolls back
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

} // namespace tp
