-- A deleted migration's row stays, stopped and marked deleted, until what dflux made on its source (a PostgreSQL
-- source's replication slot and publication) is removed: the worker retries that cleanup like a stopped one's, also
-- after a restart, and removes the row when it succeeds.
alter table replication add column deleted boolean not null default false;
