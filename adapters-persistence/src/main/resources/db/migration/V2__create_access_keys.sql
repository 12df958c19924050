-- Access keys that sign API requests. The secret is stored only as wrapped by the master key.
create table access_keys (
    access_key_id  text primary key check (char_length(access_key_id) between 1 and 128),
    account_id     text not null check (account_id ~ '^[0-9]{16}$'),
    principal      text not null,
    is_root        boolean not null,
    enabled        boolean not null,
    wrapped_secret bytea not null,
    created_at     timestamptz not null default now()
);
create index access_keys_by_account on access_keys (account_id, is_root);
