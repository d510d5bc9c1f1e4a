-- Open Education API (OOAPI v5) imports: the objects as the provider sent them (JSON text), and which register
-- offering each program or course became. A re-import of the same id revises that offering instead of adding one.

create table ooapi_organization (
    organization_id  uuid primary key,
    provider_id      uuid not null references provider (id),
    content          text not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);

create index ooapi_organization_provider on ooapi_organization (provider_id);

-- A program or a course; each is exactly one offering in the register and no offering is two of them.
create table ooapi_education (
    education_id  uuid primary key,
    kind          varchar(16) not null,
    provider_id   uuid not null references provider (id),
    offering_id   uuid not null references offering (id),
    content       text not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint ooapi_education_offering unique (offering_id),
    constraint ooapi_education_kind check (kind in ('PROGRAM', 'COURSE'))
);

create index ooapi_education_provider on ooapi_education (provider_id);

-- A program or course offering: start dates, price, place and size of the program or course it offers.
create table ooapi_offering (
    offering_id   uuid primary key,
    kind          varchar(16) not null,
    education_id  uuid not null references ooapi_education (education_id),
    provider_id   uuid not null references provider (id),
    start_date    date not null,
    end_date      date not null,
    content       text not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint ooapi_offering_kind check (kind in ('PROGRAM_OFFERING', 'COURSE_OFFERING'))
);

create index ooapi_offering_education on ooapi_offering (education_id, start_date);
create index ooapi_offering_start on ooapi_offering (start_date);
