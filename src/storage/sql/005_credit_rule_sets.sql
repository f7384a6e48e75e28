-- 005 (issue 11): each district's own credit rule set, the project's kind from its 培训方式 (a clerk's choice
-- kept only when one was made), course categories, attendance exemptions, and what each registration used.
-- Only new tables and new columns, so it applies on top of 004 whichever tables that rebuilt.

-- Rule sets as registered or as a district edited them (CreditRules.h, creditRulesToJson). Rows are never
-- changed: editing a district's copy adds a row, and a registration points at the row it used.
-- district '': a preset as the program shipped it when a registration used it.
CREATE TABLE credit_rule_set (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    district TEXT NOT NULL DEFAULT '',
    preset TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    definition TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    actor TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX credit_rule_set_preset ON credit_rule_set(preset, district);

CREATE TRIGGER credit_rule_set_immutable BEFORE UPDATE ON credit_rule_set
BEGIN
    SELECT RAISE(ABORT, 'credit rule sets are not edited: a district saves a new version');
END;

-- The district's choice (003): a preset of the program (rule_set_id NULL: it follows the program's preset),
-- or its own edited copy.
ALTER TABLE credit_rule_choice ADD COLUMN rule_set_id INTEGER REFERENCES credit_rule_set(id) ON DELETE RESTRICT;

-- project_credit.kind (003) was NOT NULL DEFAULT 'centralized', so a project nobody classified counted as
-- centralized. It is no longer read: kind_choice is what a clerk chose (NULL: the kind comes from 培训方式,
-- ProjectKind.h). A stored 'centralized' cannot be told from the old default, so it is not carried over (the
-- project is classified by its 培训方式 again, or asks the clerk); any other stored kind was chosen on purpose.
-- A project may also carry a course category (上海).
ALTER TABLE project_credit ADD COLUMN kind_choice TEXT
    CHECK (kind_choice IS NULL OR kind_choice IN ('centralized', 'online', 'school_based', 'practice'));
UPDATE project_credit SET kind_choice = kind WHERE kind <> 'centralized';
ALTER TABLE project_credit ADD COLUMN category TEXT NOT NULL DEFAULT '';

ALTER TABLE external_credit ADD COLUMN category TEXT NOT NULL DEFAULT '';

-- What each registration used: the rule set (NULL for registrations made before 005), how its credits were
-- computed and what attendance showed (words for people), and its course category.
ALTER TABLE credit_registration ADD COLUMN rule_set_id INTEGER REFERENCES credit_rule_set(id) ON DELETE RESTRICT;
ALTER TABLE credit_registration ADD COLUMN conversion TEXT NOT NULL DEFAULT '';
ALTER TABLE credit_registration ADD COLUMN attendance TEXT NOT NULL DEFAULT '';
ALTER TABLE credit_registration ADD COLUMN category TEXT NOT NULL DEFAULT '';

-- 考勤豁免: a clerk registers a teacher whose attendance sheet misses sessions, with a written reason.
-- Kept with the enrollment (its sessions without a record still count as not attended).
CREATE TABLE attendance_exemption (
    enrollment_id INTEGER PRIMARY KEY REFERENCES enrollment(id) ON DELETE RESTRICT,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    recorded_on TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT ''
);

-- Totals per teacher, year and course category, maintained like credit_year_total (003).
CREATE TABLE credit_category_year_total (
    teacher_id INTEGER NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    category TEXT NOT NULL,
    credits REAL NOT NULL DEFAULT 0,
    hours REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (teacher_id, year, category)
) WITHOUT ROWID;

CREATE TRIGGER credit_registration_category_insert AFTER INSERT ON credit_registration
WHEN NEW.category <> ''
BEGIN
    INSERT INTO credit_category_year_total (teacher_id, year, category, credits, hours)
    VALUES (NEW.teacher_id, NEW.year, NEW.category, NEW.credits, NEW.hours)
    ON CONFLICT (teacher_id, year, category)
    DO UPDATE SET credits = credits + excluded.credits, hours = hours + excluded.hours;
END;

CREATE TRIGGER credit_registration_category_delete AFTER DELETE ON credit_registration
WHEN OLD.category <> ''
BEGIN
    UPDATE credit_category_year_total SET credits = credits - OLD.credits, hours = hours - OLD.hours
    WHERE teacher_id = OLD.teacher_id AND year = OLD.year AND category = OLD.category;
END;
