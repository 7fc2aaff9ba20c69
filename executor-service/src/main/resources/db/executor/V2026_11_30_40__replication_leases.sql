-- Which executor replica runs (or cleans up) a replication, and until when its claim holds unless renewed: another
-- replica takes a replication over only once that time has passed (decision 16).
alter table replication add column owner text;
alter table replication add column lease_until timestamptz;
