-- The secret quota needs each account's secret count on every CreateSecret; counting rows costs O(secrets).
-- A trigger keeps the count in 8 stripes per account (spread so concurrent creates rarely wait on one row).
create table account_secret_counts (
    account_id text not null,
    stripe     smallint not null,
    secrets    bigint not null check (secrets >= 0),
    primary key (account_id, stripe)
);

create function count_secrets() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into account_secret_counts (account_id, stripe, secrets) values (new.account_id, new.secret_id % 8, 1)
        on conflict (account_id, stripe) do update set secrets = account_secret_counts.secrets + 1;
    else
        update account_secret_counts set secrets = secrets - 1
        where account_id = old.account_id and stripe = old.secret_id % 8;
    end if;
    return null;
end
$$;

create trigger secrets_counted after insert or delete on secrets
    for each row execute function count_secrets();

insert into account_secret_counts (account_id, stripe, secrets)
select account_id, secret_id % 8, count(*) from secrets group by account_id, secret_id % 8;
