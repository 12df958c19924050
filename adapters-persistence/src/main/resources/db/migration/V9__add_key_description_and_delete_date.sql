-- Key lifecycle: a description, and the date a key pending deletion is due to be destroyed.
alter table customer_keys add column description text not null default '' check (char_length(description) <= 8192);
alter table customer_keys add column delete_date timestamptz;
alter table customer_keys add constraint customer_keys_delete_date_when_pending
    check ((state = 'PendingDeletion') = (delete_date is not null));
