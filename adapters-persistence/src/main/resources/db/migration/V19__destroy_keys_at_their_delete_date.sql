-- At its DeleteDate a key is destroyed: its material is erased and its aliases and tags go. The row stays as a
-- tombstone ('Destroyed', never shown: the API answers Forbidden.KeyNotFound), because secrets and their versions
-- still name the key and its versions; what they hold can never be opened again.
alter table customer_keys drop constraint customer_keys_state_check;
alter table customer_keys add constraint customer_keys_state_check
    check (state in ('Enabled', 'Disabled', 'PendingDeletion', 'Destroyed'));
alter table customer_keys drop constraint customer_keys_delete_date_when_pending;
alter table customer_keys add constraint customer_keys_delete_date_when_pending
    check ((state in ('PendingDeletion', 'Destroyed')) = (delete_date is not null));

-- erased (null) once the key is destroyed
alter table key_versions alter column wrapped_material drop not null;

create index customer_keys_deletion_due on customer_keys (delete_date) where state = 'PendingDeletion';
