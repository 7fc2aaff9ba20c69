-- Each change of the source schema that discovery found while the migration ran.
create table schema_drift (
    id                   bigint generated always as identity primary key,
    migration_id         uuid        not null references migration (id) on delete cascade,
    detected_at          timestamptz not null,
    previous_fingerprint text        not null,
    fingerprint          text        not null,
    changes              text        not null
);
create index schema_drift_migration on schema_drift (migration_id, id);
