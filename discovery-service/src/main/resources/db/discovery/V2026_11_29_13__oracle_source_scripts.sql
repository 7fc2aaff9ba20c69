-- An Oracle source enters as a schema script, not a connection: its connection columns stay empty.
alter table migration alter column source_host drop not null;
alter table migration alter column source_username drop not null;
alter table migration alter column source_secret drop not null;
alter table migration alter column source_key_id drop not null;

create table source_script (
    migration_id uuid primary key references migration (id) on delete cascade,
    name         text not null,
    script       text not null
);
