#pragma once

// 签到表: the sign-in sheet of one class of a project — the title on every page, a line naming the project,
// the date and the place, then 序号/单位/姓名/学科 and the 签到 columns with room to sign, a fixed number of rows
// per page. One 签到 column, or one per session of a several-day class ("6月7日 上午" …), or one sheet per day
// (each with its date and that day's sessions). The names come from the caller (the roster, or a list typed in).

#include "PageSetup.h"
#include "PagedTable.h"
#include "Plan.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

class QPagedPaintDevice;

namespace tp {

struct SignInEntry {
    QString unit; // 单位: the teacher's school
    QString name; // 姓名
    QString subject; // 学科
};

// One day's sheet of a sign-in set printed a sheet per day.
struct SignInDay {
    QString dateText; // "2021年6月7日（星期一）"
    QStringList signColumns; // that day's 签到 columns (上午, 下午); empty: one 签到 column
};

struct SignInOptions {
    QString title; // empty: "<project name>签到表"
    QString dateText; // 培训时间, as it should read ("2021年6月8日", "6月8日—10日"); empty: the project's months
    QString place; // 培训地点; empty: the project's location
    // The 签到 columns, one per session ("6月7日\n上午"); empty: one 签到 column.
    QStringList signColumns;
    // One sheet per day, each with its own date line and columns (dateText and signColumns then unused); empty:
    // one sheet.
    QList<SignInDay> days;
    int rowsPerPage = 20;
    bool blankRows = true; // fill the last page with empty rows for late additions
    PageSetup page;
};

// How the 签到 columns are laid out for a class of several days.
enum class SignInLayout {
    OneColumn, // one 签到 column (a one-day class, or signing once)
    ColumnPerSession, // a column per session: 6月7日 上午, 6月7日 下午, …
    ColumnPerDay, // a column per day
    SheetPerDay, // a sheet per day, with that day's sessions
};

class SignInSheet {
    Q_DECLARE_TR_FUNCTIONS(tp::SignInSheet)

public:
    // Sets `options`' columns (or days) for a class held `first`..`last` with `sessionsPerDay` sessions a day
    // (上午/下午 when two). OneColumn, or no dates, leaves one 签到 column.
    static void arrange(SignInOptions& options, SignInLayout layout, QDate first, QDate last, int sessionsPerDay = 2);
    // The columns a layout makes (for choosing the page's orientation): 1 for OneColumn.
    static int signColumnCount(const SignInOptions& options);

    SignInSheet(Project project, QList<SignInEntry> entries, SignInOptions options = {});
    ~SignInSheet();

    int pageCount() const;
    Status print(QPagedPaintDevice* device) const;
    Status writePdf(const QString& path) const;
    QString title() const;
    // The laid-out pages (rows per page, lines per cell) of the first sheet, built on first use.
    const report::PagedTable& layout() const;
    // Every sheet's pages: one, or one per day.
    int sheetCount() const;
    const report::PagedTable& layout(int sheet) const;

private:
    report::PagedTableInput buildInput(const QString& dateText, const QStringList& signColumns) const;
    void build() const;

    Project m_project;
    QList<SignInEntry> m_entries;
    SignInOptions m_options;
    mutable std::vector<std::unique_ptr<report::PagedTable>> m_layouts;
};

} // namespace tp
