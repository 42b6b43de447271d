-- The participants list's «молодые педагоги» filter (category TEACHER, began teaching less than 3 years ago, under 35):
-- the teaching start is the selective part, so a partial index on it lets the list read only the recent starters
-- instead of walking every teacher in name order (p95 61.7 ms at 50,000 participants before this index).
create index participant_young_teacher_idx on registry.participant (tenant_id, pedagogical_start)
    where category = 'TEACHER';
