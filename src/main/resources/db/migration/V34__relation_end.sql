-- What happens to a funder's money when its relation with the person ends (ADR 0023): chosen per deposit, kept with
-- the deposit file and the periodic plan, and per compartment the funder filled, so that the run at the end of a
-- relation knows, per compartment, where the rest goes. Compartments without a row (deposited before this choice
-- existed, or by a scheme) stay with the person.
alter table funding_upload add column on_relation_end varchar(16) default 'PERSON_KEEPS' not null;
alter table funding_upload add constraint funding_upload_relation_end
    check (on_relation_end in ('PERSON_KEEPS', 'RETURN_TO_FUNDER', 'TO_STATE'));

alter table funding_periodic_plan add column on_relation_end varchar(16) default 'PERSON_KEEPS' not null;
alter table funding_periodic_plan add constraint funding_periodic_plan_relation_end
    check (on_relation_end in ('PERSON_KEEPS', 'RETURN_TO_FUNDER', 'TO_STATE'));

create table funding_compartment_end (
    compartment_id     uuid primary key,
    funder_account_id  uuid not null,
    person_id          uuid not null,
    on_relation_end    varchar(16) not null,
    constraint funding_compartment_end_rule check (on_relation_end in ('RETURN_TO_FUNDER', 'TO_STATE'))
);

create index funding_compartment_end_person on funding_compartment_end (funder_account_id, person_id);

-- Each recorded end of a relation, handled once: the row is written in the same transaction as the ledger transfers
-- that move the money, so a run stopped halfway leaves each relation either handled whole or not at all, and the
-- primary key keeps a second run (or a second instance) from handling it twice. outcome: MOVED (the rules applied,
-- amounts below) or STILL_FUNDED (the person has another relation with the funder that day: nothing moved).
create table funding_relation_end (
    relation_id        uuid not null references funding_relation (id),
    end_date           date not null,
    funder_account_id  uuid not null,
    person_id          uuid not null,
    outcome            varchar(16) not null,
    returned_cents     bigint not null,
    to_state_cents     bigint not null,
    kept_cents         bigint not null,
    held_cents         bigint not null,
    handled_at         timestamp with time zone not null,
    primary key (relation_id, end_date),
    constraint funding_relation_end_outcome check (outcome in ('MOVED', 'STILL_FUNDED')),
    constraint funding_relation_end_amounts
        check (returned_cents >= 0 and to_state_cents >= 0 and kept_cents >= 0 and held_cents >= 0)
);

create index funding_relation_end_funder on funding_relation_end (funder_account_id, handled_at);
