-- 012 (issue 13, round 2): on PostgreSQL (sql/pg/012_server_waitlist.sql) a withdrawal promotes the waitlist on the
-- server, over every school's enrolments, because a school's clerk sees only its own. A file has no row-level
-- security: the program sees every enrolment and promotes them itself (EnrollmentRepository::promote, core's
-- waitlistPromotions). Nothing changes in a file's schema.
SELECT 1;
