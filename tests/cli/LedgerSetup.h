#pragma once

// The steps of issue 11 that have no command yet — a district's rule set (`rules set`), the kind a clerk
// chooses for a mixed project, an attendance exemption — done through the storage library on the same
// database file between two runs of trainplan-cli (the CLI opens the file afresh each time).

#include "CreditRules.h"
#include "Database.h"
#include "EnrollmentRepository.h"
#include "EnteredConversion.h"
#include "PlanRepository.h"
#include "RuleSetRepository.h"
#include "TeacherRepository.h"

#include <gtest/gtest.h>
#include <memory>

namespace tp::test {

class LedgerSetup {
public:
    explicit LedgerSetup(const QString& path)
    {
        auto db = Database::open(path);
        EXPECT_TRUE(db.ok()) << (db ? std::string() : db.error().toString().toStdString());
        if (db) {
            m_db = db.value();
            m_db->setActor(QStringLiteral("测试"));
        }
    }

    qint64 projectId(const QString& district, int year, int seq) const
    {
        PlanRepository plans(*m_db);
        auto plan = plans.findPlan(district, year);
        EXPECT_TRUE(plan.ok() && plan->has_value()) << district.toStdString() << " " << year;
        if (!plan || !plan->has_value())
            return 0;
        const auto projects = plans.projects((*plan)->id);
        EXPECT_TRUE(projects.ok());
        for (const Project& p : projects.value())
            if (p.seq == seq)
                return p.id;
        ADD_FAILURE() << "no project " << seq;
        return 0;
    }

    // The district enters the numbers its preset's source does not publish, with where they come from.
    void enterConversion(const QString& district, double hoursPerDay, double hoursPerCredit) const
    {
        auto saved = RuleSetRepository(*m_db).saveDistrictRules(
            district, liangpingWithEnteredConversion(hoursPerDay, hoursPerCredit), QStringLiteral("区县填写换算"));
        EXPECT_TRUE(saved.ok()) << (saved ? std::string() : saved.error().toString().toStdString());
    }

    void chooseKind(qint64 project, TrainingKind kind) const
    {
        EXPECT_TRUE(EnrollmentRepository(*m_db).setProjectKind(project, kind).ok());
    }

    void setCredits(qint64 project, TrainingKind kind, double credits) const
    {
        EXPECT_TRUE(EnrollmentRepository(*m_db).setProjectKind(project, kind).ok());
        auto info = EnrollmentRepository(*m_db).projectCredit(project);
        ASSERT_TRUE(info.ok());
        EXPECT_TRUE(
            EnrollmentRepository(*m_db).saveProjectCredit(project, { kind, credits, 0, info->credit.category }).ok());
    }

    void exempt(qint64 project, const QString& staffNumber, const QString& reason) const
    {
        auto teacher = TeacherRepository(*m_db).findByStaffNumber(staffNumber);
        ASSERT_TRUE(teacher.ok() && teacher->has_value());
        auto e = EnrollmentRepository(*m_db).find(project, (*teacher)->id);
        ASSERT_TRUE(e.ok() && e->has_value());
        EXPECT_TRUE(EnrollmentRepository(*m_db).setAttendanceExemption((*e)->id, reason).ok());
    }

private:
    std::shared_ptr<Database> m_db;
};

} // namespace tp::test
