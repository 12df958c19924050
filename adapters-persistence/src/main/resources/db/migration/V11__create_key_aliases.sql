-- Aliases: account-unique names, each pointing at exactly one key.
create table key_aliases (
    account_id text not null,
    alias_name text not null check (alias_name ~ '^alias/[A-Za-z0-9:/_-]{1,249}$'),
    key_id     text not null references customer_keys (key_id),
    created_at timestamptz not null,
    primary key (account_id, alias_name)
);
create index key_aliases_by_key on key_aliases (key_id);
