-- 006 (issue 9): the ledger is never deleted by accident.
-- (Numbered after 005, which reached main first: databases made since are at version 5, and the runner applies
-- only numbers above a database's version. 004 is no migration.)
-- Until 003, deleting a plan, a project or a teacher cascaded into enrollments, attendance and credit
-- registrations: an import --replace erased 41 registrations and said nothing. The four ledger tables are rebuilt
-- with ON DELETE RESTRICT (SQLite cannot alter a foreign key in place); the migration runner turns foreign keys
-- off around this script and runs PRAGMA foreign_key_check before it commits. Every row and id is kept, and the
-- AUTOINCREMENT counters too (an id is never given twice).
-- Registrations become append-only for DELETE as well (003 stopped UPDATE only), the audit log is append-only,
-- its rows are grouped by operation (an import, a batch registration: audit_operation), and the file says it
-- is TrainPlan's (application_id "TPLN"), so another program's database is never mistaken for ours.

CREATE TEMP TABLE migration_006_sequence AS
    SELECT name, seq FROM sqlite_sequence WHERE name IN ('enrollment', 'external_credit', 'credit_registration');

-- 参训
CREATE TABLE enrollment_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE RESTRICT,
    class_seq INTEGER NOT NULL DEFAULT 0 CHECK (class_seq >= 0),
    teacher_id INTEGER NOT NULL REFERENCES teacher(id) ON DELETE RESTRICT,
    unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
    status TEXT NOT NULL CHECK (status IN ('applied', 'admitted', 'waitlisted', 'checked_in', 'completed', 'absent', 'withdrawn')),
    queue_position INTEGER NOT NULL,
    hours_attended REAL CHECK (hours_attended IS NULL OR hours_attended >= 0),
    credits_awarded REAL,
    enrolled_on TEXT,
    registered_on TEXT,
    UNIQUE (project_id, teacher_id)
);
INSERT INTO enrollment_new (id, project_id, class_seq, teacher_id, unit_id, status, queue_position, hours_attended,
                            credits_awarded, enrolled_on, registered_on)
    SELECT id, project_id, class_seq, teacher_id, unit_id, status, queue_position, hours_attended, credits_awarded,
           enrolled_on, registered_on FROM enrollment;
DROP TABLE enrollment;
ALTER TABLE enrollment_new RENAME TO enrollment;
CREATE INDEX enrollment_teacher ON enrollment(teacher_id);
CREATE INDEX enrollment_project_class ON enrollment(project_id, class_seq, queue_position);

-- Attendance per class day and session.
CREATE TABLE attendance_new (
    enrollment_id INTEGER NOT NULL REFERENCES enrollment(id) ON DELETE RESTRICT,
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    session INTEGER NOT NULL DEFAULT 1 CHECK (session > 0),
    kind TEXT NOT NULL CHECK (kind IN ('present', 'late', 'excused', 'absent')),
    hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
    planned_hours REAL NOT NULL DEFAULT 0 CHECK (planned_hours >= 0),
    PRIMARY KEY (enrollment_id, date, session)
) WITHOUT ROWID;
INSERT INTO attendance_new (enrollment_id, date, session, kind, hours, planned_hours)
    SELECT enrollment_id, date, session, kind, hours, planned_hours FROM attendance;
DROP TABLE attendance;
ALTER TABLE attendance_new RENAME TO attendance;

-- Credits earned elsewhere: 国培, 市培, a provincial platform's record.
CREATE TABLE external_credit_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    teacher_id INTEGER NOT NULL REFERENCES teacher(id) ON DELETE RESTRICT,
    year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
    level TEXT NOT NULL CHECK (level IN ('national', 'provincial', 'municipal', 'county', 'school')),
    kind TEXT NOT NULL CHECK (kind IN ('centralized', 'online', 'school_based', 'practice')),
    credits REAL NOT NULL DEFAULT 0,
    hours REAL NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '' -- 005
);
INSERT INTO external_credit_new (id, teacher_id, year, level, kind, credits, hours, title, source, category)
    SELECT id, teacher_id, year, level, kind, credits, hours, title, source, category FROM external_credit;
DROP TABLE external_credit;
ALTER TABLE external_credit_new RENAME TO external_credit;
CREATE INDEX external_credit_teacher ON external_credit(teacher_id);

-- 学分登记: append-only (no UPDATE, no DELETE). A reversal is a new row with the negated amounts.
CREATE TABLE credit_registration_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    teacher_id INTEGER NOT NULL REFERENCES teacher(id) ON DELETE RESTRICT,
    enrollment_id INTEGER REFERENCES enrollment(id) ON DELETE RESTRICT,
    external_credit_id INTEGER REFERENCES external_credit(id) ON DELETE RESTRICT,
    year INTEGER NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('national', 'provincial', 'municipal', 'county', 'school')),
    kind TEXT NOT NULL CHECK (kind IN ('centralized', 'online', 'school_based', 'practice')),
    credits REAL NOT NULL,
    hours REAL NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    registered_on TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    reversal_of INTEGER REFERENCES credit_registration(id) ON DELETE RESTRICT,
    -- 005: what each registration used
    rule_set_id INTEGER REFERENCES credit_rule_set(id) ON DELETE RESTRICT,
    conversion TEXT NOT NULL DEFAULT '',
    attendance TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT ''
);
INSERT INTO credit_registration_new (id, teacher_id, enrollment_id, external_credit_id, year, level, kind, credits,
                                     hours, reason, registered_on, actor, reversal_of, rule_set_id, conversion,
                                     attendance, category)
    SELECT id, teacher_id, enrollment_id, external_credit_id, year, level, kind, credits, hours, reason,
           registered_on, actor, reversal_of, rule_set_id, conversion, attendance, category FROM credit_registration;
DROP TABLE credit_registration;
ALTER TABLE credit_registration_new RENAME TO credit_registration;
CREATE INDEX credit_registration_teacher ON credit_registration(teacher_id, year);
CREATE INDEX credit_registration_enrollment ON credit_registration(enrollment_id);
CREATE UNIQUE INDEX credit_registration_reversal ON credit_registration(reversal_of) WHERE reversal_of IS NOT NULL;

-- The triggers of 003 and 005 went with the old table: the maintained totals, as before. (Their delete
-- triggers are not recreated: a registration is never deleted now.)
CREATE TRIGGER credit_registration_totals_insert AFTER INSERT ON credit_registration
BEGIN
    INSERT INTO credit_total (cycle_start, teacher_id, level, kind, credits, hours)
    VALUES ((SELECT first_year + years * ((NEW.year - first_year + years * 1000) / years - 1000) FROM ledger_cycle
             WHERE id = 1), NEW.teacher_id, NEW.level, NEW.kind, NEW.credits, NEW.hours)
    ON CONFLICT (cycle_start, teacher_id, level, kind)
    DO UPDATE SET credits = credits + excluded.credits, hours = hours + excluded.hours;
    INSERT INTO credit_year_total (teacher_id, year, level, kind, credits, hours)
    VALUES (NEW.teacher_id, NEW.year, NEW.level, NEW.kind, NEW.credits, NEW.hours)
    ON CONFLICT (teacher_id, year, level, kind)
    DO UPDATE SET credits = credits + excluded.credits, hours = hours + excluded.hours;
END;

CREATE TRIGGER credit_registration_category_insert AFTER INSERT ON credit_registration
WHEN NEW.category <> ''
BEGIN
    INSERT INTO credit_category_year_total (teacher_id, year, category, credits, hours)
    VALUES (NEW.teacher_id, NEW.year, NEW.category, NEW.credits, NEW.hours)
    ON CONFLICT (teacher_id, year, category)
    DO UPDATE SET credits = credits + excluded.credits, hours = hours + excluded.hours;
END;

CREATE TRIGGER credit_registration_append_only BEFORE UPDATE ON credit_registration
BEGIN
    SELECT RAISE(ABORT, 'credit registrations are not edited: reverse them');
END;

CREATE TRIGGER credit_registration_never_deleted BEFORE DELETE ON credit_registration
BEGIN
    SELECT RAISE(ABORT, 'credit registrations are never deleted: reverse them');
END;

DELETE FROM sqlite_sequence WHERE name IN ('enrollment', 'external_credit', 'credit_registration');
INSERT INTO sqlite_sequence (name, seq) SELECT name, seq FROM temp.migration_006_sequence;
DROP TABLE temp.migration_006_sequence;

-- One operation of the audit log: the rows of one transaction (an import, a batch registration, a replace).
CREATE TABLE audit_operation (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime')),
    actor TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL DEFAULT ''
);
ALTER TABLE audit_log ADD COLUMN operation_id INTEGER REFERENCES audit_operation(id);
CREATE INDEX audit_log_operation ON audit_log(operation_id);

CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is not edited');
END;

CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is never deleted');
END;

PRAGMA application_id = 1414548558;
