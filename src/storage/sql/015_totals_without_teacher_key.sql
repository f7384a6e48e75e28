-- 015 (issue 16): the maintained totals (credit_total, credit_year_total, credit_category_year_total) without their
-- foreign key to teacher (003/005: REFERENCES teacher(id) ON DELETE CASCADE).
-- The totals are not entered by anyone: the triggers on credit_registration write them (rebuildTotals recomputes
-- them from the registrations), and a registration already names its teacher under a foreign key that keeps the
-- teacher (ON DELETE RESTRICT, 006). So a total never points at a missing teacher: a teacher with totals has
-- registrations and cannot be deleted. The key only cost every registration two look-ups of the teacher (one per
-- total row its triggers touch) — 0.06 s of an import of 100,000 lines (sqlite3 shell, INSERT … SELECT) — and its
-- ON DELETE CASCADE was the schema's last cascade from a teacher.
-- Rows of a teacher without any registration (left at zero by a registration deleted before 006) are not copied:
-- they are sums of nothing, and they were what the cascade was still there for.
-- SQLite changes a constraint only by rebuilding the table; the two triggers that write the totals go first (a
-- rename re-checks every trigger naming the table) and come back as they were (006).
DROP TRIGGER credit_registration_totals_insert;
DROP TRIGGER credit_registration_category_insert;

CREATE TABLE credit_total_new (
    cycle_start INTEGER NOT NULL,
    teacher_id INTEGER NOT NULL,
    level TEXT NOT NULL,
    kind TEXT NOT NULL,
    credits REAL NOT NULL DEFAULT 0,
    hours REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (cycle_start, teacher_id, level, kind)
) WITHOUT ROWID;
INSERT INTO credit_total_new (cycle_start, teacher_id, level, kind, credits, hours)
    SELECT cycle_start, teacher_id, level, kind, credits, hours FROM credit_total t
    WHERE EXISTS (SELECT 1 FROM credit_registration r WHERE r.teacher_id = t.teacher_id);
DROP TABLE credit_total;
ALTER TABLE credit_total_new RENAME TO credit_total;

CREATE TABLE credit_year_total_new (
    teacher_id INTEGER NOT NULL,
    year INTEGER NOT NULL,
    level TEXT NOT NULL,
    kind TEXT NOT NULL,
    credits REAL NOT NULL DEFAULT 0,
    hours REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (teacher_id, year, level, kind)
) WITHOUT ROWID;
INSERT INTO credit_year_total_new (teacher_id, year, level, kind, credits, hours)
    SELECT teacher_id, year, level, kind, credits, hours FROM credit_year_total t
    WHERE EXISTS (SELECT 1 FROM credit_registration r WHERE r.teacher_id = t.teacher_id);
DROP TABLE credit_year_total;
ALTER TABLE credit_year_total_new RENAME TO credit_year_total;

CREATE TABLE credit_category_year_total_new (
    teacher_id INTEGER NOT NULL,
    year INTEGER NOT NULL,
    category TEXT NOT NULL,
    credits REAL NOT NULL DEFAULT 0,
    hours REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (teacher_id, year, category)
) WITHOUT ROWID;
INSERT INTO credit_category_year_total_new (teacher_id, year, category, credits, hours)
    SELECT teacher_id, year, category, credits, hours FROM credit_category_year_total t
    WHERE EXISTS (SELECT 1 FROM credit_registration r WHERE r.teacher_id = t.teacher_id);
DROP TABLE credit_category_year_total;
ALTER TABLE credit_category_year_total_new RENAME TO credit_category_year_total;

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
