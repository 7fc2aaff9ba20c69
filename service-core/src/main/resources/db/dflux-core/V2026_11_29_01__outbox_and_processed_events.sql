-- Shared by every service, created in the service's own schema (Flyway's default schema).

-- Events written in the same transaction as the state change they announce; the relay publishes them in id order.
create table outbox (
    id           bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    migration_id uuid        not null,
    event_type   text        not null,
    envelope     text        not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);
create index outbox_unpublished on outbox (id) where published_at is null;

-- Events this service has applied, written in the same transaction as their effect, so a redelivery changes nothing.
create table processed_event (
    event_id     uuid primary key,
    event_type   text        not null,
    migration_id uuid        not null,
    processed_at timestamptz not null default now()
);
