-- A hold on a provider's payouts, put by a reviewer or a scheme administrator on a signal of misuse: while it stands,
-- a payout run leaves what was settled to the provider on its payable account (nothing of it goes into a SEPA file);
-- a release ends the hold and the next run pays it. Each hold and release is kept with its reason, under the caller's
-- request id (the idempotency key). The current holds are the providers whose last change is a HOLD.
create table payout_hold_change (
    request_id    uuid primary key,
    provider_id   uuid not null,
    sequence      bigint not null,
    kind          varchar(8) not null,
    reason        varchar(1000) not null,
    rule_id       varchar(8),
    decided_by    varchar(64) not null,
    decided_at    timestamp with time zone not null,
    constraint payout_hold_change_kind check (kind in ('HOLD', 'RELEASE')),
    constraint payout_hold_change_reason check (length(reason) > 0),
    constraint payout_hold_change_sequence unique (provider_id, sequence)
);

-- One row per provider on hold; removed on release. Its row is locked while a hold or release is decided, and read by
-- the payout run.
create table payout_hold (
    provider_id   uuid primary key,
    request_id    uuid not null references payout_hold_change (request_id),
    reason        varchar(1000) not null,
    held_by       varchar(64) not null,
    held_at       timestamp with time zone not null
);
