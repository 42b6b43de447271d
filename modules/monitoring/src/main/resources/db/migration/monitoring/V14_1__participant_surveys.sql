-- Issue 14 (decision 0010): participants answer the stage 1/2 questionnaires themselves.
--
-- Who has answered which questionnaire of which programme (once per stage and phase) — kept apart from the answers:
-- monitoring.questionnaire_response still has no respondent, and nothing links a response to this row.
create table monitoring.survey_respondent
(
    tenant_id      uuid        not null,
    participant_id uuid        not null,
    programme_id   uuid        not null,
    stage          integer     not null,
    phase          varchar(10) not null default '',
    answered_on    date        not null,
    primary key (tenant_id, participant_id, programme_id, stage, phase)
);
call platform.protect_tenant_table('monitoring.survey_respondent');

-- A participant's transaction (app.participant_id set) sees its own memberships, pairs and projection row, its own
-- «answered» marks; it may add a response but read none (not even its own: a response has no respondent).
call platform.restrict_to_participant('monitoring.survey_respondent', 'participant_id = (select platform.current_participant_id())');
call platform.restrict_to_participant('monitoring.questionnaire_response', 'false', 'true');
call platform.restrict_to_participant('monitoring.participant', 'id = (select platform.current_participant_id())', 'false');
call platform.restrict_to_participant('monitoring.pair_member', 'participant_id = (select platform.current_participant_id())', 'false');
call platform.restrict_to_participant('monitoring.pair', 'id in (select m.pair_id from monitoring.pair_member m)', 'false');
