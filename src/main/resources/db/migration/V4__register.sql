-- The training register: providers with quality marks, offerings with every version kept, findings and decisions.

create table provider (
    id                 uuid primary key,
    kvk                varchar(8) not null,
    name               varchar(200) not null,
    iban               varchar(34) not null,
    status             varchar(16) not null,
    status_reason      varchar(1000) not null,
    status_changed_at  timestamp with time zone not null,
    created_at         timestamp with time zone not null,
    constraint provider_kvk_unique unique (kvk),
    constraint provider_status check (status in ('PENDING', 'ADMITTED', 'SUSPENDED', 'EXCLUDED'))
);

create table provider_quality_mark (
    provider_id  uuid not null references provider (id),
    scheme       varchar(20) not null,
    code         varchar(64),
    valid_from   date not null,
    valid_until  date not null,
    constraint provider_quality_mark_period check (valid_until >= valid_from)
);

create index provider_quality_mark_provider on provider_quality_mark (provider_id);

create table offering (
    id               uuid primary key,
    provider_id      uuid not null references provider (id),
    current_version  integer not null,
    status           varchar(16) not null,
    status_reason    varchar(1000) not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint offering_status check (status in ('IN_REVIEW', 'ADMITTED', 'REJECTED'))
);

create index offering_provider on offering (provider_id);
create index offering_status on offering (status);

-- What was booked keeps the version it was booked at: versions are never changed, only added.
create table offering_version (
    offering_id          uuid not null references offering (id),
    version              integer not null,
    type                 varchar(24) not null,
    name                 varchar(300) not null,
    description          varchar(10000) not null,
    level                integer,
    study_load           integer not null,
    study_load_unit      varchar(8) not null,
    price_cents          bigint not null,
    vat_cents            bigint not null,
    eligible_cost_cents  bigint not null,
    modality             varchar(16) not null,
    location             varchar(200),
    start_dates          varchar(2000) not null,
    max_participants     integer,
    fields_of_study      varchar(1000) not null,
    skills               varchar(2000) not null,
    recognised           boolean not null,
    created_at           timestamp with time zone not null,
    primary key (offering_id, version),
    constraint offering_version_amounts check (price_cents >= 0 and vat_cents >= 0 and eligible_cost_cents >= 0
        and eligible_cost_cents <= price_cents and vat_cents <= price_cents),
    constraint offering_version_level check (level is null or level between 1 and 8)
);

create table offering_finding (
    offering_id  uuid not null,
    version      integer not null,
    rule_id      varchar(8) not null,
    effect       varchar(8) not null,
    explanation  varchar(1000) not null,
    foreign key (offering_id, version) references offering_version (offering_id, version)
);

create index offering_finding_version on offering_finding (offering_id, version);

create table offering_decision (
    offering_id  uuid not null,
    version      integer not null,
    decision     varchar(16) not null,
    reason       varchar(1000) not null,
    reviewer     varchar(64) not null,
    decided_at   timestamp with time zone not null,
    foreign key (offering_id, version) references offering_version (offering_id, version)
);
