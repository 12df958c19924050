-- The deployment's master keys (never a key itself). Each row: the key's id, a check value only that key opens,
-- and, for a key added by a rotation, its material wrapped under the key that was primary then, so that nodes still
-- started with that older key learn the new one. "original": blobs from before key ids belong to this key.
-- The primary key (the one new blobs are wrapped under) is deployment setting master_key_primary.
create table master_keys (
    key_id            text primary key check (key_id ~ '^[0-9a-f]{16}$'),
    check_value       bytea not null,
    wrapped_material  bytea,
    wrapped_by        text references master_keys (key_id),
    original          boolean not null default false,
    added_at          timestamptz not null,
    check ((wrapped_material is null) = (wrapped_by is null))
);

create unique index master_keys_one_original on master_keys (original) where original;
