#pragma once

// The filter line of the audit's two views (审计日志 and 服务器审计轨迹): a person from a list (经办人 / 登录名,
// 全部 first), an optional first and last day, and room for a view's own filter (the audit log's 项目). Emits
// changed() whenever one of them changes. Also the table both views show their rows in.

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QTableWidget;

namespace tp {

class AuditFilterBar : public QWidget {
    Q_OBJECT

public:
    // `personLabel` names the person ("经办人：", "登录名："); `people` fill its list after 全部. The children's object
    // names start with `prefix` (…PersonFilter, …Since, …Until) for tests and screenshots.
    AuditFilterBar(
        const QString& personLabel, const QStringList& people, const QString& prefix, QWidget* parent = nullptr);

    // A view's own filter, after the dates (a label when `label` is not empty).
    void addFilter(const QString& label, QWidget* filter, int stretch = 0);

    QString person() const; // empty: everybody
    QDate since() const; // invalid: no first day
    QDate until() const; // invalid: no last day

    QComboBox* personFilter() const { return m_person; }
    QCheckBox* sinceCheck() const { return m_useSince; }
    QDateEdit* sinceEdit() const { return m_since; }
    QCheckBox* untilCheck() const { return m_useUntil; }
    QDateEdit* untilEdit() const { return m_until; }

    // The table of an audit view: read-only rows, these headers.
    static QTableWidget* makeTable(const QStringList& headers, const QString& objectName, QWidget* parent);
    // Shows `rows` (one list of cells each) in `table`: long values cut to 200 characters (2,000 in the tooltip),
    // columns fitted, the value columns (from `firstValueColumn`) at most 260 pixels wide.
    static void showRows(QTableWidget* table, const QList<QStringList>& rows, int firstValueColumn);

Q_SIGNALS:
    void changed();

private:
    QHBoxLayout* m_layout = nullptr;
    QComboBox* m_person = nullptr;
    QCheckBox* m_useSince = nullptr;
    QDateEdit* m_since = nullptr;
    QCheckBox* m_useUntil = nullptr;
    QDateEdit* m_until = nullptr;
};

} // namespace tp
