#pragma once

// The plan's ways in and out of files, as dialogs: 导入计划表 (choose a file and a sheet, preview what was read and
// found, choose the plan, confirm replacing one, import, report), 导出 CSV, 新建计划, and the two published sample
// plans shipped with the program. Each ends in one service call (PlanImportService, PlanEditService); the main
// window shows the plan the flow names in planReady().

#include "Plan.h"

#include <QObject>
#include <memory>

class QWidget;

namespace tp {

class Database;

class PlanFileFlow : public QObject {
    Q_OBJECT

public:
    // The dialogs open over `window`.
    PlanFileFlow(std::shared_ptr<Database> database, QWidget* window);

    // Into the plan shown (`current`, may be none) unless the file says another year.
    void importPlan(const Plan& current);
    void exportCsv(const Plan& plan, const QList<Project>& projects);
    void newPlan(const Plan& current);
    // Loads the two published sample plans (seeds 000 and 002) that are not in the database yet; false when both
    // were there already.
    bool loadSamples();
    // On first start with an empty database, asks whether to load the samples (else: 新建计划).
    void offerSamplesIfEmpty();

Q_SIGNALS:
    // A plan was imported or created: show it (the units may have changed too).
    void planReady(qint64 planId);
    void statusMessage(const QString& text, int timeout);

private:
    // After an import: the organizers the unit directory does not know, to add or map (UnknownOrganizersDialog).
    void askAboutUnknownOrganizers(qint64 planId);

    std::shared_ptr<Database> m_database;
    QWidget* m_window;
};

} // namespace tp
