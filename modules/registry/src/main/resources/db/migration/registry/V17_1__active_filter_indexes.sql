-- The register counts the matches of its filters exactly (issue 16). The «активные» filter — taking part (status
-- ACTIVE, not anonymised) with a processing consent not withdrawn — is counted from two narrow partial indexes read
-- alone (index-only): the tenant condition of row-level security is then evaluated once per index instead of once per
-- row of both tables (50,000 participants: 270 → 63 ms for the count, in EXPLAIN ANALYZE on a loaded machine).
create index participant_active_idx on registry.participant (tenant_id, id)
    where status = 'ACTIVE' and not anonymised;
create index consent_processing_idx on registry.consent (tenant_id, participant_id)
    where purpose = 'PROCESSING' and withdrawn_on is null;
