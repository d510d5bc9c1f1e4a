-- The ESCO skills an admitted offering is tagged with (its current version's skills), kept in line with
-- catalogue_entry by the register in the same transactions: the catalogue filters by skill and by occupation (any of
-- the occupation's essential skills), and the skills module asks which offerings cover most of a set of skills.
create table catalogue_skill (
    skill_uri    varchar(200) not null,
    offering_id  uuid not null references catalogue_entry (offering_id),
    primary key (skill_uri, offering_id)
);

create index catalogue_skill_offering on catalogue_skill (offering_id);
