-- 013 (issue 13, round 3): the seats a project's 参培人数 gives, kept beside the text. A project without a stored
-- capacity (project_credit.capacity) has as many seats as its 参培人数 says when that is an exact number (core's
-- projectCapacity / headcountSeats: "40" or "40人" → 40; "约40人", "全体", blank → no limit). The rule reads Chinese
-- text (full-width digits, 人, 约…左右), so it stays in one place, core: the program computes headcount_seats and
-- writes it in the same statement as headcount_text (PlanRepository), and the migration fills it for the projects
-- already there (Migrations.cpp, after this script). On a file nothing reads it but the tests that keep it equal to
-- core's rule; on the server (sql/pg/013_headcount_seats.sql) the seat guard and the waitlist's promotion use it, so
-- two schools' clerks cannot both take the last seat of a project whose capacity is its 参培人数.
-- (Not one of the columns that count as a change of the project in 010: it changes with headcount_text.)
ALTER TABLE project ADD COLUMN headcount_seats INTEGER CHECK (headcount_seats IS NULL OR headcount_seats > 0);
