-- The skills taxonomy: ESCO (occupations, skills, skill groups, ISCO groups) as the Commission publishes it, the
-- occupations' essential and optional skills, and both hierarchies. One release at a time: a re-import updates the
-- rows in place (added, changed, removed per kind, see esco_import). ESCO's own URIs are the keys, so that offerings
-- and people can name a skill or occupation in a way that outlives a release. See ADR 0017.

-- Every concept of the release. kind: OCCUPATION, SKILL, SKILL_GROUP, ISCO_GROUP. code: ESCO's code of an occupation
-- (e.g. 2221.1), the ISCO code of an ISCO group, the code of a skill group. isco_group: an occupation's ISCO unit group.
-- skill_type ('skill/competence', 'knowledge') and reuse_level ('transversal', 'cross-sector', 'sector-specific',
-- 'occupation-specific') of a skill; a few skills of the release have neither. fingerprint: a hash of everything the
-- import stored about the concept (labels in every language included), to see what a new release changed.
create table esco_concept (
    uri          varchar(200) primary key,
    kind         varchar(12) not null,
    code         varchar(40),
    isco_group   varchar(8),
    skill_type   varchar(20),
    reuse_level  varchar(24),
    fingerprint  varchar(44) not null,
    constraint esco_concept_kind check (kind in ('OCCUPATION', 'SKILL', 'SKILL_GROUP', 'ISCO_GROUP'))
);

create index esco_concept_kind on esco_concept (kind, uri);

-- The labels of a concept in one language: the preferred label and the alternative labels (one per line, as ESCO
-- gives them), and the lower-case text a search of labels looks in (preferred label first, then the others).
create table esco_label (
    uri          varchar(200) not null references esco_concept (uri),
    language     varchar(8) not null,
    preferred    varchar(400) not null,
    alternatives varchar(20000) not null,
    search_text  varchar(20400) not null,
    primary key (uri, language)
);

create index esco_label_language on esco_label (language, uri);

-- An occupation's skills: essential or optional (occupationSkillRelations.csv).
create table esco_occupation_skill (
    occupation_uri  varchar(200) not null references esco_concept (uri),
    skill_uri       varchar(200) not null references esco_concept (uri),
    relation        varchar(9) not null,
    primary key (occupation_uri, skill_uri),
    constraint esco_occupation_skill_relation check (relation in ('essential', 'optional'))
);

create index esco_occupation_skill_skill on esco_occupation_skill (skill_uri);

-- The hierarchies: a concept and one concept directly above it (broaderRelationsSkillPillar.csv: skill to skill or
-- skill group; broaderRelationsOccPillar.csv: occupation to occupation or ISCO group).
create table esco_broader (
    uri          varchar(200) not null references esco_concept (uri),
    broader_uri  varchar(200) not null references esco_concept (uri),
    primary key (uri, broader_uri)
);

create index esco_broader_broader on esco_broader (broader_uri);

-- Every import: the release, when, by whom, and what it changed per kind ('added/changed/removed' counts as
-- 'kind=a/c/r;...'), with the rows of the files it skipped and why. The newest row names the release in the tables.
create table esco_import (
    id           uuid primary key,
    version      varchar(40) not null,
    started_at   timestamp with time zone not null,
    finished_at  timestamp with time zone not null,
    imported_by  varchar(64) not null,
    changes      varchar(2000) not null,
    skipped      varchar(2000) not null
);

create index esco_import_finished on esco_import (finished_at desc);
