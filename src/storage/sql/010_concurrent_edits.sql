-- 010 (issue 13): many clerks at once. A project's row_version (008) counts the changes of what the project says
-- (its cells), so a save based on an older reading is refused (PlanRepository::saveProjectField). Moving another
-- row renumbers this one (序号) without changing what it says: that no longer counts, so a clerk typing into a
-- row is not refused because somebody reordered the plan. A column added to project later belongs in this list.
-- On PostgreSQL the same migration (sql/pg/010_concurrent_edits.sql) also makes the server's own audit trail,
-- its seat guard and its change notifications.

DROP TRIGGER project_row_version;

CREATE TRIGGER project_row_version AFTER UPDATE ON project
WHEN NEW.row_version = OLD.row_version
    AND (NEW.plan_id IS NOT OLD.plan_id OR NEW.name IS NOT OLD.name OR NEW.duration_text IS NOT OLD.duration_text
        OR NEW.headcount_text IS NOT OLD.headcount_text OR NEW.modes_text IS NOT OLD.modes_text
        OR NEW.months_text IS NOT OLD.months_text OR NEW.location IS NOT OLD.location OR NEW.level IS NOT OLD.level
        OR NEW.remarks IS NOT OLD.remarks)
BEGIN
    UPDATE project SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;
