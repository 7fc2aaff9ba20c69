-- What an agent knows about each migration from the events it consumed.
create table tracked_migration (
    migration_id      uuid primary key,
    tenant_id         text        not null,
    name              text,
    source_dialect    text,
    phase             text        not null,
    failure_reason    text,
    last_event_type   text        not null,
    last_event_at     timestamptz not null,
    events_seen       bigint      not null,
    tables_discovered integer,
    catalog_ref       text
);
create index tracked_migration_tenant on tracked_migration (tenant_id);
