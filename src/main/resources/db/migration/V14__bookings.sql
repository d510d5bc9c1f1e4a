-- Bookings: a person books one start date of an offering on the financing plan they saw. The money the plan has each
-- compartment pay is held in the ledger while the booking is requested or accepted, settled to the provider's payable
-- account at the start, and released in every other end. See ADR 0013.

create table booking (
    id                   uuid primary key,
    request_id           uuid not null,
    code                 varchar(16) not null,
    person_id            uuid not null,
    offering_id          varchar(64) not null,
    offering_version     integer not null,
    offering_name        varchar(300) not null,
    provider_id          uuid not null,
    provider_name        varchar(300) not null,
    start_date           date not null,
    price_cents          bigint not null,
    eligible_cents       bigint not null,
    minimum_own_cents    bigint not null,
    covered_cents        bigint not null,
    person_pays_cents    bigint not null,
    fingerprint          varchar(64) not null,
    state                varchar(16) not null,
    deadline             date,
    prepared_by          varchar(64),
    created_by           varchar(64) not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    started_on           date,
    final_amount_cents   bigint,
    end_reason           varchar(500),
    constraint booking_request unique (request_id),
    constraint booking_code unique (code),
    constraint booking_state check (state in ('PREPARED', 'REQUESTED', 'ACCEPTED', 'STARTED', 'COMPLETED', 'DECLINED',
        'CANCELLED', 'NO_SHOW', 'STOPPED_EARLY', 'LAPSED')),
    constraint booking_amounts check (price_cents >= 0 and eligible_cents >= 0 and eligible_cents <= price_cents
        and minimum_own_cents >= 0 and minimum_own_cents <= eligible_cents and covered_cents >= 0
        and person_pays_cents >= 0 and covered_cents + person_pays_cents = price_cents),
    constraint booking_deadline check ((deadline is null) = (state not in ('PREPARED', 'REQUESTED', 'ACCEPTED'))),
    constraint booking_started check ((started_on is not null) = (state in ('STARTED', 'COMPLETED', 'STOPPED_EARLY')))
);

create index booking_person on booking (person_id, created_at);
create index booking_provider on booking (provider_id, created_at);
create index booking_overdue on booking (state, deadline);

-- The compartments that pay, in the plan's order. hold_id: the ledger hold (null while prepared); settled_cents: what
-- it paid the provider at the start (0: released whole); settlement_id: the transfer that paid it.
create table booking_payment (
    booking_id           uuid not null references booking (id),
    position             integer not null,
    compartment_id       uuid not null,
    label                varchar(300) not null,
    source               varchar(20) not null,
    amount_cents         bigint not null,
    hold_id              uuid,
    settled_cents        bigint,
    settlement_id        uuid,
    primary key (booking_id, position),
    constraint booking_payment_amounts check (amount_cents > 0 and (settled_cents is null
        or (settled_cents >= 0 and settled_cents <= amount_cents)))
);

-- Each step, under its client's request id (the idempotency key); ledger_command is the command that moved the money.
create table booking_change (
    request_id           uuid primary key,
    booking_id           uuid not null references booking (id),
    kind                 varchar(16) not null,
    ledger_command       uuid,
    changed_by           varchar(64) not null,
    acting_for           uuid,
    changed_at           timestamp with time zone not null
);

create index booking_change_booking on booking_change (booking_id, changed_at);

-- What a booking settled to its provider (not a grant: a grant is paid as one), until a payout run pays it.
create table booking_settlement (
    transfer_id          uuid primary key,
    booking_id           uuid not null references booking (id),
    provider_id          uuid not null,
    amount_cents         bigint not null,
    payout_run_id        uuid,
    constraint booking_settlement_amount check (amount_cents > 0)
);

create index booking_settlement_unpaid on booking_settlement (payout_run_id, transfer_id);
