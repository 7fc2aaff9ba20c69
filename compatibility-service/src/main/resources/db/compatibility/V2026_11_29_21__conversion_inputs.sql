-- What each revision was converted from, so that the next revision's DDL delta can be proven on top of it: the
-- catalog (as discovery served it) and the type overrides in force. Null for rows written before this version.
alter table conversion add column source_catalog text;
alter table conversion add column overrides text;
