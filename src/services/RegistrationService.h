#pragma once

// 学分登记: registering the credits teachers earned — in a project of the plan (by the district's credit rules:
// attendance threshold and conversion), or elsewhere (国培, 市培, a provincial platform's record, one by one or a
// whole file read by ExternalCreditImporter, src/io) — and reversing a registration. Each call is one transaction:
// a file with any error registers nothing. The roster and teacher tabs and `trainplan-cli credits …` call it.

#include "CreditRules.h"
#include "ExternalCreditImporter.h"
#include "Finding.h"
#include "LedgerRepository.h"
#include "Progress.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tp {

class Database;

struct ExternalCreditImport {
    QString file;
    QString encoding;
    QList<ExternalCredit> credits; // the lines read (teacher ids resolved)
    QList<int> rows; // file row of each credit
    Findings findings;
    QList<qint64> registrationIds; // written (empty when there were errors)

    bool hasErrors() const;
};

class RegistrationService {
    Q_DECLARE_TR_FUNCTIONS(tp::RegistrationService)

public:
    explicit RegistrationService(Database& db)
        : m_db(db)
    {
    }

    // Registers the credits of these enrollments by `rules`, with a reason, as one batch; those that earn nothing
    // or are registered already are skipped, with why.
    Result<RegistrationReport> registerEnrollments(
        const QList<qint64>& enrollmentIds, const CreditRules& rules, const QString& reason, QDate on = {});
    // Registers every seated enrollment of the project by the district's credit rules; with `completeFirst`, the
    // admitted and checked-in ones are set to 结业 first (in the same transaction).
    Result<RegistrationReport> registerProject(
        qint64 projectId, const QString& district, const QString& reason, bool completeFirst, QDate on = {});
    // Reverses a registration (a new row with the negated amounts); the enrollment can be registered again.
    Result<qint64> reverse(qint64 registrationId, const QString& reason, QDate on = {});
    // Records credits earned elsewhere and registers them. Returns the registration id.
    Result<qint64> addExternalCredit(const ExternalCredit& credit, const QString& reason, QDate on = {});

    // A file of credits earned elsewhere: every line stored and registered with the reason "导入 FILE 第 N 行：来源
    // 培训名称", or none when any line is wrong. The Result fails only when the file cannot be read or the database
    // fails.
    Result<ExternalCreditImport> importExternalCreditsFile(
        const QString& path, const QString& encoding = {}, QDate on = {});
    Result<ExternalCreditImport> importExternalCredits(
        const QByteArray& bytes, const QString& fileName, const QString& encoding = {}, QDate on = {});
    // Where the import says how far it got (reading, checking, saving) and learns of 取消: then it returns
    // Cancelled::error and its transaction is rolled back — nothing is written.
    void setProgress(const ProgressOptions& progress) { m_progress = progress; }

private:
    Result<ExternalCreditImport> store(const ExternalCreditSheet& sheet, QDate on);

    Database& m_db;
    ProgressOptions m_progress;
};

} // namespace tp
