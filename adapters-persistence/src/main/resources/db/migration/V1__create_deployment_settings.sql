-- Facts generated once per deployment and shared by every node (e.g. the account id).
create table deployment_settings (
    name  text primary key,
    value text not null
);
