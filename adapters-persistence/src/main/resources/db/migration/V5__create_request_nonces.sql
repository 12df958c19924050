-- Nonces of processed requests, for replay protection across nodes. UNLOGGED: a durable commit per request
-- halves read throughput, and losing this table in a crash only reopens a window that timestamps already bound.
create unlogged table request_nonces (
    access_key_id text not null,
    nonce         text not null,
    keep_until    timestamptz not null,
    primary key (access_key_id, nonce)
);
create index request_nonces_by_expiry on request_nonces (keep_until);
