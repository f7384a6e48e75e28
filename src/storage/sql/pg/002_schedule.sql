-- 002 on PostgreSQL: the dialect of sql/002_schedule.sql. GLOB checks are regular expressions here.
CREATE TABLE project_schedule (
    project_id BIGINT PRIMARY KEY REFERENCES project(id) ON DELETE CASCADE,
    start_date TEXT,
    end_date TEXT,
    plan_submitted_on TEXT,
    plan_approved_on TEXT,
    out_of_city INTEGER NOT NULL DEFAULT 0 CHECK (out_of_city IN (0, 1)),
    departure_on TEXT,
    letter_filed_on TEXT,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE TABLE project_class (
    project_id BIGINT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL CHECK (seq > 0),
    name TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    place TEXT NOT NULL DEFAULT '',
    capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
    PRIMARY KEY (project_id, seq)
);

CREATE TABLE project_change (
    project_id BIGINT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
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

CREATE TABLE project_cancellation (
    project_id BIGINT PRIMARY KEY REFERENCES project(id) ON DELETE CASCADE,
    cancelled_on TEXT,
    explanation TEXT NOT NULL DEFAULT ''
);

CREATE TABLE holiday_day (
    date TEXT PRIMARY KEY CHECK (date ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
    kind TEXT NOT NULL CHECK (kind IN ('off', 'work')),
    name TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL CHECK (source IN ('user', 'official')),
    schedule_year INTEGER,
    entered_at TEXT NOT NULL DEFAULT (to_char(localtimestamp, 'YYYY-MM-DD"T"HH24:MI:SS'))
);
CREATE INDEX holiday_day_schedule ON holiday_day(source, schedule_year);

CREATE TABLE rule_parameter (
    district TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (district, key)
);
