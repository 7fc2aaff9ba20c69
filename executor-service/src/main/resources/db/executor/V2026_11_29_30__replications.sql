-- One row per migration the Executor moves: which schema revision it applies, where it stands and why. The row is the
-- work queue too: a worker runs every row that should be running and is not, so a crashed executor resumes them all.
-- What must commit with the copied and streamed rows (finished chunks, stream offsets, applied DDL) lives in the
-- target database itself, schema dflux_executor.
create table replication (
    migration_id       uuid        primary key,
    tenant_id          text        not null,
    -- WAITING_FOR_CONVERSION, WAITING_FOR_START (manual start), READY, COPYING, STREAMING, PAUSED, STOPPED, FAILED
    state              text        not null,
    manual_start       boolean     not null,
    -- the newest converted revision, and the one applied to the target (0: none yet)
    converted_revision integer     not null,
    applied_revision   integer     not null,
    -- why the stream is paused or failed, in a sentence
    reason             text,
    snapshot_position  text,
    -- whether the replication slot and publication (PostgreSQL source) are removed from the source
    source_cleaned     boolean     not null,
    rows_copied        bigint      not null,
    bytes_copied       bigint      not null,
    copy_seconds       double precision,
    attempts           integer     not null,
    last_error         text,
    -- when the current streak of failed attempts began; null while the replication makes progress
    failing_since      timestamptz,
    not_before         timestamptz not null,
    cause_event_id     uuid,
    started_at         timestamptz,
    updated_at         timestamptz not null
);
create index replication_tenant on replication (tenant_id, migration_id);
create index replication_due on replication (state, not_before);
