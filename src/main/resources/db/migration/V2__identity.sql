-- Identity: people (the BSN only encrypted, with a keyed hash to find it), users, login subjects, mandates.

create table person (
    id             uuid primary key,
    -- HMAC-SHA-256 of the BSN under a secret key: finds a person by BSN without keeping the BSN readable
    bsn_lookup     varchar(64) not null,
    -- AES-GCM encryption of the BSN (iv and ciphertext, base64), for the rare case it must be handed on
    bsn_encrypted  varchar(200) not null,
    display_name   varchar(200) not null,
    created_at     timestamp with time zone not null,
    constraint person_bsn_unique unique (bsn_lookup)
);

create table app_user (
    id               uuid primary key,
    display_name     varchar(200) not null,
    person_id        uuid references person (id),
    organisation_id  uuid,
    roles            varchar(300) not null,
    created_at       timestamp with time zone not null,
    constraint app_user_person_unique unique (person_id)
);

-- Who a login is: the pair (issuer, subject) of an OpenID Connect identity, pairwise per relying party.
create table login_subject (
    issuer     varchar(300) not null,
    subject    varchar(300) not null,
    user_id    uuid not null references app_user (id),
    primary key (issuer, subject)
);

create table mandate (
    id                 uuid primary key,
    citizen_person_id  uuid not null references person (id),
    adviser_user_id    uuid not null references app_user (id),
    valid_from         timestamp with time zone not null,
    valid_until        timestamp with time zone not null,
    revoked_at         timestamp with time zone,
    created_at         timestamp with time zone not null,
    constraint mandate_period check (valid_until > valid_from)
);

create index mandate_adviser on mandate (adviser_user_id, citizen_person_id);
create index mandate_citizen on mandate (citizen_person_id);
