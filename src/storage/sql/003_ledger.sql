-- 003 (issue 4): teachers, enrollments, attendance, credits earned elsewhere, credit registrations and the
-- per-teacher totals kept up to date by triggers. Levels and kinds are stored by their stable names
-- (CreditRules.h): national | provincial | municipal | county | school; centralized | online | school_based | practice.

-- A project's credit facts beside project.level (the 级别 text as typed): kind, explicit credits, capacity.
CREATE TABLE project_credit (
    project_id INTEGER PRIMARY KEY REFERENCES project(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'centralized' CHECK (kind IN ('centralized', 'online', 'school_based', 'practice')),
    credits REAL CHECK (credits IS NULL OR credits >= 0),
    capacity INTEGER CHECK (capacity IS NULL OR capacity > 0)
);

-- 教师. No national ID numbers. Staff numbers are text: leading zeros matter.
-- sort_key: ICU pinyin collation key; pinyin: the name's syllables separated by spaces; initials: "zw".
CREATE TABLE teacher (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    staff_number TEXT NOT NULL UNIQUE CHECK (length(trim(staff_number)) > 0),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
    stage TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    hire_date TEXT,
    sort_key BLOB NOT NULL DEFAULT x'',
    pinyin TEXT NOT NULL DEFAULT '',
    initials TEXT NOT NULL DEFAULT ''
);
CREATE INDEX teacher_sort ON teacher(sort_key, id);
CREATE INDEX teacher_unit_sort ON teacher(unit_id, sort_key, id);
CREATE INDEX teacher_name ON teacher(name, unit_id);

-- 名额分配: seats of a project reserved per school.
CREATE TABLE project_quota (
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    seats INTEGER NOT NULL CHECK (seats >= 0),
    PRIMARY KEY (project_id, unit_id)
);

-- 参训. class_seq 0: the project has no classes (else project_class.seq). queue_position orders the waitlist.
CREATE TABLE enrollment (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    class_seq INTEGER NOT NULL DEFAULT 0 CHECK (class_seq >= 0),
    teacher_id INTEGER NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
    status TEXT NOT NULL CHECK (status IN ('applied', 'admitted', 'waitlisted', 'checked_in', 'completed', 'absent', 'withdrawn')),
    queue_position INTEGER NOT NULL,
    hours_attended REAL CHECK (hours_attended IS NULL OR hours_attended >= 0),
    credits_awarded REAL,
    enrolled_on TEXT,
    registered_on TEXT,
    UNIQUE (project_id, teacher_id)
);
CREATE INDEX enrollment_teacher ON enrollment(teacher_id);
CREATE INDEX enrollment_project_class ON enrollment(project_id, class_seq, queue_position);

-- Attendance per class day and session.
CREATE TABLE attendance (
    enrollment_id INTEGER NOT NULL REFERENCES enrollment(id) ON DELETE CASCADE,
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    session INTEGER NOT NULL DEFAULT 1 CHECK (session > 0),
    kind TEXT NOT NULL CHECK (kind IN ('present', 'late', 'excused', 'absent')),
    hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
    planned_hours REAL NOT NULL DEFAULT 0 CHECK (planned_hours >= 0),
    PRIMARY KEY (enrollment_id, date, session)
) WITHOUT ROWID;

-- Credits earned elsewhere: 国培, 市培, a provincial platform's record.
CREATE TABLE external_credit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    teacher_id INTEGER NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,
    year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
    level TEXT NOT NULL CHECK (level IN ('national', 'provincial', 'municipal', 'county', 'school')),
    kind TEXT NOT NULL CHECK (kind IN ('centralized', 'online', 'school_based', 'practice')),
    credits REAL NOT NULL DEFAULT 0,
    hours REAL NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX external_credit_teacher ON external_credit(teacher_id);

-- 学分登记: append-only. A reversal is a new row with the negated amounts and reversal_of set; a
-- registration is reversed at most once. Level, kind and year are copied from the project (or the external
-- record) when registered: the ledger keeps what was registered.
CREATE TABLE credit_registration (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    teacher_id INTEGER NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,
    enrollment_id INTEGER REFERENCES enrollment(id) ON DELETE CASCADE,
    external_credit_id INTEGER REFERENCES external_credit(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('national', 'provincial', 'municipal', 'county', 'school')),
    kind TEXT NOT NULL CHECK (kind IN ('centralized', 'online', 'school_based', 'practice')),
    credits REAL NOT NULL,
    hours REAL NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    registered_on TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    reversal_of INTEGER REFERENCES credit_registration(id) ON DELETE CASCADE
);
CREATE INDEX credit_registration_teacher ON credit_registration(teacher_id, year);
CREATE INDEX credit_registration_enrollment ON credit_registration(enrollment_id);
CREATE UNIQUE INDEX credit_registration_reversal ON credit_registration(reversal_of) WHERE reversal_of IS NOT NULL;

-- The cycle the totals are kept for (the active credit rule set's): cycles start at first_year + k·years.
CREATE TABLE ledger_cycle (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    first_year INTEGER NOT NULL,
    years INTEGER NOT NULL CHECK (years > 0)
);
INSERT INTO ledger_cycle (id, first_year, years) VALUES (1, 2021, 5);

-- The active credit rule set (CreditRules.h preset id) per district ('' = every district without its own).
CREATE TABLE credit_rule_choice (
    district TEXT PRIMARY KEY,
    preset TEXT NOT NULL
);

-- Totals per teacher, cycle, level and kind, and per year: maintained by the triggers below in the same
-- transaction as the registration; a test checks them equal to the GROUP BY over credit_registration.
CREATE TABLE credit_total (
    cycle_start INTEGER NOT NULL,
    teacher_id INTEGER NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,
    level TEXT NOT NULL,
    kind TEXT NOT NULL,
    credits REAL NOT NULL DEFAULT 0,
    hours REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (cycle_start, teacher_id, level, kind)
) WITHOUT ROWID;
CREATE INDEX credit_total_teacher ON credit_total(teacher_id);

CREATE TABLE credit_year_total (
    teacher_id INTEGER NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    level TEXT NOT NULL,
    kind TEXT NOT NULL,
    credits REAL NOT NULL DEFAULT 0,
    hours REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (teacher_id, year, level, kind)
) WITHOUT ROWID;

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

-- Deleting registrations only happens with their teacher, enrollment or external record: subtract (a total
-- already deleted with its teacher is simply not there any more).
CREATE TRIGGER credit_registration_totals_delete AFTER DELETE ON credit_registration
BEGIN
    UPDATE credit_total SET credits = credits - OLD.credits, hours = hours - OLD.hours
    WHERE cycle_start = (SELECT first_year + years * ((OLD.year - first_year + years * 1000) / years - 1000)
                         FROM ledger_cycle WHERE id = 1)
      AND teacher_id = OLD.teacher_id AND level = OLD.level AND kind = OLD.kind;
    UPDATE credit_year_total SET credits = credits - OLD.credits, hours = hours - OLD.hours
    WHERE teacher_id = OLD.teacher_id AND year = OLD.year AND level = OLD.level AND kind = OLD.kind;
END;

CREATE TRIGGER credit_registration_append_only BEFORE UPDATE ON credit_registration
BEGIN
    SELECT RAISE(ABORT, 'credit registrations are not edited: reverse them');
END;
