#pragma once

// 签到表: the sign-in sheet of one class of a project — the title on every page, a line naming the project,
// the date and the place, then 序号/单位/姓名/学科/签到 with room to sign, a fixed number of rows per page.
// The names come from the caller (the roster of the enrollment issue, or a list typed in).

#include "PageSetup.h"
#include "PagedTable.h"
#include "Plan.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <memory>

class QPagedPaintDevice;

namespace tp {

struct SignInEntry {
    QString unit; // 单位: the teacher's school
    QString name; // 姓名
    QString subject; // 学科
};

struct SignInOptions {
    QString title; // empty: "<project name>签到表"
    QString dateText; // 培训时间, as it should read ("2021年6月8日", "6月8日—10日"); empty: the project's months
    QString place; // 培训地点; empty: the project's location
    int rowsPerPage = 20;
    bool blankRows = true; // fill the last page with empty rows for late additions
    PageSetup page;
};

class SignInSheet {
public:
    SignInSheet(Project project, QList<SignInEntry> entries, SignInOptions options = {});
    ~SignInSheet();

    int pageCount() const;
    Status print(QPagedPaintDevice* device) const;
    Status writePdf(const QString& path) const;
    // The laid-out pages (rows per page, lines per cell), built on first use.
    const report::PagedTable& layout() const;

private:
    report::PagedTableInput buildInput() const;
    QString title() const;

    Project m_project;
    QList<SignInEntry> m_entries;
    SignInOptions m_options;
    mutable std::unique_ptr<report::PagedTable> m_layout;
};

} // namespace tp
