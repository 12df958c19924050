-- Customer master keys. Key material exists here only as wrapped by the master key.
create table customer_keys (
    key_id           text primary key,
    account_id       text not null check (account_id ~ '^[0-9]{16}$'),
    state            text not null check (state in ('Enabled', 'Disabled', 'PendingDeletion')),
    is_default       boolean not null,
    wrapped_material bytea not null,
    created_at       timestamptz not null
);
-- One service-managed default key per account, even when two nodes create it at once.
create unique index customer_keys_one_default on customer_keys (account_id) where is_default;
