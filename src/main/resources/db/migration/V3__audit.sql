-- The audit trail: one row per recorded act, each chained to the row before it by a SHA-256 hash, so that a changed,
-- removed or inserted row breaks the chain. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

create table audit_record (
    -- assigned by the application: the previous record's seq + 1, from 1, without gaps
    seq            bigint primary key,
    recorded_at    timestamp with time zone not null,
    -- a pseudonymous user id ("system", "anonymous" or a login's stable id), never a BSN
    actor          varchar(200) not null,
    -- the person id an adviser acts for under a mandate
    on_behalf_of   varchar(36),
    -- method and route pattern, e.g. "POST /api/v1/holds/{holdId}/settlements"
    action         varchar(300) not null,
    -- the ids in the path, e.g. "holdId=..."
    subject        varchar(500),
    request_id     varchar(64) not null,
    -- the HTTP status, or "DENIED <resource>"
    outcome        varchar(200) not null,
    -- the hash of the record before; 64 zeros for the first
    previous_hash  varchar(64) not null,
    hash           varchar(64) not null,
    constraint audit_record_seq_positive check (seq > 0)
);

create index audit_record_request on audit_record (request_id);

-- The end of the chain in one row. Every append locks it, so appends form one line; verify also compares the last
-- record with it, so that removing or rewriting records at the end of the chain is noticed too.
create table audit_chain_head (
    id    integer primary key,
    seq   bigint not null,
    hash  varchar(64) not null,
    constraint audit_chain_head_one_row check (id = 1)
);

insert into audit_chain_head (id, seq, hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
