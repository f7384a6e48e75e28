#pragma once

#include "CreditLedger.h"
#include "CreditRules.h"
#include "LedgerRepository.h"
#include "Result.h"
#include "Teacher.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tp {

class Database;

// 教师学分档案: one teacher's facts, the status of each requirement in the cycle, the enrollments and the
// registration history (oldest first, reversals shown as their own rows). 撤销登记… reverses the selected
// registration with a reason; 录入外部学分… records credits earned elsewhere (国培, 市培, 省平台); 修改资料… changes
// the teacher's facts (a transfer, another subject), audited.
class TeacherHistoryDialog : public QDialog {
    Q_OBJECT

public:
    TeacherHistoryDialog(Database& database, qint64 teacherId, const CreditRules& rules, int cycleStart, QDate asOf,
        QWidget* parent = nullptr);

    // What the buttons do once the user has answered (tests call these directly). On success the tables are
    // re-read and creditsChanged() is emitted; on failure the error is returned (and shown by the buttons).
    Status reverse(qint64 registrationId, const QString& reason);
    Status addExternal(const ExternalCredit& credit, const QString& reason);
    // 修改资料…: the teacher's name, school, stage, subject or hire date changed (TeacherService::updateTeacher,
    // audited); the staff number stays. Emits teacherChanged() on success.
    Status changeFacts(const Teacher& changed);

    QTableWidget* requirementTable() const { return m_requirements; }
    QTableWidget* enrollmentTable() const { return m_enrollments; }
    QTableWidget* historyTable() const { return m_history; }
    const TeacherCreditStatus& status() const { return m_status; }
    // The registration shown in a history row (0 when none).
    qint64 registrationAt(int row) const;

Q_SIGNALS:
    void creditsChanged(qint64 teacherId);
    void teacherChanged(qint64 teacherId);

private:
    void reloadAll();
    void reloadStatus();
    void reloadHistory();
    void reverseSelected();
    void enterExternal();
    void editFacts();
    void updateButtons();

    Database& m_db;
    qint64 m_teacherId;
    CreditRules m_rules;
    int m_cycleStart;
    QDate m_asOf;
    Teacher m_teacher;
    TeacherCreditStatus m_status;
    QHash<qint64, QString> m_projectOfEnrollment; // enrollment id → project name
    QList<CreditRegistration> m_registrations;

    QLabel* m_facts = nullptr;
    QLabel* m_overall = nullptr;
    QTableWidget* m_requirements = nullptr;
    QTableWidget* m_enrollments = nullptr;
    QTableWidget* m_history = nullptr;
    QPushButton* m_reverseButton = nullptr;
    QPushButton* m_externalButton = nullptr;
    QPushButton* m_editButton = nullptr;
};

} // namespace tp
