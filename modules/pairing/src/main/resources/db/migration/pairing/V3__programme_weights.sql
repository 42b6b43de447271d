-- Weights of the fit per programme, in whole percent (requests × competencies, questionnaire compatibility, same
-- organisation): each 0..100, together exactly 100. Existing programmes get the former fixed 50 / 35 / 15.
alter table pairing.programme
    add column weight_requests      integer not null default 50,
    add column weight_compatibility integer not null default 35,
    add column weight_same_org      integer not null default 15,
    add constraint programme_weight_requests_range check (weight_requests between 0 and 100),
    add constraint programme_weight_compatibility_range check (weight_compatibility between 0 and 100),
    add constraint programme_weight_same_org_range check (weight_same_org between 0 and 100),
    add constraint programme_weights_sum check (weight_requests + weight_compatibility + weight_same_org = 100);

-- A proposal keeps the weights it was computed with, so its explanations still add up after the programme's weights
-- change (existing proposals were computed with 0.5 / 0.35 / 0.15).
alter table pairing.proposal
    add column weight_requests      double precision not null default 0.5,
    add column weight_compatibility double precision not null default 0.35,
    add column weight_same_org      double precision not null default 0.15;
