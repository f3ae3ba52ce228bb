// What a hosting platform or a migration tool creates before a project's first migration runs.
// Without it a Supabase history fails on its first `REFERENCES auth.users`, and every later
// statement of the file with it: errors of the replay, not of the migrations.
import type { Framework } from '../core/migration-types.js';
import { SUPABASE_ROLES } from './classify-error.js';

export interface PlatformSetup {
  /** Shown in reports: which platform objects were stood in for. */
  name: string;
  roles: readonly string[];
  /** Extensions the platform installs (must be shipped by PGlite to be loaded). */
  extensions: readonly string[];
  prelude: readonly string[];
}

/**
 * Supabase's own schemas, reduced to the objects migrations reference: auth.users and the
 * auth.uid()/role()/jwt() helpers, storage buckets and objects with their path helpers, and the
 * extensions schema (uuid-ossp, pgcrypto) on the search path, as on a Supabase database.
 */
const SUPABASE: PlatformSetup = {
  name: 'Supabase platform schemas (auth, storage, extensions)',
  roles: SUPABASE_ROLES,
  extensions: ['uuid-ossp', 'pgcrypto'],
  prelude: [
    `CREATE SCHEMA IF NOT EXISTS extensions;
     CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA extensions;
     CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions;
     DO $pgmr$ BEGIN
       EXECUTE format('ALTER DATABASE %I SET search_path = "$user", public, extensions', current_database());
     END $pgmr$;
     SET search_path = "$user", public, extensions;
     CREATE SCHEMA IF NOT EXISTS auth;
     CREATE TABLE IF NOT EXISTS auth.users (
       id uuid PRIMARY KEY, instance_id uuid, aud varchar(255), role varchar(255), email varchar(255),
       phone text, encrypted_password varchar(255), email_confirmed_at timestamptz, last_sign_in_at timestamptz,
       raw_app_meta_data jsonb, raw_user_meta_data jsonb, is_super_admin boolean, is_anonymous boolean NOT NULL DEFAULT false,
       created_at timestamptz, updated_at timestamptz, deleted_at timestamptz
     );
     CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE
       AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
     CREATE OR REPLACE FUNCTION auth.role() RETURNS text LANGUAGE sql STABLE
       AS $$ SELECT nullif(current_setting('request.jwt.claim.role', true), '')::text $$;
     CREATE OR REPLACE FUNCTION auth.email() RETURNS text LANGUAGE sql STABLE
       AS $$ SELECT nullif(current_setting('request.jwt.claim.email', true), '')::text $$;
     CREATE OR REPLACE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql STABLE
       AS $$ SELECT coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb $$;
     CREATE SCHEMA IF NOT EXISTS storage;
     CREATE TABLE IF NOT EXISTS storage.buckets (
       id text PRIMARY KEY, name text NOT NULL, owner uuid, public boolean DEFAULT false,
       file_size_limit bigint, allowed_mime_types text[], created_at timestamptz DEFAULT now(), updated_at timestamptz DEFAULT now()
     );
     CREATE TABLE IF NOT EXISTS storage.objects (
       id uuid PRIMARY KEY DEFAULT gen_random_uuid(), bucket_id text REFERENCES storage.buckets (id), name text, owner uuid,
       metadata jsonb, path_tokens text[] GENERATED ALWAYS AS (string_to_array(name, '/')) STORED,
       created_at timestamptz DEFAULT now(), updated_at timestamptz DEFAULT now(), last_accessed_at timestamptz DEFAULT now()
     );
     CREATE OR REPLACE FUNCTION storage.foldername(name text) RETURNS text[] LANGUAGE sql IMMUTABLE
       AS $$ SELECT (string_to_array(name, '/'))[1:array_length(string_to_array(name, '/'), 1) - 1] $$;
     CREATE OR REPLACE FUNCTION storage.filename(name text) RETURNS text LANGUAGE sql IMMUTABLE
       AS $$ SELECT (string_to_array(name, '/'))[array_length(string_to_array(name, '/'), 1)] $$;
     CREATE OR REPLACE FUNCTION storage.extension(name text) RETURNS text LANGUAGE sql IMMUTABLE
       AS $$ SELECT reverse(split_part(reverse(name), '.', 1)) $$;`,
  ],
};

/** golang-migrate keeps its bookkeeping table in the same schema; some histories alter it. */
const GOLANG_MIGRATE: PlatformSetup = {
  name: 'golang-migrate bookkeeping table',
  roles: [],
  extensions: [],
  prelude: ['CREATE TABLE IF NOT EXISTS schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)'],
};

/** diesel records applied versions in its own table, created before the first migration runs. */
const DIESEL: PlatformSetup = {
  name: 'diesel bookkeeping table',
  roles: [],
  extensions: [],
  prelude: [
    'CREATE TABLE IF NOT EXISTS __diesel_schema_migrations (version varchar(50) PRIMARY KEY NOT NULL, run_on timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP)',
  ],
};

/** The setups that apply to a set of migration files, by their frameworks. */
export function platformSetups(frameworks: Iterable<Framework>): PlatformSetup[] {
  const set = new Set(frameworks);
  const setups: PlatformSetup[] = [];
  if (set.has('supabase')) setups.push(SUPABASE);
  if (set.has('golang-migrate')) setups.push(GOLANG_MIGRATE);
  if (set.has('diesel')) setups.push(DIESEL);
  return setups;
}
