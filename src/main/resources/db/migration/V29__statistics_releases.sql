-- Releases of the published statistics: each time a table is published with other hidden cells than its last
-- release, a new release is kept with the cells it hid (by their row and column labels) and the rule of each. The next
-- publication of the same table passes them to disclosure control, so a cell once hidden stays hidden (rule D4).
-- See ADR 0022.
create table statistics_release (
    table_id      varchar(80) not null,
    version       integer not null,
    released_at   timestamp with time zone not null,
    policy_id     varchar(64) not null,
    hidden_cells  integer not null,
    primary key (table_id, version),
    constraint statistics_release_version check (version >= 1 and hidden_cells >= 0)
);

create table statistics_release_cell (
    table_id      varchar(80) not null,
    version       integer not null,
    row_label     varchar(200) not null,
    column_label  varchar(200) not null,
    rule_id       varchar(4) not null,
    primary key (table_id, version, row_label, column_label),
    constraint statistics_release_cell_release foreign key (table_id, version)
        references statistics_release (table_id, version)
);
