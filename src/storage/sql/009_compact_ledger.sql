-- 009 (issue 16): a batch import is one audit operation, and its registrations point at it.
-- A registration made by an import (credits external import, 100,000 lines) no longer has an audit row of its own
-- — those rows were half the file — but names the operation it was made in: who (audit_operation.actor, also the
-- registration's actor), when, and which file (the operation's label and its one audit row, with the count and
-- the registrations' range). Registrations made one by one keep their own audit rows; their operation_id stays
-- NULL, as it is for every registration made before 009.
ALTER TABLE credit_registration ADD COLUMN operation_id INTEGER REFERENCES audit_operation(id);

-- Only registrations of a course have an enrollment: external ones (most rows in a city) leave the index.
DROP INDEX credit_registration_enrollment;
CREATE INDEX credit_registration_enrollment ON credit_registration(enrollment_id) WHERE enrollment_id IS NOT NULL;

-- No query reads credit_total by teacher alone: the reports read a cycle (cycle_start, then teacher_id: the primary
-- key). The index only made the file larger (a copy of the whole key per row).
DROP INDEX credit_total_teacher;
