-- The two roles of timeline-service's database and what each may do. Run by a superuser with psql, connected to the
-- database; as often as wanted (./timeline up runs it on every start, docker compose once when it creates the volume,
-- the tests for each database they make):
--   psql -v ON_ERROR_STOP=1 -d timeline -f timeline-service/db/roles.sql
--
--   owner (TIMELINE_DB_OWNER, default timeline_owner): owns the database, schema public and every table in it; Flyway
--         runs the migrations as this role (quarkus.flyway.username).
--   app   (TIMELINE_DB_USER, default timeline_app): the service's connections. Reads and writes rows, uses the
--         sequences; cannot create, alter or drop anything.
--
-- Names and passwords come from the environment (TIMELINE_DB_OWNER_PASSWORD, TIMELINE_DB_PASSWORD), not from arguments,
-- which every user of the machine can read in the process list. A password that is not set is left as it is.

\set ON_ERROR_STOP on
\getenv owner TIMELINE_DB_OWNER
\getenv app TIMELINE_DB_USER
\getenv owner_password TIMELINE_DB_OWNER_PASSWORD
\getenv app_password TIMELINE_DB_PASSWORD
\if :{?owner}
\else
\set owner timeline_owner
\endif
\if :{?app}
\else
\set app timeline_app
\endif

-- Roles: plain logins, whatever they were before.
SELECT format('CREATE ROLE %I LOGIN', :'owner') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN', :'app') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app') \gexec
ALTER ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
ALTER ROLE :"app" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
\if :{?owner_password}
ALTER ROLE :"owner" PASSWORD :'owner_password';
\endif
\if :{?app_password}
ALTER ROLE :"app" PASSWORD :'app_password';
\endif

-- The database and its schema belong to the owner (it may then create the trusted extension pg_trgm); others may not
-- even connect, but the service role.
SELECT format('ALTER DATABASE %I OWNER TO %I', current_database(), :'owner') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database()) \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), :'app') \gexec
ALTER SCHEMA public OWNER TO :"owner";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app";

-- Tables, sequences and views made by another role (stores from before these roles, where one role `timeline` owned
-- everything) go to the owner; those of extensions stay with their extension.
SELECT format('ALTER %s public.%I OWNER TO %I',
              CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
              c.relname, :'owner')
FROM pg_class c
WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
  AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = :'owner')
  AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
  -- a sequence owned by a table column moves with its table
  AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'a'
                  AND c.relkind = 'S') \gexec

-- The service role: rows and sequences of what exists, and of what later migrations (run as the owner) create.
-- Functions: pg_advisory_xact_lock is built in, pg_trgm's are executable by everyone.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"app";
