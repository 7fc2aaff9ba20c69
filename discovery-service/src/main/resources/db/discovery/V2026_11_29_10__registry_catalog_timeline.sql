-- The migration registry: one row per migration, its phase moved only by MigrationRepository.move.
create table migration (
    id                   uuid primary key,
    tenant_id            text        not null,
    name                 text        not null,
    phase                text        not null,
    failure_reason       text,
    failure_message      text,
    source_dialect       text        not null,
    source_host          text        not null,
    source_port          integer     not null,
    source_database      text        not null,
    source_username      text        not null,
    source_secret        bytea       not null,
    source_key_id        text        not null,
    target_dialect       text        not null,
    target_host          text        not null,
    target_port          integer     not null,
    target_database      text        not null,
    target_username      text        not null,
    target_secret        bytea       not null,
    target_key_id        text        not null,
    options              text        not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);
create index migration_tenant on migration (tenant_id, created_at);

-- The catalog discovery read, stored here and referenced from SchemaDiscovered instead of inlined in Kafka.
create table catalog (
    migration_id uuid primary key references migration (id) on delete cascade,
    catalog      text        not null,
    fingerprint  text        not null,
    read_at      timestamptz not null
);

-- Every event of every service for a migration, in the order the topic delivered them.
create table timeline_event (
    seq            bigint generated always as identity primary key,
    event_id       uuid        not null unique,
    migration_id   uuid        not null references migration (id) on delete cascade,
    tenant_id      text        not null,
    event_type     text        not null,
    schema_version integer     not null,
    producer       text        not null,
    occurred_at    timestamptz not null,
    causation_id   uuid,
    payload        text        not null
);
create index timeline_event_migration on timeline_event (migration_id, seq);
