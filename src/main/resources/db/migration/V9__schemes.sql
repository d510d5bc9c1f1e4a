-- Voucher schemes: their versioned definitions, the facts about applicants the rules need, application windows with
-- their pots, and applications with their receipt and decision.

-- A scheme as an administrator defined it: the text of a scheme file (see Scheme.parse), every version kept.
create table scheme (
    id           varchar(64) not null,
    version      integer not null,
    name         varchar(200) not null,
    definition   varchar(8000) not null,
    defined_by   varchar(64) not null,
    defined_at   timestamp with time zone not null,
    primary key (id, version),
    constraint scheme_version check (version >= 1)
);

-- What the rules need to know about a person, as the basisregistraties supply it (birth date: BRP; tie to the labour
-- market and sector: UWV; highest education: DUO). One row per person, replaced when the sources change.
create table scheme_applicant (
    person_id        uuid primary key,
    birth_date       date not null,
    labour_market    boolean not null,
    education_level  varchar(20) not null,
    sector           varchar(64),
    updated_at       timestamp with time zone not null
);

-- An application window (aanvraagtijdvak) of one scheme version. Its budget moved from the funder account into its
-- own scheme budget account when it was opened; grants are paid from that account. last_receipt counts the
-- applications received (receipt numbers are 1, 2, ... per window, handed out while the window row is locked, so
-- receipt order is the order of decision). waiting is the length of the waiting list.
create table scheme_window (
    id               uuid primary key,
    code             varchar(24) not null unique,
    scheme_id        varchar(64) not null,
    scheme_version   integer not null,
    name             varchar(200) not null,
    opens_at         timestamp with time zone not null,
    closes_at        timestamp with time zone not null,
    budget_cents     bigint not null,
    allocation       varchar(16) not null,
    seed             bigint,
    funder_account   uuid not null,
    budget_account   uuid not null,
    closed_at        timestamp with time zone,
    settled_at         timestamp with time zone,
    last_receipt     bigint not null,
    waiting          integer not null,
    granted_count    bigint not null,
    granted_cents    bigint not null,
    rejected_count   bigint not null,
    created_by       varchar(64) not null,
    created_at       timestamp with time zone not null,
    constraint scheme_window_scheme foreign key (scheme_id, scheme_version) references scheme (id, version),
    constraint scheme_window_times check (closes_at > opens_at),
    constraint scheme_window_budget check (budget_cents > 0 and granted_cents >= 0 and granted_cents <= budget_cents),
    constraint scheme_window_allocation check (allocation in ('FIRST_COME', 'LOTTERY')),
    constraint scheme_window_seed check ((allocation = 'LOTTERY') = (seed is not null))
);

-- The pots of a window: one per target-group sub-budget (position 1, 2, ...) and 'general' with the rest (last).
create table scheme_window_pot (
    window_id        uuid not null references scheme_window (id),
    position         integer not null,
    pot              varchar(40) not null,
    -- for a sub-budget: the highest education level of its target group (null for 'general')
    up_to_level      varchar(20),
    reserved_cents   bigint not null,
    remaining_cents  bigint not null,
    closed           boolean not null,
    primary key (window_id, position),
    constraint scheme_window_pot_name unique (window_id, pot),
    constraint scheme_window_pot_remaining check (remaining_cents >= 0 and reserved_cents >= 0)
);

-- An application with its receipt and decision. request_id is the client's idempotency key within the window. status:
-- RECEIVED (eligible, waiting for the draw of a lottery), GRANTED, WAITLISTED, REJECTED. reasons: one line per failing
-- rule, "<rule id><TAB><Dutch text>". drawn_from: "<pot>=<cents>,...".
create table scheme_application (
    id                  uuid primary key,
    window_id           uuid not null references scheme_window (id),
    receipt             bigint not null,
    request_id          uuid not null,
    person_id           uuid not null,
    offering_id         uuid not null,
    planned_start       date not null,
    submitted_by        varchar(64) not null,
    received_at         timestamp with time zone not null,
    status              varchar(16) not null,
    amount_cents        bigint,
    own_cents           bigint,
    explanation         varchar(2000),
    reasons             varchar(4000),
    waitlist_position   integer,
    drawn_from          varchar(400),
    compartment_id      uuid,
    lapses_on           date,
    decided_at          timestamp with time zone,
    constraint scheme_application_receipt unique (window_id, receipt),
    constraint scheme_application_request unique (window_id, request_id),
    constraint scheme_application_status check (status in ('RECEIVED', 'GRANTED', 'WAITLISTED', 'REJECTED')),
    constraint scheme_application_granted check ((status = 'GRANTED') = (compartment_id is not null))
);

create index scheme_application_person on scheme_application (person_id, window_id);
