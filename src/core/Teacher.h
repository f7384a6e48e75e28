#pragma once

// 教师: a teacher of a unit . No national ID number is needed, and none is stored.

#include <QDate>
#include <QString>

namespace tp {

struct Teacher {
    qint64 id = 0;
    QString staffNumber; // 工号/教师编号: text, leading zeros kept ("00123" is not 123)
    QString name; // 姓名
    qint64 unitId = 0;
    QString unitName; // 学校/单位 (filled in when read with the unit)
    QString stage; // 学段: 幼儿园, 小学, 初中, 高中, ...
    QString subject; // 学科
    QDate hireDate; // 入职时间/参加工作时间; invalid when unknown

    bool operator==(const Teacher&) const = default;
};

// A staff number as typed in a spreadsheet cell, made comparable: Excel's text wrapper ="00123" and a
// leading apostrophe '00123 removed, full-width digits made ASCII, spaces trimmed. Never turned into a number.
QString normalizeStaffNumber(const QString& text);

// A staff number that Excel has already turned into a number ("1.2E+17", "123.0"): the digits are lost.
bool looksLikeMangledNumber(const QString& text);

} // namespace tp
