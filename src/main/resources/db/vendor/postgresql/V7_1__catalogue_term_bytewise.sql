-- Terms compare bytewise on PostgreSQL as they do on H2, whatever the database's collation: a prefix search is then the
-- range [prefix, next prefix) (JdbcCatalogueEntries). Terms are ASCII letters and digits only.
alter table catalogue_term alter column term type varchar(40) collate "C";

-- The rank index covers every column a search reads of a term's rows, so that PostgreSQL reads them from the index
-- alone (an index-only scan) instead of from rows spread over the whole table. H2 has no INCLUDE.
drop index catalogue_term_ranked;
create index catalogue_term_ranked on catalogue_term (term, in_name, updated_at, offering_id)
    include (type, level, modality, location, price_cents, price_band, recognised);

-- Many distinct terms, some very common: a longer list of most common values lets the planner tell a rare term from a
-- common one, and start an intersection of two terms from the rarer.
alter table catalogue_term alter column term set statistics 1000;
