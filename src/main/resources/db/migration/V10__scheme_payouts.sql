-- What happens to a grant after the decision: the provider confirms the start and the grant is settled to the
-- provider's payable account (STARTED), a payout run pays it to the provider's bank account (PAID), or the grant ends
-- without a start: the person withdrew it (WITHDRAWN) or it lapsed unused (LAPSED), and its money went back to the
-- window's budget account. See ADR 0011.

alter table scheme_application drop constraint scheme_application_status;
alter table scheme_application drop constraint scheme_application_granted;

-- For a confirmed start: the provider of the offering, the day the person started, and the ledger transfer that
-- settled the grant to the provider's payable account.
alter table scheme_application add column provider_id uuid;
alter table scheme_application add column started_on date;
alter table scheme_application add column settlement_id uuid;
-- For a paid grant: the payout run that paid it.
alter table scheme_application add column payout_run_id uuid;
-- For a withdrawn or lapsed grant: when it ended.
alter table scheme_application add column ended_at timestamp with time zone;

-- A payout run: everything settled to providers and not yet paid, booked as one ledger command (a PAYOUT transfer per
-- provider, from its payable account to the bank) and written as one SEPA credit transfer file (pain.001.001.09).
-- request_id is the administrator's idempotency key.
create table scheme_payout_run (
    id               uuid primary key,
    request_id       uuid not null,
    message_id       varchar(35) not null,
    execution_date   date not null,
    grant_count      integer not null,
    total_cents      bigint not null,
    ledger_command   uuid not null,
    file             text not null,
    created_by       varchar(64) not null,
    created_at       timestamp with time zone not null,
    constraint scheme_payout_run_request unique (request_id),
    constraint scheme_payout_run_message unique (message_id),
    constraint scheme_payout_run_command unique (ledger_command),
    constraint scheme_payout_run_amounts check (grant_count > 0 and total_cents > 0)
);

-- One credit transfer of a run: what one provider is paid, to the IBAN the register held at the time.
create table scheme_payout_line (
    run_id           uuid not null references scheme_payout_run (id),
    provider_id      uuid not null,
    provider_name    varchar(300) not null,
    iban             varchar(34) not null,
    end_to_end_id    varchar(35) not null,
    grant_count      integer not null,
    amount_cents     bigint not null,
    primary key (run_id, provider_id),
    constraint scheme_payout_line_end_to_end unique (run_id, end_to_end_id),
    constraint scheme_payout_line_amounts check (grant_count > 0 and amount_cents > 0)
);

alter table scheme_application add constraint scheme_application_payout
    foreign key (payout_run_id) references scheme_payout_run (id);
alter table scheme_application add constraint scheme_application_status check (status in ('RECEIVED', 'GRANTED',
    'WAITLISTED', 'REJECTED', 'STARTED', 'PAID', 'WITHDRAWN', 'LAPSED'));
alter table scheme_application add constraint scheme_application_granted check (
    (status in ('GRANTED', 'STARTED', 'PAID', 'WITHDRAWN', 'LAPSED')) = (compartment_id is not null));
alter table scheme_application add constraint scheme_application_started check (
    (status in ('STARTED', 'PAID')) = (settlement_id is not null)
    and (settlement_id is null) = (provider_id is null)
    and (settlement_id is null) = (started_on is null));
alter table scheme_application add constraint scheme_application_paid check (
    (status = 'PAID') = (payout_run_id is not null));
alter table scheme_application add constraint scheme_application_ended check (
    (status in ('WITHDRAWN', 'LAPSED')) = (ended_at is not null));

create index scheme_application_progress on scheme_application (status, lapses_on);

-- What a provider or person did with an application after its decision, each under its client's request id (the
-- idempotency key): START_CONFIRMED, START_CANCELLED, WITHDRAWN. ledger_command is the command that moved the money.
create table scheme_application_change (
    request_id       uuid primary key,
    application_id   uuid not null references scheme_application (id),
    kind             varchar(24) not null,
    ledger_command   uuid not null,
    changed_by       varchar(64) not null,
    changed_at       timestamp with time zone not null,
    constraint scheme_application_change_kind check (kind in ('START_CONFIRMED', 'START_CANCELLED', 'WITHDRAWN')),
    constraint scheme_application_change_command unique (ledger_command)
);
