-- Automatic key rotation: the interval, and when the next rotation is due (both or neither).
alter table customer_keys add column rotation_interval_seconds bigint
    check (rotation_interval_seconds between 604800 and 63072000);
alter table customer_keys add column next_rotation_at timestamptz;
alter table customer_keys add constraint customer_keys_rotation_whole
    check ((rotation_interval_seconds is null) = (next_rotation_at is null));
create index customer_keys_rotation_due on customer_keys (next_rotation_at) where next_rotation_at is not null;
