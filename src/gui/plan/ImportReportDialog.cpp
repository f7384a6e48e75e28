#include "ImportReportDialog.h"

#include "DialogHelp.h"
#include "FindingsModel.h"
#include "PlanImportService.h"
#include "TableRules.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace tp {

ImportReportDialog::ImportReportDialog(const ImportReport& report, Mode mode, QWidget* parent)
    : QDialog(parent)
{
    help::bindF1(this, QStringLiteral("import.md")); // F1: the guide's page
    setWindowTitle(mode == Mode::Preview ? tr("导入预览") : tr("导入完成"));
    auto* layout = new QVBoxLayout(this);

    const PlanTotals totals = computeTotals(report.table.projects);
    QString summary = tr("<b>%1</b><br>编码：%2　表头在第 %3 行　项目 %4 个<br>合计：%5；%6 人")
                          .arg(QFileInfo(report.table.file).fileName().toHtmlEscaped(), report.table.encoding)
                          .arg(report.table.headerRow)
                          .arg(report.table.projects.size())
                          .arg(formatDurationTotal(totals).isEmpty() ? tr("无天数") : formatDurationTotal(totals))
                          .arg(totals.headcount);
    if (totals.allStaffRows > 0)
        summary += tr("，另有“全员” %1 行").arg(totals.allStaffRows);
    if (report.table.stated)
        summary += tr("<br>表中合计行：%1；%2 人")
                       .arg(report.table.stated->durationText.toHtmlEscaped(),
                           report.table.stated->headcountText.toHtmlEscaped());
    if (mode == Mode::Done)
        summary += tr("<br>已导入到 %1 %2 年度计划%3。")
                       .arg(report.plan.district.toHtmlEscaped())
                       .arg(report.plan.year)
                       .arg(report.replaced ? tr("（替换了原有计划）") : QString());
    auto* label = new QLabel(summary, this);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);

    auto* model = new FindingsModel(this);
    model->setFindings(report.findings);
    auto* heading = new QLabel(tr("检查结果：%1 个错误，%2 个警告，%3 个提示")
                                   .arg(model->count(Severity::Error))
                                   .arg(model->count(Severity::Warning))
                                   .arg(model->count(Severity::Info)),
        this);
    layout->addWidget(heading);
    auto* view = new QTableView(this);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // 问题 and 建议 are read whole: they share the width the short columns leave (never pushed out of the dialog
    // by a long line: the user saw 建议 cut off), wrap, and each row is as tall as its text.
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideNone);
    view->resizeColumnsToContents();
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FindingsModel::FixColumn, QHeaderView::Stretch);
    // 位置 (a cell, a project's name) at most a fifth of the dialog; the user can widen it.
    header->resizeSection(
        FindingsModel::SubjectColumn, std::min(header->sectionSize(FindingsModel::SubjectColumn), 180));
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->resizeRowsToContents();
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, view,
        [view] { QTimer::singleShot(0, view, &QTableView::resizeRowsToContents); });
    layout->addWidget(view, 1);

    auto* buttons = new QDialogButtonBox(this);
    if (mode == Mode::Preview) {
        buttons->addButton(tr("导入"), QDialogButtonBox::AcceptRole);
        buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("取消"));
    } else {
        buttons->addButton(QDialogButtonBox::Close)->setText(tr("关闭"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 480);
}

} // namespace tp
