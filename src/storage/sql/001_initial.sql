-- 001: units, plans, projects with ordered organizers, and the audit log.
-- Ids are AUTOINCREMENT: an undone delete brings a project back under its old id, which must never
-- have been given to another row meanwhile.
CREATE TABLE unit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    short_name TEXT,
    kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('bureau', 'training_school', 'community_college', 'kindergarten', 'primary', 'secondary', 'school', 'other')),
    staff_count INTEGER CHECK (staff_count IS NULL OR staff_count >= 0)
);

CREATE TABLE plan (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    district TEXT NOT NULL CHECK (length(trim(district)) > 0),
    year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
    title TEXT NOT NULL DEFAULT '',
    doc_number TEXT NOT NULL DEFAULT '',
    issue_date TEXT,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved', 'issued')),
    source_file TEXT,
    stated_duration TEXT,
    stated_headcount TEXT,
    stated_row INTEGER,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    UNIQUE (district, year)
);

CREATE TABLE project (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL CHECK (seq > 0),
    name TEXT NOT NULL DEFAULT '',
    duration_text TEXT NOT NULL DEFAULT '',
    headcount_text TEXT NOT NULL DEFAULT '',
    modes_text TEXT NOT NULL DEFAULT '',
    months_text TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT '',
    remarks TEXT NOT NULL DEFAULT ''
);
CREATE INDEX project_plan_seq ON project(plan_id, seq);

-- 主办单位: the organizing units of a project, in the order the table names them.
CREATE TABLE project_organizer (
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
    PRIMARY KEY (project_id, position)
);
CREATE INDEX project_organizer_unit ON project_organizer(unit_id);

-- Who changed what and when: a change request without history cannot be checked.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime')),
    actor TEXT NOT NULL DEFAULT '',
    entity TEXT NOT NULL,
    entity_id INTEGER,
    action TEXT NOT NULL,
    field TEXT,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
