-- Managed database secrets: the registered database instances, rotations in flight, and the bookkeeping of
-- automatic and manual rotation.

-- Instances are deployment-wide (registered by the operator); the administrator password is wrapped by the
-- master key, bound to the instance id.
create table db_instances (
    instance_id               text primary key check (instance_id ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$'),
    engine                    text not null,
    host                      text not null,
    port                      integer not null check (port between 1 and 65535),
    database_name             text,
    admin_user                text not null,
    wrapped_admin_password    bytea not null,
    password_length           integer not null check (password_length between 8 and 128),
    password_exclude          text not null,
    registered_at             timestamptz not null
);

-- Consecutive failed automatic rotations; AutomaticRotation turns Invalid after a configured number.
alter table secrets add column rotation_failures integer not null default 0 check (rotation_failures >= 0);

-- Finds due secrets without scanning the table.
create index secrets_rotation_due on secrets (next_rotation_at)
    where automatic_rotation <> 'Disabled' and planned_delete_at is null;

-- A rotation in flight, written and committed before the external change: the new credential sealed exactly as
-- the version it becomes, so any node can finish it (or roll it back) after its lease has run out.
create table rotation_intents (
    secret_id      bigint primary key references secrets (secret_id) on delete cascade,
    version_id     text not null check (char_length(version_id) between 1 and 64),
    key_id         text not null references customer_keys (key_id),
    key_version_id text not null references key_versions (key_version_id),
    sealed_value   bytea not null,
    automatic      boolean not null,
    started_at     timestamptz not null,
    lease_until    timestamptz not null
);
create index rotation_intents_by_lease on rotation_intents (lease_until);

-- RotateSecret calls per account, for the documented limit of 50 an hour; rows older than an hour are dropped as
-- new calls arrive.
create table rotate_secret_calls (
    account_id text not null,
    called_at  timestamptz not null
);
create index rotate_secret_calls_by_account on rotate_secret_calls (account_id, called_at);
