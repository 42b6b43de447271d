-- The publication module's schema. Flyway creates it (as the schema owner); the application role gets exactly the rights
-- below. Every business table created here carries tenant_id and is put under row-level security with
--   call platform.protect_tenant_table('publication.<table>');
grant usage on schema publication to ${app_role};
alter default privileges in schema publication grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema publication grant usage, select on sequences to ${app_role};
