-- Co-financing requests: when a financing plan leaves a rest, the person asks a funder that funds them (their
-- employer, sector fund or municipality) to top it up. An approval opens a compartment earmarked for the offering,
-- funded by that funder, so that the next plan pays it first. See ADR 0013.
create table cofinancing_request (
    id                   uuid primary key,
    request_id           uuid not null,
    person_id            uuid not null,
    funder_account_id    uuid not null,
    funder_name          varchar(200) not null,
    offering_id          varchar(64) not null,
    offering_name        varchar(300) not null,
    start_date           date not null,
    amount_cents         bigint not null,
    message              varchar(500),
    state                varchar(10) not null,
    decided_by           varchar(64),
    decided_at           timestamp with time zone,
    decision_reason      varchar(500),
    compartment_id       uuid,
    created_by           varchar(64) not null,
    created_at           timestamp with time zone not null,
    constraint cofinancing_request_request unique (request_id),
    constraint cofinancing_request_amount check (amount_cents > 0),
    constraint cofinancing_request_state check (state in ('REQUESTED', 'APPROVED', 'DECLINED')),
    constraint cofinancing_request_decided check ((state = 'REQUESTED') = (decided_at is null)
        and (state = 'APPROVED') = (compartment_id is not null))
);

create index cofinancing_request_person on cofinancing_request (person_id, created_at);
create index cofinancing_request_funder on cofinancing_request (funder_account_id, state, created_at);
