-- 002 (issue 3): a project's dates, classes (班次) and events, the holiday days users enter or import, and
-- the rule set's parameters per district. Dates are ISO text (YYYY-MM-DD); NULL means "not known".

-- One row per project that has any dates or events. start/end NULL: only the planned month of
-- project.months_text is known (design.md §2: the deadlines then count from the 1st of that month).
CREATE TABLE project_schedule (
    project_id INTEGER PRIMARY KEY REFERENCES project(id) ON DELETE CASCADE,
    start_date TEXT,
    end_date TEXT,
    plan_submitted_on TEXT, -- 详细培训方案 报送
    plan_approved_on TEXT, -- 详细培训方案 审定
    out_of_city INTEGER NOT NULL DEFAULT 0 CHECK (out_of_city IN (0, 1)), -- 赴市外培训
    departure_on TEXT, -- NULL: the opening day
    letter_filed_on TEXT, -- 管理责任书 报送
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

-- 班次: the classes (batches) of a project, each with its own dates, place and capacity.
CREATE TABLE project_class (
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL CHECK (seq > 0),
    name TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    place TEXT NOT NULL DEFAULT '',
    capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
    PRIMARY KEY (project_id, seq)
);

-- 调整: change requests, in the order they were made.
CREATE TABLE project_change (
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL CHECK (seq > 0),
    field TEXT NOT NULL DEFAULT '',
    old_text TEXT NOT NULL DEFAULT '',
    new_text TEXT NOT NULL DEFAULT '',
    old_start TEXT,
    new_start TEXT,
    requested_on TEXT,
    decided_on TEXT,
    decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'approved', 'rejected')),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (project_id, seq)
);

-- 因故不能举办: a row means the project is cancelled; the written explanation (书面说明) is required by
-- R-CANCEL, which reports an empty one (the database keeps what was entered).
CREATE TABLE project_cancellation (
    project_id INTEGER PRIMARY KEY REFERENCES project(id) ON DELETE CASCADE,
    cancelled_on TEXT,
    explanation TEXT NOT NULL DEFAULT ''
);

-- Holiday days entered by users ('user': one day overriding the calendar) or an official schedule imported
-- by them ('official': replaces the built-in or estimated schedule of `schedule_year`).
CREATE TABLE holiday_day (
    date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    kind TEXT NOT NULL CHECK (kind IN ('off', 'work')),
    name TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL CHECK (source IN ('user', 'official')),
    schedule_year INTEGER, -- for 'official': the schedule the day belongs to (2006-12-30 → 2007)
    entered_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);
CREATE INDEX holiday_day_schedule ON holiday_day(source, schedule_year);

-- 规则集: the numbers of the deadline rules per district ('' = every district without its own).
CREATE TABLE rule_parameter (
    district TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (district, key)
);
