-- What each hold or payment out of a compartment was for: the offering as the register knew it at that moment.
-- The ledger checks the compartment's conditions against it when the money moves; verify checks it again later.
create table ledger_transfer_purpose (
    transfer_id          uuid primary key references ledger_transfer (id),
    offering_id          varchar(64) not null,
    provider_account_id  uuid not null references ledger_account (id),
    offering_type        varchar(30) not null,
    recognised           boolean not null,
    sectors              varchar(1000) not null
);
