#pragma once

// Reading credits earned elsewhere (国培, 市培, a provincial platform's record) from CSV (UTF-8 or GB18030):
// 工号, 姓名, 年度, 级别, 形式, 学分, 学时, 培训名称, 来源. Every cell that does not parse is a finding with file,
// row, column and the value. Whose staff number it is, and storing and registering the credits, is
// RegistrationService's (src/services).

#include "CsvReader.h"
#include "ExternalCredit.h"
#include "Finding.h"
#include "HeaderTable.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tp {

// One line of the file: the teacher as named, and the training with its amounts (credit.teacherId is found by
// RegistrationService).
struct ExternalCreditRow {
    CsvRecord record; // where it stands in the file (for findings)
    PersonCells person; // 工号 (and 姓名, checked against the stored teacher)
    ExternalCredit credit;
};

using ExternalCreditSheet = ParsedSheet<ExternalCreditRow>;

class ExternalCreditImporter {
    Q_DECLARE_TR_FUNCTIONS(tp::ExternalCreditImporter)

public:
    static Result<ExternalCreditSheet> parse(
        const QByteArray& bytes, const QString& fileName, const QString& encoding = {});
    static Result<ExternalCreditSheet> parseFile(const QString& path, const QString& encoding = {});
};

} // namespace tp
