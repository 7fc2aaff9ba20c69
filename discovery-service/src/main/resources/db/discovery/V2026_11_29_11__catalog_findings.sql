-- The findings discovery made on the catalog, as a JSON array, stored beside it.
alter table catalog add column findings text not null default '[]';
