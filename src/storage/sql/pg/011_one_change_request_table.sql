-- 011 (issue 12): one table of change requests. 调整申请 were kept twice: project_change (002, a register typed into
-- 项目详情, which changed nothing) and change_request (007, filed against the approved plan, applied when approved).
-- They are one concept — a request to change a planned project, from → to, filed on a day, decided once — so the
-- rows of project_change are copied into change_request, in the order they were made, and project_change goes.
-- Nothing is lost: the field (mapped to its stable name where it is one of the plan's columns, else kept as typed),
-- the old and new text, the earlier of the old and new start (when it takes effect: R-CHANGE counts back from it),
-- the day asked, the decision and its day, the note. Who asked and who decided was never recorded: the rows say so.
-- version 0: filed against no approved version (a register of a draft plan).
INSERT INTO change_request (project_id, kind, field, old_value, new_value, reason, effective_on, filed_on, filed_by,
                            status, decided_on, decided_by, decision_note, version)
    SELECT c.project_id, 'change',
           CASE trim(c.field)
               WHEN '培训项目' THEN 'name' WHEN '项目名称' THEN 'name'
               WHEN '主办单位' THEN 'organizers'
               WHEN '培训天数' THEN 'duration' WHEN '培训天数/学时' THEN 'duration'
               WHEN '参培人数' THEN 'headcount' WHEN '培训人数' THEN 'headcount'
               WHEN '培训方式' THEN 'modes'
               WHEN '拟培训时间' THEN 'months' WHEN '培训时间' THEN 'months'
               WHEN '培训地点' THEN 'location'
               WHEN '培训级别' THEN 'level' WHEN '备注' THEN 'remarks'
               WHEN '开班日期' THEN 'start' WHEN '结束日期' THEN 'end'
               ELSE trim(c.field) END,
           c.old_text, c.new_text, c.note,
           CASE WHEN c.old_start IS NOT NULL AND c.new_start IS NOT NULL THEN LEAST(c.old_start, c.new_start)
                ELSE coalesce(c.old_start, c.new_start) END,
           coalesce(c.requested_on, c.decided_on, ''), '（升级前登记，未记录申请人）', c.decision, c.decided_on,
           CASE WHEN c.decision = 'pending' THEN '' ELSE '（升级前登记，未记录批复人）' END, '', 0
    FROM project_change c
    ORDER BY c.project_id, c.seq;
DROP TABLE project_change;
