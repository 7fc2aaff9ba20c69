-- Each conversion of a migration's catalog: a revision counts up with every reconversion (drift, type overrides).
-- The three DDL parts and the per-object report are stored here and referenced from SchemaConverted.
create table conversion (
    migration_id        uuid        not null,
    revision            integer     not null,
    tenant_id           text        not null,
    source_fingerprint  text        not null,
    ddl_fingerprint     text        not null,
    pre_data            text        not null,
    post_data           text        not null,
    code                text        not null,
    -- the objects with their DDL, status and messages, the renamed identifiers and the table plans, as JSON
    report              text        not null,
    -- the DDL that takes the target from the previous revision to this one; null for revision 1
    delta               text,
    delta_from_revision integer     not null,
    additive_only       boolean     not null,
    -- what in the delta must not be applied without a person, as a JSON array of strings
    non_additive        text        not null,
    proven_on           text        not null,
    created_at          timestamptz not null,
    primary key (migration_id, revision)
);
create index conversion_tenant on conversion (tenant_id, migration_id);

-- Work to do: one row per conversion asked for (by SchemaDiscovered, SchemaDriftDetected or new type overrides).
-- A worker takes the oldest due job of each migration; a crash leaves it due, so it runs again after a restart.
create table conversion_job (
    id              uuid        primary key,
    migration_id    uuid        not null,
    tenant_id       text        not null,
    cause           text        not null,
    cause_event_id  uuid,
    state           text        not null,
    attempts        integer     not null,
    not_before      timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    finished_at     timestamptz
);
create index conversion_job_due on conversion_job (state, not_before);

-- A tenant's choice of target type for a column, checked for loss when it was made.
create table type_override (
    migration_id  uuid        not null,
    source_schema text        not null,
    source_table  text        not null,
    source_column text        not null,
    target_type   text        not null,
    fidelity      text        not null,
    notes         text        not null,
    created_at    timestamptz not null,
    primary key (migration_id, source_schema, source_table, source_column)
);
