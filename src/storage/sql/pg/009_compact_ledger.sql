-- 009 on PostgreSQL (issue 16): the same as sql/009_compact_ledger.sql — a batch import's registrations name the
-- audit operation they were made in (one audit row per import), and the enrollment index leaves out external
-- registrations.
ALTER TABLE credit_registration ADD COLUMN operation_id BIGINT REFERENCES audit_operation(id);

DROP INDEX credit_registration_enrollment;
CREATE INDEX credit_registration_enrollment ON credit_registration(enrollment_id) WHERE enrollment_id IS NOT NULL;

-- No query reads credit_total by teacher alone: the reports read a cycle (cycle_start, then teacher_id: the primary
-- key). The index only made the file larger (a copy of the whole key per row).
DROP INDEX credit_total_teacher;
