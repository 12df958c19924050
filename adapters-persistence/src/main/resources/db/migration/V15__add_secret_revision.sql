-- Optimistic check behind the row lock: every update of a secret's aggregate names the revision it read and
-- moves it on; an update from an overtaken read matches no row and is retried instead of overwriting.
alter table secrets add column revision bigint not null default 0;
