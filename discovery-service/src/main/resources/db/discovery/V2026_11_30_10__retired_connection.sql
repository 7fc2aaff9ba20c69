-- The connections of a deleted migration, passwords still sealed, kept until the Executor has removed what it made
-- on the source (a PostgreSQL source's replication slot and publication, which hold WAL) or the retention ends.
create table retired_connection (
    migration_id     uuid primary key,
    tenant_id        text        not null,
    source_dialect   text        not null,
    source_host      text,
    source_port      integer     not null,
    source_database  text        not null,
    source_username  text,
    source_secret    bytea,
    source_key_id    text,
    target_dialect   text        not null,
    target_host      text        not null,
    target_port      integer     not null,
    target_database  text        not null,
    target_username  text        not null,
    target_secret    bytea       not null,
    target_key_id    text        not null,
    retired_at       timestamptz not null
);
create index retired_connection_age on retired_connection (retired_at);
