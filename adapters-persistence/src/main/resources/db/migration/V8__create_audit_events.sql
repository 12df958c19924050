-- One row per API call. Rows are appended in the call's own transaction (fail-closed); a sealer then gives each
-- committed row its place in the hash chain (chain_position, link = SHA-256(previous link || event)).
create table audit_events (
    seq            bigint generated always as identity primary key,
    at             timestamptz not null,
    request_id     text not null,
    action         text not null,
    resource       text not null,
    result         text not null,
    access_key_id  text not null,
    principal      text not null,
    source_ip      text not null,
    user_agent     text not null,
    chain_position bigint unique,
    link           bytea,
    constraint audit_events_sealed_whole check ((chain_position is null) = (link is null))
);
create index audit_events_unsealed on audit_events (seq) where chain_position is null;
create index audit_events_by_time on audit_events (at);
