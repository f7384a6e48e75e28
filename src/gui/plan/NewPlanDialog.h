#pragma once

#include "Plan.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class NewPlanDialog;
}

namespace tp {

// Asks for the district, year and title of a new annual plan. The title follows the district and year
// (梁平区教育系统2021年教师教育项目计划表) until the user edits it.
class NewPlanDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewPlanDialog(QWidget* parent = nullptr);
    ~NewPlanDialog() override;

    void setDistrict(const QString& district);
    void setYear(int year);
    Plan plan() const;

    void accept() override;

private:
    void suggestTitle();

    QScopedPointer<Ui::NewPlanDialog> m_ui;
    bool m_titleEdited = false;
};

} // namespace tp
