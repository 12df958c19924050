-- An intent either finishes a rotation ('rotate') or the creation of a new managed secret's accounts on its
-- target ('create'): the secret is committed with the intent before any account is created, so a crash or a lost
-- answer leaves a record that a retry or the recovery job completes or undoes.
alter table rotation_intents
    add column purpose text not null default 'rotate' check (purpose in ('rotate', 'create'));
