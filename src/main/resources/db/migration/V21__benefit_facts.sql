-- Benefit facts (ADR 0016): who receives which benefit from when to when, as UWV or a municipality delivers them
-- through POST /api/v1/benefit-facts. Kept in the identity module: deliveries name people by BSN. A period is kept
-- under the BSN's keyed hash (as person.bsn_lookup), so that it holds for people who register only later and no
-- BSN is stored readable.

-- One delivery, all or nothing. id is the client's idempotency key; digest the SHA-256 of the delivery as received,
-- so that the same key with another content is refused instead of replayed.
create table benefit_delivery (
    id            uuid primary key,
    source        varchar(40) not null,
    digest        varchar(64) not null,
    line_count    integer not null,
    people        integer not null,
    delivered_by  varchar(64) not null,
    delivered_at  timestamp with time zone not null,
    constraint benefit_delivery_lines check (line_count >= 1)
);

-- A period in which a person receives a benefit from a source. A later delivery of the same source, person, benefit
-- and first day replaces the last day (a benefit that ended, or a correction); ends_on null: it has not ended.
create table benefit_period (
    bsn_lookup    varchar(64) not null,
    source        varchar(40) not null,
    benefit       varchar(20) not null,
    starts_on     date not null,
    ends_on       date,
    delivery_id   uuid not null references benefit_delivery (id),
    primary key (bsn_lookup, source, benefit, starts_on),
    constraint benefit_period_days check (ends_on is null or ends_on >= starts_on),
    constraint benefit_period_benefit check (benefit in ('WW', 'WIA', 'WAJONG', 'ZW', 'BIJSTAND', 'IOAW', 'IOAZ'))
);
