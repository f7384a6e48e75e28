-- 012 (issue 13, round 2): a withdrawal promotes the waitlist on the server. A school's clerk sees only its own
-- school's enrolments (row-level security), so the program cannot decide who moves up: the next waitlisted teacher
-- may be another school's. tp_promote_waitlist applies core's rule (waitlistPromotions: the queue in order of
-- queue_position, a seat while the project/class has room, a teacher whose school's quota is used up stays waiting
-- and the next one moves up) over every school's enrolments, under the project's row lock (the same lock as the seat
-- guard of 010, so a withdrawal and a school taking the seat at the same instant are decided one after the other).
-- It returns the promoted enrolments; the server's trail (tp_row_audit) records each with the session's login.
-- p_capacity: the program's capacity when none is stored (core's rule: a project's 参培人数 when it is an exact
-- number); a stored capacity wins.
CREATE FUNCTION tp_promote_waitlist(p_project BIGINT, p_class INTEGER, p_capacity INTEGER)
RETURNS SETOF BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
    cap INTEGER;
    quota INTEGER;
    used BIGINT;
    used_by_unit BIGINT;
    w RECORD;
BEGIN
    PERFORM 1 FROM project WHERE id = p_project FOR UPDATE;
    IF p_class > 0 THEN
        SELECT capacity INTO cap FROM project_class WHERE project_id = p_project AND seq = p_class;
    ELSE
        SELECT capacity INTO cap FROM project_credit WHERE project_id = p_project;
    END IF;
    IF COALESCE(cap, 0) <= 0 THEN
        cap := p_capacity;
    END IF;
    SELECT COUNT(*) INTO used FROM enrollment
    WHERE project_id = p_project AND class_seq = p_class AND status NOT IN ('waitlisted', 'withdrawn');
    FOR w IN SELECT id, unit_id FROM enrollment
             WHERE project_id = p_project AND class_seq = p_class AND status = 'waitlisted'
             ORDER BY queue_position, id
    LOOP
        EXIT WHEN COALESCE(cap, 0) > 0 AND used >= cap;
        quota := NULL;
        SELECT seats INTO quota FROM project_quota WHERE project_id = p_project AND unit_id = w.unit_id;
        IF quota IS NOT NULL THEN
            SELECT COUNT(*) INTO used_by_unit FROM enrollment
            WHERE project_id = p_project AND class_seq = p_class AND unit_id = w.unit_id
                AND status NOT IN ('waitlisted', 'withdrawn');
            CONTINUE WHEN used_by_unit >= quota;
        END IF;
        UPDATE enrollment SET status = 'admitted' WHERE id = w.id;
        used := used + 1;
        RETURN NEXT w.id;
    END LOOP;
END;
$$;
REVOKE ALL ON FUNCTION tp_promote_waitlist(BIGINT, INTEGER, INTEGER) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tp_promote_waitlist(BIGINT, INTEGER, INTEGER) TO "区教委", "进修学校", "学校管理员";

-- The seat guard (010) counted, for every enrolment a clerk writes, the project's enrolments: a roster of n lines
-- cost n counts of up to n rows, quadratic (docs/performance.md: 1,000 and 2,000 lines). Now the seats are a
-- maintained counter per project, class and school (tp_seat_count, kept by a trigger on enrollment whatever program
-- writes), and the guard reads the counter — a few rows — instead of counting; it reads nothing at all when there
-- is no limit to keep (no capacity, no quota of the school). A capacity of 0 means no limit, as in core (SeatBook).
CREATE TABLE tp_seat_count (
    project_id BIGINT NOT NULL,
    class_seq INTEGER NOT NULL,
    unit_id BIGINT NOT NULL,
    seats BIGINT NOT NULL,
    PRIMARY KEY (project_id, class_seq, unit_id)
);
REVOKE ALL ON tp_seat_count FROM PUBLIC; -- only the server's own (SECURITY DEFINER) functions use it
INSERT INTO tp_seat_count (project_id, class_seq, unit_id, seats)
SELECT project_id, class_seq, unit_id, COUNT(*) FROM enrollment
WHERE status NOT IN ('waitlisted', 'withdrawn') GROUP BY project_id, class_seq, unit_id;

CREATE FUNCTION tp_seat_count_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status NOT IN ('waitlisted', 'withdrawn') THEN
        UPDATE tp_seat_count SET seats = seats - 1
        WHERE project_id = OLD.project_id AND class_seq = OLD.class_seq AND unit_id = OLD.unit_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status NOT IN ('waitlisted', 'withdrawn') THEN
        INSERT INTO tp_seat_count (project_id, class_seq, unit_id, seats)
        VALUES (NEW.project_id, NEW.class_seq, NEW.unit_id, 1)
        ON CONFLICT (project_id, class_seq, unit_id) DO UPDATE SET seats = tp_seat_count.seats + 1;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER tp_seat_count AFTER INSERT OR DELETE ON enrollment
    FOR EACH ROW EXECUTE FUNCTION tp_seat_count_row();
-- (an update that keeps the seat where it was — hours attended, credits — does not touch the counter)
CREATE TRIGGER tp_seat_count_update AFTER UPDATE ON enrollment
    FOR EACH ROW WHEN ((OLD.status IN ('waitlisted', 'withdrawn')) IS DISTINCT FROM (NEW.status IN ('waitlisted', 'withdrawn'))
        OR OLD.project_id <> NEW.project_id OR OLD.class_seq <> NEW.class_seq OR OLD.unit_id <> NEW.unit_id)
    EXECUTE FUNCTION tp_seat_count_row();

CREATE OR REPLACE FUNCTION tp_seat_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
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
    IF NEW.class_seq > 0 THEN
        SELECT capacity INTO cap FROM project_class WHERE project_id = NEW.project_id AND seq = NEW.class_seq;
    ELSE
        SELECT capacity INTO cap FROM project_credit WHERE project_id = NEW.project_id;
    END IF;
    SELECT seats INTO quota FROM project_quota WHERE project_id = NEW.project_id AND unit_id = NEW.unit_id;
    IF COALESCE(cap, 0) <= 0 AND quota IS NULL THEN
        RETURN NEW; -- no limit to keep
    END IF;
    -- Under the project's lock, so two schools taking the last seat at once are decided one after the other.
    PERFORM 1 FROM project WHERE id = NEW.project_id FOR UPDATE;
    SELECT COALESCE(SUM(seats), 0), COALESCE(SUM(seats) FILTER (WHERE unit_id = NEW.unit_id), 0)
    INTO used, used_by_unit
    FROM tp_seat_count WHERE project_id = NEW.project_id AND class_seq = NEW.class_seq;
    IF TG_OP = 'UPDATE' AND OLD.status NOT IN ('waitlisted', 'withdrawn') AND OLD.project_id = NEW.project_id
        AND OLD.class_seq = NEW.class_seq THEN
        used := used - 1; -- the row's own seat, moving to another school
    END IF;
    IF COALESCE(cap, 0) > 0 AND used >= cap THEN
        RAISE EXCEPTION '培训项目已满（% 个名额都已录取），只能候补', cap USING ERRCODE = 'check_violation';
    END IF;
    IF quota IS NOT NULL AND used_by_unit >= quota THEN
        RAISE EXCEPTION '本单位在该项目的名额（% 个）已用完，只能候补', quota USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
