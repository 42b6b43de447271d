-- The roadmap module's schema. Flyway creates it (as the schema owner); the application role gets exactly the rights
-- below. Every business table created here carries tenant_id and is put under row-level security with
--   call platform.protect_tenant_table('roadmap.<table>');
grant usage on schema roadmap to ${app_role};
alter default privileges in schema roadmap grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema roadmap grant usage, select on sequences to ${app_role};
