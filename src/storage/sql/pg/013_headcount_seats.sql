-- 013 on PostgreSQL (see sql/013_headcount_seats.sql): project.headcount_seats, the seats the project's exact
-- 参培人数 gives, written by the program with headcount_text and filled for existing projects by the migration
-- (Migrations.cpp, core's headcountSeats). The server now knows a project's capacity as the program does
-- (projectCapacity: a stored capacity wins, else headcount_seats; 0 = no limit) and applies it itself:
-- * tp_seat_guard (010, 012) refused a 学校管理员's seat only against a stored capacity, so two schools could both
--   take the last seat of a project whose capacity is its 参培人数; it now uses tp_seat_capacity;
-- * tp_promote_waitlist (012) was told the capacity by the client; it now takes it from the server as well (the
--   three-argument function is dropped: a program older than 013 does not open this database).
ALTER TABLE project ADD COLUMN headcount_seats INTEGER CHECK (headcount_seats IS NULL OR headcount_seats > 0);

-- The seats of a project (class 0: its stored capacity, else its exact 参培人数) or of one of its classes (the
-- class's stored capacity); 0 = no limit.
CREATE FUNCTION tp_seat_capacity(p_project BIGINT, p_class INTEGER)
RETURNS INTEGER LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
    cap INTEGER;
BEGIN
    IF p_class > 0 THEN
        SELECT capacity INTO cap FROM project_class WHERE project_id = p_project AND seq = p_class;
    ELSE
        SELECT COALESCE(NULLIF(c.capacity, 0), p.headcount_seats) INTO cap
        FROM project p LEFT JOIN project_credit c ON c.project_id = p.id WHERE p.id = p_project;
    END IF;
    RETURN GREATEST(COALESCE(cap, 0), 0);
END;
$$;
-- (used by the server's own functions only)
REVOKE ALL ON FUNCTION tp_seat_capacity(BIGINT, INTEGER) FROM PUBLIC;

DROP FUNCTION tp_promote_waitlist(BIGINT, INTEGER, INTEGER);
CREATE FUNCTION tp_promote_waitlist(p_project BIGINT, p_class INTEGER)
RETURNS SETOF BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
    cap INTEGER;
    quota INTEGER;
    used BIGINT;
    used_by_unit BIGINT;
    w RECORD;
BEGIN
    PERFORM 1 FROM project WHERE id = p_project FOR UPDATE;
    cap := tp_seat_capacity(p_project, p_class);
    SELECT COUNT(*) INTO used FROM enrollment
    WHERE project_id = p_project AND class_seq = p_class AND status NOT IN ('waitlisted', 'withdrawn');
    FOR w IN SELECT id, unit_id FROM enrollment
             WHERE project_id = p_project AND class_seq = p_class AND status = 'waitlisted'
             ORDER BY queue_position, id
    LOOP
        EXIT WHEN cap > 0 AND used >= cap;
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
REVOKE ALL ON FUNCTION tp_promote_waitlist(BIGINT, INTEGER) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tp_promote_waitlist(BIGINT, INTEGER) TO "区教委", "进修学校", "学校管理员";

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
    cap := tp_seat_capacity(NEW.project_id, NEW.class_seq);
    SELECT seats INTO quota FROM project_quota WHERE project_id = NEW.project_id AND unit_id = NEW.unit_id;
    IF cap <= 0 AND quota IS NULL THEN
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
    IF cap > 0 AND used >= cap THEN
        RAISE EXCEPTION '培训项目已满（% 个名额都已录取），只能候补', cap USING ERRCODE = 'check_violation';
    END IF;
    IF quota IS NOT NULL AND used_by_unit >= quota THEN
        RAISE EXCEPTION '本单位在该项目的名额（% 个）已用完，只能候补', quota USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
