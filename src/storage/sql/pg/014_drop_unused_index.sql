-- 014 on PostgreSQL (see sql/014_drop_unused_index.sql): the same unused index goes, so both schemas stay equal.
-- On the server the school clerk's row-level policy on external_credit (008: teacher_id IN (SELECT id FROM teacher))
-- is applied to rows read by their id through the registrations, which is how every query reaches them.
DROP INDEX IF EXISTS external_credit_teacher;
