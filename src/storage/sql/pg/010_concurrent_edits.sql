-- 010 on PostgreSQL: many clerks at once, enforced by the server itself.
-- * project.row_version counts changes of what a project says, not its renumbering (as sql/010 on a file), so a
--   stale save is refused (PlanRepository::saveProjectField) and a reordered plan is not a conflict;
-- * tp_row_audit: every change of a row, by anybody (TrainPlan, psql, a script), is written by a server trigger
--   with the session's login (session_user) and the old and new row. No role but the database's owner may change
--   or delete it (no privilege to; the owner keeps the table);
-- * the seats of a project are counted by the server (tp_project_seats): a 学校管理员 does not see the other
--   schools' enrolments (row-level security), so no client-side count can be right for it; and the server refuses
--   a 学校管理员's seat beyond the capacity or the school's quota (tp_seat_guard), under a lock on the project;
-- * every change notifies the channel "trainplan" (payload: the table), delivered when the transaction commits:
--   others' changes appear in every open TrainPlan without polling.
-- Server-only objects are named tp_* (the schema test leaves them out).

CREATE OR REPLACE FUNCTION tp_bump_project_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.row_version = OLD.row_version
        AND (NEW.plan_id, NEW.name, NEW.duration_text, NEW.headcount_text, NEW.modes_text, NEW.months_text,
             NEW.location, NEW.level, NEW.remarks)
            IS DISTINCT FROM (OLD.plan_id, OLD.name, OLD.duration_text, OLD.headcount_text, OLD.modes_text,
             OLD.months_text, OLD.location, OLD.level, OLD.remarks) THEN
        NEW.row_version := OLD.row_version + 1;
    END IF;
    RETURN NEW;
END;
$$;
DROP TRIGGER project_row_version ON project;
CREATE TRIGGER project_row_version BEFORE UPDATE ON project
    FOR EACH ROW EXECUTE FUNCTION tp_bump_project_version();

-- The server's audit trail: one row per changed row, whoever changed it and however.
-- (No identity column: a sequence used by the trigger would become the session's lastval(), which is how the
-- programs learn the id of the row they inserted. In order: at, then transaction_id.)
CREATE TABLE tp_row_audit (
    at TEXT NOT NULL DEFAULT (to_char(clock_timestamp(), 'YYYY-MM-DD"T"HH24:MI:SS.US')),
    login TEXT NOT NULL DEFAULT session_user,
    transaction_id BIGINT NOT NULL DEFAULT txid_current(),
    table_name TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
    row_id BIGINT,
    old_row JSONB,
    new_row JSONB
);
CREATE INDEX tp_row_audit_row ON tp_row_audit(table_name, row_id);
CREATE INDEX tp_row_audit_at ON tp_row_audit(at);
CREATE INDEX tp_row_audit_login ON tp_row_audit(login);

-- Runs as the owner (SECURITY DEFINER): the trail is written although no other role may write it. session_user is
-- still the login that connected.
CREATE FUNCTION tp_audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
    old_row JSONB := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    new_row JSONB := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
BEGIN
    IF TG_OP = 'UPDATE' AND old_row = new_row THEN
        RETURN NULL;
    END IF;
    INSERT INTO tp_row_audit (login, table_name, action, row_id, old_row, new_row)
    VALUES (session_user, TG_TABLE_NAME, TG_OP, (COALESCE(new_row, old_row) ->> 'id')::BIGINT, old_row, new_row);
    -- Identical notifications of one transaction are delivered once, after its commit.
    PERFORM pg_notify('trainplan', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['unit', 'unit_alias', 'plan', 'project', 'project_organizer', 'project_schedule',
        'project_class', 'project_change', 'project_cancellation', 'project_credit', 'project_quota', 'holiday_day',
        'rule_parameter', 'ledger_cycle', 'credit_rule_choice', 'credit_rule_set', 'teacher', 'enrollment',
        'attendance', 'attendance_exemption', 'external_credit', 'credit_registration', 'plan_transition',
        'plan_version', 'plan_version_project', 'change_request', 'server_user'] LOOP
        EXECUTE format('CREATE TRIGGER tp_audit_row AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION tp_audit_row()', t);
    END LOOP;
END;
$$;

-- Nobody but the owner writes the trail; the district's roles read it, a school's clerk its own rows.
REVOKE ALL ON tp_row_audit FROM PUBLIC;
GRANT SELECT ON tp_row_audit TO "区教委", "进修学校", "只读";
GRANT SELECT ON tp_row_audit TO "学校管理员";
ALTER TABLE tp_row_audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY district ON tp_row_audit FOR SELECT TO "区教委", "进修学校", "只读" USING (true);
CREATE POLICY own_rows ON tp_row_audit FOR SELECT TO "学校管理员" USING (login = session_user);

-- The seats of a project as the server counts them, every school's: per class, unit and status, how many
-- enrolments, and the last queue position. Counts only, no person: what a clerk's program needs to decide a seat
-- (core's SeatBook) although it sees only its own school's enrolments.
CREATE FUNCTION tp_project_seats(p_project BIGINT)
RETURNS TABLE (class_seq INTEGER, unit_id BIGINT, status TEXT, enrolments BIGINT, last_position BIGINT)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT e.class_seq, e.unit_id, e.status, COUNT(*), MAX(e.queue_position)
    FROM enrollment e WHERE e.project_id = p_project
    GROUP BY e.class_seq, e.unit_id, e.status;
$$;

-- A 学校管理员's enrolment that takes a seat is refused when the project (or its class) is full or the school's
-- quota is used up — whatever program or statement writes it. The project's row is locked first, so two schools
-- taking the last seat at once are decided one after the other. (The district's roles may admit beyond: they decide
-- exceptions; TrainPlan decides with tp_project_seats before it writes, so this refuses only what bypassed it.)
CREATE FUNCTION tp_seat_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
    cap INTEGER;
    quota INTEGER;
    used BIGINT;
    used_by_unit BIGINT;
BEGIN
    IF NEW.status IN ('waitlisted', 'withdrawn') OR tp_is_owner()
        OR NOT pg_has_role(session_user, '学校管理员', 'MEMBER') THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.status NOT IN ('waitlisted', 'withdrawn') AND OLD.unit_id = NEW.unit_id
        AND OLD.class_seq = NEW.class_seq AND OLD.project_id = NEW.project_id THEN
        RETURN NEW; -- keeps the seat it had
    END IF;
    PERFORM 1 FROM project WHERE id = NEW.project_id FOR UPDATE;
    IF NEW.class_seq > 0 THEN
        SELECT capacity INTO cap FROM project_class WHERE project_id = NEW.project_id AND seq = NEW.class_seq;
    ELSE
        SELECT capacity INTO cap FROM project_credit WHERE project_id = NEW.project_id;
    END IF;
    SELECT seats INTO quota FROM project_quota WHERE project_id = NEW.project_id AND unit_id = NEW.unit_id;
    SELECT COUNT(*), COUNT(*) FILTER (WHERE e.unit_id = NEW.unit_id) INTO used, used_by_unit
    FROM enrollment e
    WHERE e.project_id = NEW.project_id AND e.class_seq = NEW.class_seq AND e.id <> NEW.id
        AND e.status NOT IN ('waitlisted', 'withdrawn');
    IF cap IS NOT NULL AND used >= cap THEN
        RAISE EXCEPTION '培训项目已满（% 个名额都已录取），只能候补', cap USING ERRCODE = 'check_violation';
    END IF;
    IF quota IS NOT NULL AND used_by_unit >= quota THEN
        RAISE EXCEPTION '本单位在该项目的名额（% 个）已用完，只能候补', quota USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER tp_seat_guard BEFORE INSERT OR UPDATE ON enrollment
    FOR EACH ROW EXECUTE FUNCTION tp_seat_guard();
