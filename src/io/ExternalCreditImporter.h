#pragma once

// Importing credits earned elsewhere (国培, 市培, a provincial platform's record) from CSV (UTF-8 or GB18030):
// 工号, 姓名 (checked against the stored teacher), 年度, 级别, 形式, 学分, 学时, 培训名称, 来源. Every problem is a
// finding with file/row/column and the value; all or nothing: with any error nothing is written. Each line is
// stored and registered (LedgerRepository::addExternalCredit) with the reason "导入 FILE 第 N 行：来源 培训名称".

#include "Finding.h"
#include "LedgerRepository.h"
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

class ExternalCreditImporter {
    Q_DECLARE_TR_FUNCTIONS(tp::ExternalCreditImporter)

public:
    static Result<ExternalCreditImport> importFile(
        Database& db, const QString& path, const QString& encoding = {}, QDate on = {});
    static Result<ExternalCreditImport> importBytes(
        Database& db, const QByteArray& bytes, const QString& fileName, const QString& encoding = {}, QDate on = {});
};

} // namespace tp
