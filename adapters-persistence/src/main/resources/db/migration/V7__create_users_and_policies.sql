-- Users (principals other than the account's root), RAM-style policy documents, and which user has which policy.
create table users (
    account_id text not null check (account_id ~ '^[0-9]{16}$'),
    user_name  text not null check (user_name ~ '^[A-Za-z0-9._@-]{1,64}$' and user_name <> 'root'),
    created_at timestamptz not null,
    primary key (account_id, user_name)
);

create table policies (
    account_id  text not null check (account_id ~ '^[0-9]{16}$'),
    policy_name text not null check (policy_name ~ '^[A-Za-z0-9._@-]{1,64}$'),
    document    text not null check (char_length(document) <= 32768),
    updated_at  timestamptz not null,
    primary key (account_id, policy_name)
);

create table user_policies (
    account_id  text not null,
    user_name   text not null,
    policy_name text not null,
    primary key (account_id, user_name, policy_name),
    foreign key (account_id, user_name) references users (account_id, user_name) on delete cascade,
    foreign key (account_id, policy_name) references policies (account_id, policy_name) on delete cascade
);
