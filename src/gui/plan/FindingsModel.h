#pragma once

#include "Finding.h"

#include <QAbstractTableModel>

namespace tp {

// The findings panel: severity, rule, subject, message, fix — one row per finding.
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, SubjectColumn, MessageColumn, FixColumn, ColumnCount };

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(const Findings& findings);
    const Findings& findings() const { return m_findings; }
    const Finding& findingAt(int row) const { return m_findings.at(row); }
    int count(Severity s) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Findings m_findings;
};

} // namespace tp
