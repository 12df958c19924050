-- Audit retention drops whole days cheaply: the trail is partitioned by the day each event was sealed into the hash
-- chain (sealed_on). Sealing is sequential (one sealer at a time), so each day's partition holds one contiguous run
-- of chain positions, and dropping the oldest days leaves a chain that still verifies from a checkpoint of the link
-- at the cut. Events arrive unsealed (sealed_on 'infinity') in audit_events_unsealed; the sealer moves each into its
-- day's partition as it links it. Day partitions (audit_events_YYYYMMDD) are made by the sealer and attached, and
-- old ones detached concurrently, without blocking writers (which is why there is no default partition).
alter table audit_events rename to audit_events_v8;
alter table audit_events_v8 rename constraint audit_events_pkey to audit_events_v8_pkey;
alter table audit_events_v8 rename constraint audit_events_chain_position_key to audit_events_v8_chain_position_key;
alter table audit_events_v8 rename constraint audit_events_sealed_whole to audit_events_v8_sealed_whole;
alter index audit_events_unsealed rename to audit_events_v8_unsealed;
alter index audit_events_by_time rename to audit_events_v8_by_time;

create sequence audit_events_seq;
create table audit_events (
    seq            bigint not null default nextval('audit_events_seq'),
    at             timestamptz not null,
    request_id     text not null,
    action         text not null,
    resource       text not null,
    result         text not null,
    access_key_id  text not null,
    principal      text not null,
    source_ip      text not null,
    user_agent     text not null,
    chain_position bigint,
    link           bytea,
    sealed_on      date not null default 'infinity',
    constraint audit_events_sealed_whole
        check ((chain_position is null) = (link is null) and (chain_position is null) = (sealed_on = 'infinity'))
) partition by range (sealed_on);
alter sequence audit_events_seq owned by audit_events.seq;

create table audit_events_unsealed partition of audit_events for values from ('infinity') to (maxvalue);
-- every event passes through here (inserted, then moved out by the sealer): vacuum it often, so that the space of
-- the events moved out is reused at once instead of growing with the request rate
alter table audit_events_unsealed set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
    autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 5000,
    autovacuum_vacuum_cost_delay = 0);

create index audit_events_by_seq on audit_events (seq);
create index audit_events_by_position on audit_events (chain_position);
create index audit_events_by_time on audit_events (at);

-- What the trail held before: one partition of events sealed until today, as if sealed yesterday (so retention
-- keeps them at least as long as it keeps anything sealed from now on).
do $$
declare
    today date := (now() at time zone 'UTC')::date;
begin
    execute format('create table %I partition of audit_events for values from (minvalue) to (%L)',
                   'audit_events_until_' || to_char(today, 'YYYYMMDD'), today);
    insert into audit_events (seq, at, request_id, action, resource, result, access_key_id, principal, source_ip,
                              user_agent, chain_position, link, sealed_on)
    select seq, at, request_id, action, resource, result, access_key_id, principal, source_ip, user_agent,
           chain_position, link, case when chain_position is null then 'infinity' else today - 1 end
    from audit_events_v8;
end
$$;
select setval('audit_events_seq', coalesce((select max(seq) from audit_events_v8), 0) + 1, false);
drop table audit_events_v8;

-- At each cut, the link of the last event dropped, sealed by the master key, so that the kept chain still verifies.
create table audit_checkpoints (
    position    bigint primary key,
    link        bytea not null,
    cut_before  date not null,
    made_at     timestamptz not null,
    seal        bytea not null
);
