-- 007 (issue 12): the approved plan and its changes — 报审, 批复, 调整, 取消; versions, history; a unit directory
-- the user controls.
-- SQLite-specific (a PostgreSQL dialect differs here): the plan table is rebuilt to widen its status CHECK
-- (PostgreSQL: ALTER TABLE plan DROP CONSTRAINT …, ADD CONSTRAINT …), sqlite_sequence is carried over, and the
-- append-only triggers use RAISE(ABORT, …) (PostgreSQL: a trigger function that raises). Everything else is plain.

-- 年度计划: 草稿 → 报审 → 已批复 → 执行中 → 已完成, 退回修改 (core/PlanWorkflow.h). 'issued' stays for plans that
-- were marked 已印发 before. The migration runner turns foreign keys off around this script: project rows keep
-- pointing at the same plan ids.
CREATE TEMP TABLE migration_007_sequence AS SELECT name, seq FROM sqlite_sequence WHERE name = 'plan';
CREATE TABLE plan_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    district TEXT NOT NULL CHECK (length(trim(district)) > 0),
    year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
    title TEXT NOT NULL DEFAULT '',
    doc_number TEXT NOT NULL DEFAULT '',
    issue_date TEXT,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'submitted', 'returned', 'approved', 'issued', 'in_progress', 'completed')),
    source_file TEXT,
    stated_duration TEXT,
    stated_headcount TEXT,
    stated_row INTEGER,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    UNIQUE (district, year)
);
INSERT INTO plan_new (id, district, year, title, doc_number, issue_date, status, source_file, stated_duration,
                      stated_headcount, stated_row, notes, created_at)
    SELECT id, district, year, title, doc_number, issue_date, status, source_file, stated_duration, stated_headcount,
           stated_row, notes, created_at FROM plan;
DROP TABLE plan;
ALTER TABLE plan_new RENAME TO plan;
DELETE FROM sqlite_sequence WHERE name = 'plan';
INSERT INTO sqlite_sequence (name, seq) SELECT name, seq FROM temp.migration_007_sequence;
DROP TABLE temp.migration_007_sequence;

-- Every transition of a plan, in order: who, when, the 文号 of an approval, the reason of a return. Append-only.
CREATE TABLE plan_transition (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE RESTRICT,
    action TEXT NOT NULL CHECK (action IN ('submit', 'approve', 'return', 'start', 'complete', 'revise')),
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    actor TEXT NOT NULL CHECK (length(trim(actor)) > 0),
    doc_number TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 0,
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);
CREATE INDEX plan_transition_plan ON plan_transition(plan_id, id);

-- The approved versions of a plan (1, 2, …), one per approval, frozen: the projects as approved.
CREATE TABLE plan_version (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE RESTRICT,
    version INTEGER NOT NULL CHECK (version > 0),
    approved_on TEXT NOT NULL,
    approved_by TEXT NOT NULL,
    doc_number TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, version)
);

-- A project as a version holds it. No foreign key to project: the version is the record of what was approved,
-- whatever becomes of the row later.
CREATE TABLE plan_version_project (
    plan_id INTEGER NOT NULL,
    version INTEGER NOT NULL,
    project_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    organizers TEXT NOT NULL DEFAULT '',
    duration_text TEXT NOT NULL DEFAULT '',
    headcount_text TEXT NOT NULL DEFAULT '',
    modes_text TEXT NOT NULL DEFAULT '',
    months_text TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT '',
    remarks TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    effective_start TEXT,
    effective_approximate INTEGER NOT NULL DEFAULT 0 CHECK (effective_approximate IN (0, 1)),
    cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    PRIMARY KEY (plan_id, version, project_id),
    FOREIGN KEY (plan_id, version) REFERENCES plan_version(plan_id, version) ON DELETE RESTRICT
);

-- 调整申请 and 取消申请 of an approved plan: filed, then approved (the project changes then) or rejected. Never
-- deleted; only a pending request is decided, once.
CREATE TABLE change_request (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE RESTRICT,
    kind TEXT NOT NULL CHECK (kind IN ('change', 'cancel')),
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    effective_on TEXT,
    due_on TEXT,
    late INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
    late_explanation TEXT NOT NULL DEFAULT '',
    filed_on TEXT NOT NULL,
    filed_by TEXT NOT NULL CHECK (length(trim(filed_by)) > 0),
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_on TEXT,
    decided_by TEXT NOT NULL DEFAULT '',
    decision_note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 0 -- the approved version it changes
);
CREATE INDEX change_request_project ON change_request(project_id, id);

CREATE TRIGGER plan_transition_append_only BEFORE UPDATE ON plan_transition
BEGIN
    SELECT RAISE(ABORT, 'a plan transition is not edited');
END;

CREATE TRIGGER plan_transition_never_deleted BEFORE DELETE ON plan_transition
BEGIN
    SELECT RAISE(ABORT, 'a plan transition is never deleted');
END;

CREATE TRIGGER plan_version_frozen BEFORE UPDATE ON plan_version
BEGIN
    SELECT RAISE(ABORT, 'an approved version is frozen');
END;

CREATE TRIGGER plan_version_never_deleted BEFORE DELETE ON plan_version
BEGIN
    SELECT RAISE(ABORT, 'an approved version is never deleted');
END;

CREATE TRIGGER plan_version_project_frozen BEFORE UPDATE ON plan_version_project
BEGIN
    SELECT RAISE(ABORT, 'an approved version is frozen');
END;

CREATE TRIGGER plan_version_project_never_deleted BEFORE DELETE ON plan_version_project
BEGIN
    SELECT RAISE(ABORT, 'an approved version is never deleted');
END;

CREATE TRIGGER change_request_decided_once BEFORE UPDATE ON change_request
WHEN OLD.status <> 'pending'
BEGIN
    SELECT RAISE(ABORT, 'a decided change request is not edited');
END;

CREATE TRIGGER change_request_never_deleted BEFORE DELETE ON change_request
BEGIN
    SELECT RAISE(ABORT, 'a change request is never deleted');
END;

-- 单位名录: a unit typed or imported as an organizer is no longer added to the directory by itself. It is kept
-- (a project names it) with listed = 0 and stays flagged as unknown until a user adds it or maps it to a unit.
-- Units of databases before version 7 stay listed: nobody can tell now which were added by hand.
ALTER TABLE unit ADD COLUMN listed INTEGER NOT NULL DEFAULT 1 CHECK (listed IN (0, 1));
-- A unit merged into another: its rows now name the other, and its name became an alias of it.
ALTER TABLE unit ADD COLUMN merged_into INTEGER REFERENCES unit(id);

-- Other names of a unit: 区进修校 = 区教师进修学校.
CREATE TABLE unit_alias (
    alias TEXT PRIMARY KEY CHECK (length(trim(alias)) > 0),
    unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT
);
CREATE INDEX unit_alias_unit ON unit_alias(unit_id);
