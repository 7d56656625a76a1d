-- Planning: look-ups of a plan run's proposals, and of a task's pending proposals (a later run
-- supersedes them).
CREATE INDEX proposal_by_plan ON proposal(plan_id);
CREATE INDEX proposal_by_task ON proposal(task_id, status);
