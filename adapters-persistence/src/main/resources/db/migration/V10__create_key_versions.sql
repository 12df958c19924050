-- Key versions: each holds its own material (wrapped by the master key); the key names its primary version, and
-- every secret version records the key version that sealed it, so old versions stay readable after a rotation.
create table key_versions (
    key_version_id   text primary key,
    key_id           text not null references customer_keys (key_id),
    wrapped_material bytea not null,
    created_at       timestamptz not null
);
create index key_versions_by_key on key_versions (key_id, created_at);

insert into key_versions (key_version_id, key_id, wrapped_material, created_at)
select key_id || '-v1', key_id, wrapped_material, created_at from customer_keys;

alter table customer_keys add column primary_version_id text;
update customer_keys set primary_version_id = key_id || '-v1';
alter table customer_keys alter column primary_version_id set not null;
alter table customer_keys add constraint customer_keys_primary_version
    foreign key (primary_version_id) references key_versions (key_version_id) deferrable initially deferred;
alter table customer_keys drop column wrapped_material;

alter table secret_versions add column key_version_id text references key_versions (key_version_id);
update secret_versions set key_version_id = key_id || '-v1';
alter table secret_versions alter column key_version_id set not null;
