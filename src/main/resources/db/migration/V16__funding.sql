-- The funder portal (ADR 0015): deposit files kept between their preview and their confirmation, the relations of
-- funders with the people they fund, periodic deposits with the people each period has credited, and the rule by
-- which a funder approves co-financing requests under a limit without looking at them.

-- A deposit file as checked, with the terms chosen for it: not the file itself, whose BSNs never leave the person
-- registry, but its good lines with the person ids found for them (`lines_text`) and its problems by line number
-- (`problems_text`). The ledger command that deposits it is derived from the funder and the file's SHA-256, so the
-- same file deposits once however often it is uploaded and confirmed.
create table funding_upload (
    id                   uuid primary key,
    funder_account_id    uuid not null,
    file_name            varchar(200) not null,
    file_sha256          varchar(64) not null,
    lines_text           text not null,
    problems_text        text not null,
    label                varchar(200) not null,
    cond_offering_types  varchar(400) not null,
    cond_recognised_only boolean not null,
    cond_sectors         varchar(1000) not null,
    valid_from           date,
    valid_until          date,
    expiry_rule          varchar(20) not null,
    line_count           integer not null,
    problem_count        integer not null,
    total_cents          bigint not null,
    command_id           uuid not null,
    created_by           varchar(64) not null,
    created_at           timestamp with time zone not null,
    deposited_at         timestamp with time zone,
    constraint funding_upload_counts check (line_count >= 0 and problem_count >= 0 and total_cents >= 0),
    constraint funding_upload_expiry_rule check (expiry_rule in ('RETURN_TO_FUNDER', 'LAPSE_TO_STATE')),
    constraint funding_upload_validity check (valid_until is null or valid_from is null or valid_until >= valid_from),
    constraint funding_upload_deposited check (deposited_at is null or problem_count = 0)
);

create index funding_upload_funder on funding_upload (funder_account_id, created_at);

-- Who a funder funds: employment with an employer, membership of a sector fund, a client of a municipality or UWV.
create table funding_relation (
    id                   uuid primary key,
    funder_account_id    uuid not null,
    person_id            uuid not null,
    kind                 varchar(12) not null,
    start_date           date not null,
    end_date             date,
    updated_at           timestamp with time zone not null,
    constraint funding_relation_once unique (funder_account_id, person_id, kind, start_date),
    constraint funding_relation_kind check (kind in ('EMPLOYMENT', 'MEMBERSHIP', 'CLIENT')),
    constraint funding_relation_period check (end_date is null or end_date >= start_date)
);

create index funding_relation_person on funding_relation (person_id);
create index funding_relation_funder on funding_relation (funder_account_id, kind, person_id);

-- A periodic deposit: every year on one day, an amount for everyone with a relation of one kind on that day.
create table funding_periodic_plan (
    id                   uuid primary key,
    request_id           uuid not null,
    funder_account_id    uuid not null,
    label                varchar(200) not null,
    amount_cents         bigint not null,
    relation_kind        varchar(12) not null,
    month_of_year        integer not null,
    day_of_month         integer not null,
    first_year           integer not null,
    valid_months         integer,
    cond_offering_types  varchar(400) not null,
    cond_recognised_only boolean not null,
    cond_sectors         varchar(1000) not null,
    expiry_rule          varchar(20) not null,
    created_by           varchar(64) not null,
    created_at           timestamp with time zone not null,
    constraint funding_periodic_plan_request unique (request_id),
    constraint funding_periodic_plan_amount check (amount_cents > 0),
    constraint funding_periodic_plan_kind check (relation_kind in ('EMPLOYMENT', 'MEMBERSHIP', 'CLIENT')),
    constraint funding_periodic_plan_day check (month_of_year between 1 and 12 and day_of_month between 1 and 28),
    constraint funding_periodic_plan_valid check (valid_months is null or valid_months between 1 and 600),
    constraint funding_periodic_plan_expiry_rule check (expiry_rule in ('RETURN_TO_FUNDER', 'LAPSE_TO_STATE'))
);

-- One row per person a period has credited, written in the same transaction as the ledger's deposit: the key makes
-- every person's deposit happen once per period, however often the run is interrupted and started again.
create table funding_periodic_credit (
    plan_id              uuid not null references funding_periodic_plan (id),
    period_date          date not null,
    person_id            uuid not null,
    command_id           uuid not null,
    constraint funding_periodic_credit_once primary key (plan_id, period_date, person_id)
);

-- A period that has been run to its end.
create table funding_periodic_run (
    plan_id              uuid not null references funding_periodic_plan (id),
    period_date          date not null,
    people               integer not null,
    total_cents          bigint not null,
    finished_at          timestamp with time zone not null,
    constraint funding_periodic_run_once primary key (plan_id, period_date)
);

-- A funder's rule for co-financing requests: those of at most this amount are approved without a person looking.
create table funding_auto_approval (
    funder_account_id    uuid primary key,
    limit_cents          bigint not null,
    updated_by           varchar(64) not null,
    updated_at           timestamp with time zone not null,
    constraint funding_auto_approval_limit check (limit_cents > 0)
);
