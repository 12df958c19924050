-- Secrets, their tags, versions (values sealed by envelope encryption) and stage labels.
create table secrets (
    secret_id                 bigint generated always as identity primary key,
    account_id                text not null check (account_id ~ '^[0-9]{16}$'),
    name                      text not null check (name ~ '^[A-Za-z0-9_/+=.@-]{1,192}$'),
    secret_type               text not null,
    description               text not null check (char_length(description) <= 1024),
    encryption_key_id         text not null references customer_keys (key_id),
    extended_config           text check (char_length(extended_config) <= 1024),
    automatic_rotation        text not null check (automatic_rotation in ('Enabled', 'Disabled', 'Invalid')),
    rotation_interval_seconds bigint check (rotation_interval_seconds between 21600 and 31536000),
    last_rotation_at          timestamptz,
    next_rotation_at          timestamptz,
    created_at                timestamptz not null,
    updated_at                timestamptz not null,
    planned_delete_at         timestamptz,
    -- a name stays reserved while its secret is pending deletion, so live and pending secrets share this
    constraint secrets_unique_name unique (account_id, name),
    constraint secrets_active_rotation_complete check (
        automatic_rotation = 'Disabled' or (rotation_interval_seconds is not null and next_rotation_at is not null))
);

create table secret_tags (
    secret_id bigint not null references secrets (secret_id) on delete cascade,
    tag_key   text not null check (char_length(tag_key) between 1 and 128),
    tag_value text not null check (char_length(tag_value) <= 128),
    primary key (secret_id, tag_key)
);

create table secret_versions (
    secret_id    bigint not null references secrets (secret_id) on delete cascade,
    version_id   text not null check (char_length(version_id) between 1 and 64),
    data_type    text not null check (data_type in ('text', 'binary')),
    key_id       text not null references customer_keys (key_id),
    sealed_value bytea not null,
    created_at   timestamptz not null,
    primary key (secret_id, version_id)
);

-- A label names at most one version of a secret, and only a version that exists.
create table secret_stages (
    secret_id  bigint not null references secrets (secret_id) on delete cascade,
    stage      text not null check (char_length(stage) between 1 and 64),
    version_id text not null,
    primary key (secret_id, stage),
    foreign key (secret_id, version_id) references secret_versions (secret_id, version_id)
);
