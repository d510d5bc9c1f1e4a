-- The public catalogue of the training register: one entry per admitted offering at its current version, with what a
-- result list shows and what the filters look at, and its search terms (Dutch stems, made in Java by SearchTerms, so
-- that H2 and PostgreSQL search alike). The register keeps both in line in the transaction of every change of an
-- offering or a provider; the application rebuilds them at start when the analysis (catalogue_state.analysis) changed.

create table catalogue_entry (
    offering_id    uuid primary key references offering (id),
    provider_id    uuid not null references provider (id),
    provider_name  varchar(200) not null,
    name           varchar(300) not null,
    summary        varchar(400) not null,
    type           varchar(24) not null,
    level          integer,
    modality       varchar(16) not null,
    location       varchar(200),
    price_cents    bigint not null,
    -- PriceBand's ordinal: under 250, 250 to 1000, 1000 to 2500, 2500 euros or more.
    price_band     smallint not null,
    recognised     boolean not null,
    -- False while the provider is not admitted (suspended, excluded): shown, but not bookable.
    bookable       boolean not null,
    updated_at     timestamp with time zone not null,
    constraint catalogue_entry_price check (price_cents >= 0),
    constraint catalogue_entry_price_band check (price_band between 0 and 3),
    constraint catalogue_entry_level check (level is null or level between 1 and 8)
);

create index catalogue_entry_provider on catalogue_entry (provider_id);
-- Without search words the newest come first: pages are read from this index.
create index catalogue_entry_updated on catalogue_entry (updated_at desc, offering_id desc);

-- The terms of each entry, with a copy of the entry's facet columns and rank (in_name, updated_at): a search reads
-- the rows of its terms only, never the entries, until it has the page of ids it shows.
create table catalogue_term (
    term         varchar(40) not null,
    offering_id  uuid not null references catalogue_entry (offering_id),
    in_name      boolean not null,
    updated_at   timestamp with time zone not null,
    type         varchar(24) not null,
    level        integer,
    modality     varchar(16) not null,
    location     varchar(200),
    price_cents  bigint not null,
    price_band   smallint not null,
    recognised   boolean not null,
    primary key (term, offering_id)
);

create index catalogue_term_offering on catalogue_term (offering_id);
-- A term's rows in rank order: the first page of a one-word search is the first rows of this index.
create index catalogue_term_ranked on catalogue_term (term, in_name, updated_at, offering_id);

-- One row. generation goes up with every change of the catalogue (counts kept at one generation stay true), and its
-- lock makes the catalogue's writers take turns; analysis is the SearchTerms.VERSION the terms were made with
-- ('none': not built yet).
create table catalogue_state (
    id          integer primary key,
    generation  bigint not null,
    analysis    varchar(100) not null,
    constraint catalogue_state_single check (id = 1)
);

insert into catalogue_state (id, generation, analysis) values (1, 0, 'none');
