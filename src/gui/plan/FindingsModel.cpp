#include "FindingsModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <algorithm>

namespace tp {

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FindingsModel::setFindings(const Findings& findings)
{
    beginResetModel();
    m_findings = findings;
    // Errors first, then warnings, then notes; within a severity, table order.
    std::stable_sort(m_findings.begin(), m_findings.end(),
        [](const Finding& a, const Finding& b) { return int(a.severity) > int(b.severity); });
    endResetModel();
}

int FindingsModel::count(Severity s) const
{
    return int(std::count_if(m_findings.begin(), m_findings.end(), [s](const Finding& f) { return f.severity == s; }));
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return QVariant();
    const Finding& f = m_findings.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SeverityColumn:
            return severityLabel(f.severity);
        case RuleColumn:
            return f.rule;
        case SubjectColumn:
            return f.subject();
        case MessageColumn:
            return f.message;
        case FixColumn:
            return f.fix;
        default:
            return QVariant();
        }
    }
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        const QStyle* style = QApplication::style();
        switch (f.severity) {
        case Severity::Error:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case Severity::Warning:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case Severity::Info:
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        }
    }
    return QVariant();
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SeverityColumn:
        return tr("级别");
    case RuleColumn:
        return tr("规则");
    case SubjectColumn:
        return tr("位置");
    case MessageColumn:
        return tr("问题");
    case FixColumn:
        return tr("建议");
    default:
        return QVariant();
    }
}

} // namespace tp
