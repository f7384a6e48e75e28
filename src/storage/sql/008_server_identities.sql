-- 008 (issue 13): identities for the district server, and the row versions that refuse a stale save.
-- On a file these are only kept: server_user lists who may log in to a district's server (empty in a clerk's own
-- file; server export and server import carry it), and row_version counts the changes of a project and of an
-- enrollment, so a save based on an older reading is refused with who changed what. On PostgreSQL the same
-- migration (sql/pg/008_server_identities.sql) also makes the roles, privileges and row-level security policies.

-- Who logs in to the server, with which TrainPlan role, for which unit (学校管理员: the school).
CREATE TABLE server_user (
    login TEXT PRIMARY KEY CHECK (length(trim(login)) > 0),
    role TEXT NOT NULL CHECK (role IN ('bureau', 'training_school', 'school_admin', 'read_only')),
    unit_id INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    actor TEXT NOT NULL DEFAULT '',
    CHECK (role <> 'school_admin' OR unit_id IS NOT NULL)
);

ALTER TABLE project ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE enrollment ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

CREATE TRIGGER project_row_version AFTER UPDATE ON project
WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE project SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER enrollment_row_version AFTER UPDATE ON enrollment
WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE enrollment SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;
