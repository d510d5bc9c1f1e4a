-- The ledger: learning accounts, ledger accounts (compartments among them) and append-only transfers.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

create table learning_account (
    id         uuid primary key,
    person_id  uuid not null,
    opened_at  timestamp with time zone not null,
    constraint learning_account_person_unique unique (person_id)
);

create table ledger_account (
    id                   uuid primary key,
    kind                 varchar(20) not null,
    unit                 varchar(16) not null,
    name                 varchar(200) not null,
    allow_negative       boolean not null default false,
    funder_type          varchar(20),
    -- compartment terms (kind = COMPARTMENT only)
    learning_account_id  uuid references learning_account (id),
    funder_account_id    uuid references ledger_account (id),
    cond_offering_types  varchar(400),
    cond_recognised_only boolean,
    cond_offering_id     varchar(64),
    cond_sectors         varchar(1000),
    valid_from           date,
    valid_until          date,
    expiry_rule          varchar(20),
    expired_at           timestamp with time zone,
    -- running totals in hundredths of the unit
    debits_posted        bigint not null default 0,
    credits_posted       bigint not null default 0,
    debits_pending       bigint not null default 0,
    credits_pending      bigint not null default 0,
    created_at           timestamp with time zone not null,
    constraint ledger_account_id_unit unique (id, unit),
    constraint ledger_account_kind check (kind in ('COMPARTMENT', 'FUNDER', 'SCHEME_BUDGET', 'PROVIDER_PAYABLE', 'SETTLEMENT')),
    constraint ledger_account_unit check (unit in ('EUR', 'HOURS', 'STUDY_CREDITS')),
    constraint ledger_account_totals_non_negative
        check (debits_posted >= 0 and credits_posted >= 0 and debits_pending >= 0 and credits_pending >= 0),
    -- the invariant the ledger lives by: no account below zero unless it explicitly may
    constraint ledger_account_not_overdrawn check (allow_negative or debits_posted + debits_pending <= credits_posted),
    constraint ledger_account_compartment_terms check (
        (kind = 'COMPARTMENT') = (learning_account_id is not null)
        and (kind = 'COMPARTMENT') = (funder_account_id is not null)
        and (kind = 'COMPARTMENT') = (expiry_rule is not null)
        and (kind <> 'COMPARTMENT' or not allow_negative)),
    -- only the bank and a funder's budget line may be allowed below zero; never a compartment, scheme budget or payable
    constraint ledger_account_negative_allowed check (not allow_negative or kind in ('SETTLEMENT', 'FUNDER')),
    constraint ledger_account_funder_type check ((kind = 'FUNDER') = (funder_type is not null)),
    constraint ledger_account_expiry_rule check (expiry_rule in ('RETURN_TO_FUNDER', 'LAPSE_TO_STATE')),
    constraint ledger_account_validity check (valid_until is null or valid_from is null or valid_until >= valid_from)
);

create index ledger_account_learning_account on ledger_account (learning_account_id);
create index ledger_account_funder on ledger_account (funder_account_id);
create index ledger_account_valid_until on ledger_account (valid_until);
create index ledger_account_kind_name on ledger_account (kind, name);

-- One row per executed command: the idempotency record. A client-chosen id with a fingerprint of its content.
create table ledger_command (
    id           uuid primary key,
    fingerprint  varchar(64) not null,
    executed_at  timestamp with time zone not null
);

create table ledger_transfer (
    id                 uuid primary key,
    seq                bigint generated always as identity,
    command_id         uuid not null references ledger_command (id),
    kind               varchar(16) not null,
    debit_account_id   uuid not null,
    credit_account_id  uuid not null,
    amount             bigint not null,
    unit               varchar(16) not null,
    code               varchar(20) not null,
    pending_id         uuid references ledger_transfer (id),
    reverses_id        uuid references ledger_transfer (id),
    timeout_at         timestamp with time zone,
    reference          varchar(200),
    booked_at          timestamp with time zone not null,
    constraint ledger_transfer_seq unique (seq),
    -- a transfer never mixes units: both accounts have the transfer's unit
    constraint ledger_transfer_debit foreign key (debit_account_id, unit) references ledger_account (id, unit),
    constraint ledger_transfer_credit foreign key (credit_account_id, unit) references ledger_account (id, unit),
    constraint ledger_transfer_amount_positive check (amount > 0),
    constraint ledger_transfer_two_accounts check (debit_account_id <> credit_account_id),
    constraint ledger_transfer_kind check (kind in ('POSTED', 'PENDING', 'POST_PENDING', 'VOID_PENDING')),
    constraint ledger_transfer_pending_ref check ((kind in ('POST_PENDING', 'VOID_PENDING')) = (pending_id is not null)),
    -- a hold is settled or released once; a transfer is reversed once
    constraint ledger_transfer_resolves_once unique (pending_id),
    constraint ledger_transfer_reversed_once unique (reverses_id)
);

create index ledger_transfer_debit_seq on ledger_transfer (debit_account_id, seq);
create index ledger_transfer_credit_seq on ledger_transfer (credit_account_id, seq);
create index ledger_transfer_command on ledger_transfer (command_id);
create index ledger_transfer_timeout on ledger_transfer (kind, timeout_at);
