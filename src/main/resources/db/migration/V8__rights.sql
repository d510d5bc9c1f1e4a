-- Learning rights: education histories (every version kept), the rights credited per person and policy, corrections,
-- and the national batch's runs with the chunks they committed.

-- A person's education history as received, one row per version. The periods are kept in the compact notation of
-- EducationPeriod (TRACK:start..end:funded|unfunded:diploma|no-diploma, separated by ';'): a history is read and
-- written whole, never queried by period.
create table education_history (
    person_id    uuid not null,
    version      integer not null,
    birth_date   date not null,
    periods      varchar(4000) not null,
    source       varchar(16) not null,
    recorded_at  timestamp with time zone not null,
    primary key (person_id, version),
    constraint education_history_version check (version >= 1),
    constraint education_history_source check (source in ('API', 'CSV', 'BATCH'))
);

-- What was credited to a person under a policy: at most once per person and policy (the primary key). The amount as
-- computed then; compartment_id is null when the right was zero (nothing to credit). Later corrections are in
-- learning_right_adjustment; amount_cents stays what was first credited.
create table learning_right (
    person_id        uuid not null,
    policy_id        varchar(64) not null,
    policy_version   integer not null,
    history_version  integer not null,
    amount_cents     bigint not null,
    valid_from       date not null,
    valid_until      date not null,
    compartment_id   uuid,
    credited_at      timestamp with time zone not null,
    primary key (person_id, policy_id),
    constraint learning_right_amount check (amount_cents >= 0),
    constraint learning_right_validity check (valid_until >= valid_from),
    constraint learning_right_compartment check ((amount_cents > 0) = (compartment_id is not null))
);

-- A recomputation after a corrected history: what changed and what moved in the ledger (null when nothing could
-- move, e.g. a decrease of money already spent). Once per person, policy and history version.
create table learning_right_adjustment (
    person_id          uuid not null,
    policy_id          varchar(64) not null,
    history_version    integer not null,
    previous_cents     bigint not null,
    recomputed_cents   bigint not null,
    moved_cents        bigint not null,
    not_reclaimed_cents bigint not null,
    transfer_id        uuid,
    -- the correction's explanation in Dutch, line by line
    explanation        varchar(4000) not null,
    adjusted_at        timestamp with time zone not null,
    primary key (person_id, policy_id, history_version),
    constraint learning_right_adjustment_right foreign key (person_id, policy_id)
        references learning_right (person_id, policy_id)
);

-- A run of the national batch over one population file under one policy. The same file (by its SHA-256) and policy
-- resume the same run.
create table rights_batch_run (
    id            uuid primary key,
    file_sha256   varchar(64) not null,
    file_name     varchar(400) not null,
    policy_id     varchar(64) not null,
    chunk_size    integer not null,
    started_at    timestamp with time zone not null,
    finished_at   timestamp with time zone,
    constraint rights_batch_run_file_policy unique (file_sha256, policy_id)
);

-- Chunks a run committed, in the chunk's own transaction: a restarted run skips them.
create table rights_batch_chunk (
    run_id        uuid not null references rights_batch_run (id),
    chunk         integer not null,
    people        integer not null,
    credited      integer not null,
    amount_cents  bigint not null,
    committed_at  timestamp with time zone not null,
    primary key (run_id, chunk)
);
