-- 015 on PostgreSQL (see sql/015_totals_without_teacher_key.sql): the maintained totals lose their foreign key to
-- teacher (003/005, ON DELETE CASCADE), so both schemas stay equal. The triggers that write the totals are not
-- touched (a constraint is dropped in place here); rows of a teacher without any registration go, as on SQLite.
ALTER TABLE credit_total DROP CONSTRAINT IF EXISTS credit_total_teacher_id_fkey;
ALTER TABLE credit_year_total DROP CONSTRAINT IF EXISTS credit_year_total_teacher_id_fkey;
ALTER TABLE credit_category_year_total DROP CONSTRAINT IF EXISTS credit_category_year_total_teacher_id_fkey;
DELETE FROM credit_total t WHERE NOT EXISTS (SELECT 1 FROM credit_registration r WHERE r.teacher_id = t.teacher_id);
DELETE FROM credit_year_total t
    WHERE NOT EXISTS (SELECT 1 FROM credit_registration r WHERE r.teacher_id = t.teacher_id);
DELETE FROM credit_category_year_total t
    WHERE NOT EXISTS (SELECT 1 FROM credit_registration r WHERE r.teacher_id = t.teacher_id);
