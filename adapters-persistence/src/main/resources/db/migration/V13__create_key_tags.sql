-- Tags of customer master keys (as secret_tags are for secrets).
create table key_tags (
    key_id    text not null references customer_keys (key_id),
    tag_key   text not null check (char_length(tag_key) between 1 and 128),
    tag_value text not null check (char_length(tag_value) <= 128),
    primary key (key_id, tag_key)
);
