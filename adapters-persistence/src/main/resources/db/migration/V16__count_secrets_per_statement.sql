-- The count of V6, kept per statement instead of per row: a row trigger updates a stripe once for every secret,
-- so a statement that inserts or deletes many secrets (a bulk load, a purge) updates the same 8 rows thousands of
-- times in one transaction, and each update walks the versions its predecessors left (quadratic: a million secrets
-- in one statement took longer than 13 minutes). With the statement's transition table each stripe changes once.
drop trigger secrets_counted on secrets;
drop function count_secrets();

create function count_inserted_secrets() returns trigger language plpgsql as $$
begin
    insert into account_secret_counts (account_id, stripe, secrets)
    select account_id, secret_id % 8, count(*) from inserted group by account_id, secret_id % 8
    on conflict (account_id, stripe) do update set secrets = account_secret_counts.secrets + excluded.secrets;
    return null;
end
$$;

create function count_deleted_secrets() returns trigger language plpgsql as $$
begin
    update account_secret_counts c set secrets = c.secrets - d.removed
    from (select account_id, secret_id % 8 as stripe, count(*) as removed from deleted
          group by account_id, secret_id % 8) d
    where c.account_id = d.account_id and c.stripe = d.stripe;
    return null;
end
$$;

create trigger secrets_counted_on_insert after insert on secrets
    referencing new table as inserted for each statement execute function count_inserted_secrets();
create trigger secrets_counted_on_delete after delete on secrets
    referencing old table as deleted for each statement execute function count_deleted_secrets();
