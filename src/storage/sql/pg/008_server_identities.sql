-- 008 on PostgreSQL: the tables of sql/008_server_identities.sql, and what makes the server enforce the roles
-- itself, so that no client (TrainPlan, psql) can read or change what its login may not:
-- * four group roles (cluster-wide, made once): 区教委 (the bureau: reads everything, approves plans, manages units
--   and rule sets), 进修学校 (the training school or another 培训机构: plans, rosters, attendance, credits),
--   学校管理员 (a school's clerk: its own unit's teachers and enrolments, their credits read-only), 只读 (reports);
--   a person's login is a member of one (server user add), and server_user says which unit a clerk keeps;
-- * privileges per table, and row-level security on the tables about persons: a clerk's login sees and writes only
--   its unit's teachers and enrolments and reads only their attendance and credits;
-- * the audit's actor (and every registration's 登记人) is the session's login, set by the server: a client
--   cannot name someone else (only the database's owner, who runs server import, keeps the names it brings).
-- Server-only objects (functions, these triggers) are named server_* / tp_*; the schema test leaves them out.

CREATE TABLE server_user (
    login TEXT PRIMARY KEY CHECK (length(trim(login)) > 0),
    role TEXT NOT NULL CHECK (role IN ('bureau', 'training_school', 'school_admin', 'read_only')),
    unit_id BIGINT REFERENCES unit(id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL DEFAULT (to_char(localtimestamp, 'YYYY-MM-DD"T"HH24:MI:SS')),
    actor TEXT NOT NULL DEFAULT '',
    CHECK (role <> 'school_admin' OR unit_id IS NOT NULL)
);

ALTER TABLE project ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE enrollment ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

CREATE FUNCTION tp_bump_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.row_version = OLD.row_version THEN
        NEW.row_version := OLD.row_version + 1;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER project_row_version BEFORE UPDATE ON project
    FOR EACH ROW EXECUTE FUNCTION tp_bump_row_version();
CREATE TRIGGER enrollment_row_version BEFORE UPDATE ON enrollment
    FOR EACH ROW EXECUTE FUNCTION tp_bump_row_version();

-- The group roles, made once per cluster (another district's database on the same server shares them).
DO $$
DECLARE
    r TEXT;
BEGIN
    FOREACH r IN ARRAY ARRAY['区教委', '进修学校', '学校管理员', '只读'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- made meanwhile by another database's migration
            END;
        END IF;
    END LOOP;
END;
$$;

-- Whether the session is the database's owner (or a superuser): the district's administrator.
CREATE FUNCTION tp_is_owner() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
    SELECT pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')
        OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user);
$$;

-- The unit of the session's login (学校管理员), NULL for the others.
CREATE FUNCTION tp_my_unit() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT unit_id FROM server_user WHERE login = session_user;
$$;

-- What changes when anyone commits a change (Database::dataVersion): the newest audit operation, whoever's.
CREATE FUNCTION tp_data_version() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT COALESCE(MAX(id), 0) FROM audit_operation;
$$;

-- The actor of an audit row, a registration, an exemption or a rule set is the login (and the time the server's).
CREATE FUNCTION tp_server_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT tp_is_owner() THEN
        NEW.actor := session_user;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER server_actor BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION tp_server_actor();
CREATE TRIGGER server_actor BEFORE INSERT ON audit_operation FOR EACH ROW EXECUTE FUNCTION tp_server_actor();
CREATE TRIGGER server_actor BEFORE INSERT ON credit_registration FOR EACH ROW EXECUTE FUNCTION tp_server_actor();
CREATE TRIGGER server_actor BEFORE INSERT OR UPDATE ON attendance_exemption
    FOR EACH ROW EXECUTE FUNCTION tp_server_actor();
CREATE TRIGGER server_actor BEFORE INSERT ON credit_rule_set FOR EACH ROW EXECUTE FUNCTION tp_server_actor();
CREATE TRIGGER server_actor BEFORE INSERT OR UPDATE ON server_user FOR EACH ROW EXECUTE FUNCTION tp_server_actor();

-- Privileges. Nothing for PUBLIC; every role reads the plans, projects and rules; writes as each role's work needs.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO "区教委", "进修学校", "学校管理员", "只读";
GRANT SELECT ON ALL TABLES IN SCHEMA public TO "区教委", "进修学校", "学校管理员", "只读";
-- lastval() (the id of a new row) needs to read the sequence it came from.
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "区教委", "进修学校", "学校管理员", "只读";
GRANT INSERT ON audit_log, audit_operation TO "区教委", "进修学校", "学校管理员";
-- Tables and sequences of later migrations (made by the same owner): readable by the district's roles; a later
-- migration grants the writes its tables need, and row-level security where they are about persons.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO "区教委", "进修学校", "只读";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "区教委", "进修学校", "学校管理员", "只读";

GRANT INSERT, UPDATE, DELETE ON unit, plan, project, project_organizer, project_schedule, project_class,
    project_change, project_cancellation, project_credit, project_quota, holiday_day, rule_parameter, ledger_cycle,
    credit_rule_choice TO "区教委";
GRANT INSERT ON credit_rule_set TO "区教委";

GRANT INSERT, UPDATE, DELETE ON unit, plan, project, project_organizer, project_schedule, project_class,
    project_change, project_cancellation, project_credit, project_quota, teacher, enrollment, attendance,
    external_credit, attendance_exemption TO "进修学校";
GRANT INSERT ON credit_registration TO "进修学校";
-- the totals the registration triggers keep
GRANT INSERT, UPDATE ON credit_total, credit_year_total, credit_category_year_total TO "进修学校";

GRANT INSERT, UPDATE ON teacher, enrollment TO "学校管理员";
-- The plan's life (007): 进修学校 submits its plan and files change and cancellation requests; 区教委 decides —
-- approves (freezing a version) or returns a plan, approves or rejects a request — and keeps the unit directory.
GRANT INSERT ON plan_transition, change_request TO "进修学校";
GRANT INSERT, UPDATE, DELETE ON unit_alias TO "进修学校";
GRANT INSERT ON plan_transition, plan_version, plan_version_project TO "区教委";
GRANT INSERT, UPDATE ON change_request TO "区教委";
GRANT INSERT, UPDATE, DELETE ON unit_alias TO "区教委";

-- Row-level security: the district's roles see every row, a school's clerk its own unit's.
ALTER TABLE teacher ENABLE ROW LEVEL SECURITY;
ALTER TABLE enrollment ENABLE ROW LEVEL SECURITY;
ALTER TABLE attendance ENABLE ROW LEVEL SECURITY;
ALTER TABLE attendance_exemption ENABLE ROW LEVEL SECURITY;
ALTER TABLE external_credit ENABLE ROW LEVEL SECURITY;
ALTER TABLE credit_registration ENABLE ROW LEVEL SECURITY;
ALTER TABLE credit_total ENABLE ROW LEVEL SECURITY;
ALTER TABLE credit_year_total ENABLE ROW LEVEL SECURITY;
ALTER TABLE credit_category_year_total ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_operation ENABLE ROW LEVEL SECURITY;
ALTER TABLE server_user ENABLE ROW LEVEL SECURITY;

CREATE POLICY district ON teacher TO "区教委", "进修学校", "只读" USING (true) WITH CHECK (true);
CREATE POLICY district ON enrollment TO "区教委", "进修学校", "只读" USING (true) WITH CHECK (true);
CREATE POLICY district ON attendance TO "区教委", "进修学校", "只读" USING (true) WITH CHECK (true);
CREATE POLICY district ON attendance_exemption TO "区教委", "进修学校", "只读" USING (true) WITH CHECK (true);
CREATE POLICY district ON external_credit TO "区教委", "进修学校", "只读" USING (true) WITH CHECK (true);
CREATE POLICY district ON credit_registration TO "区教委", "进修学校", "只读" USING (true) WITH CHECK (true);
CREATE POLICY district ON credit_total TO "区教委", "进修学校", "只读" USING (true) WITH CHECK (true);
CREATE POLICY district ON credit_year_total TO "区教委", "进修学校", "只读" USING (true) WITH CHECK (true);
CREATE POLICY district ON credit_category_year_total TO "区教委", "进修学校", "只读" USING (true) WITH CHECK (true);
CREATE POLICY district ON audit_log TO "区教委", "进修学校", "只读" USING (true) WITH CHECK (true);
CREATE POLICY district ON audit_operation TO "区教委", "进修学校", "只读" USING (true) WITH CHECK (true);
CREATE POLICY district ON server_user FOR SELECT TO "区教委" USING (true);

CREATE POLICY own_unit ON teacher TO "学校管理员"
    USING (unit_id = tp_my_unit()) WITH CHECK (unit_id = tp_my_unit());
CREATE POLICY own_unit ON enrollment TO "学校管理员"
    USING (unit_id = tp_my_unit()) WITH CHECK (unit_id = tp_my_unit());
CREATE POLICY own_unit ON attendance FOR SELECT TO "学校管理员"
    USING (enrollment_id IN (SELECT id FROM enrollment));
CREATE POLICY own_unit ON attendance_exemption FOR SELECT TO "学校管理员"
    USING (enrollment_id IN (SELECT id FROM enrollment));
CREATE POLICY own_unit ON external_credit FOR SELECT TO "学校管理员"
    USING (teacher_id IN (SELECT id FROM teacher));
CREATE POLICY own_unit ON credit_registration FOR SELECT TO "学校管理员"
    USING (teacher_id IN (SELECT id FROM teacher));
CREATE POLICY own_unit ON credit_total FOR SELECT TO "学校管理员"
    USING (teacher_id IN (SELECT id FROM teacher));
CREATE POLICY own_unit ON credit_year_total FOR SELECT TO "学校管理员"
    USING (teacher_id IN (SELECT id FROM teacher));
CREATE POLICY own_unit ON credit_category_year_total FOR SELECT TO "学校管理员"
    USING (teacher_id IN (SELECT id FROM teacher));
-- A clerk's own audit rows (the others name other schools' teachers).
CREATE POLICY own_rows ON audit_log TO "学校管理员" USING (actor = session_user) WITH CHECK (true);
CREATE POLICY own_rows ON audit_operation TO "学校管理员" USING (actor = session_user) WITH CHECK (true);
CREATE POLICY own_row ON server_user FOR SELECT TO "进修学校", "学校管理员", "只读" USING (login = session_user);
