-- The month of birth the registry's participant events now carry (issue 16, item 4): the seniority rule («the mentor
-- is senior») compares it when a grade is missing on either side, instead of the age band. Stored as the first day of
-- the month. Candidates projected before this version have none until the registry's next event about them.
alter table pairing.candidate
    add column birth_month date,
    add constraint candidate_birth_month_first_day check (birth_month is null or extract(day from birth_month) = 1);
